/**
 * Send units: files grouped by ファイル連番, sender and receiver, checked as the units of the spec, with
 * the links by key between their files and what their delete files withdraw.
 */
export { createUnitValidator, validateUnits } from './validate-units.js';
export { DELETE_RULES } from './checks.js';
export type {
  RelatedLocation,
  SendUnit,
  UnitCombination,
  UnitFile,
  UnitFileInput,
  UnitIssue,
  UnitMemberKind,
  UnitParty,
  UnitsResult,
  UnitValidator,
  UnitVerdict,
  ValidateUnitsOptions,
  Withdrawal,
  WithdrawalKey,
} from './types.js';
