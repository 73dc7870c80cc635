import type { IssueCode } from '../../issues/codes.js';
import type { Layout, SupportedKind } from '../../schemas/layouts.js';
import { TABLE6_RULES } from './table6.js';

/** Reads a column of the current row by key; `''` for columns the row's version lacks. */
export type Get = (key: string) => string;

/**
 * A record rule: looks at one row whose fields already passed their own checks (a rule never repeats a
 * field issue) and returns the issue codes it finds, each with the column it points at (null: the record).
 */
export interface RecordRule {
  readonly id: string;
  readonly check: (get: Get, layout: Layout, fieldOk: (key: string) => boolean) => readonly RuleFinding[] | null;
}

export interface RuleFinding {
  readonly code: IssueCode;
  /** Key of the column the finding is about, or null for the record as a whole. */
  readonly field: string | null;
}

export const RECORD_RULES: { readonly [K in SupportedKind]: readonly RecordRule[] } = {
  table6Plan: TABLE6_RULES,
  table6Actual: TABLE6_RULES,
};
