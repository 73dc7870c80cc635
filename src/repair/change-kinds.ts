/**
 * The kinds of change of `repair` (and `careplan-csv fix`), apart so that their messages (./messages.ts) and
 * the repair itself both use them.
 * @module
 */
import type { NearMissCause } from '../field-types/types.js';
import { FIELD_HINT_CODES } from '../issues/hints.js';

/**
 * What a change mended:
 * - encoding: `utf8` (UTF-8 text written as MS932), `bom` (a BOM removed), `duplicateCodes` (non-canonical
 *   MS932 codes of a character written with its canonical code), `jisVariant` (〜 ‖ − ¢ £ ¬ — → their MS932
 *   forms), `substituted` (a character MS932 lacks written as its usual substitute, only with the opt-in
 *   `substitute` policy);
 * - shape: `lineBreak` (LF or CR → CRLF), `finalLineBreak`, `emptyLine` (blank lines removed), `headerRow`
 *   (a header of column names, keys or numbers removed), `quoting` (quotes removed from a column that is not free text),
 *   `unquotedFreeText` (free text quoted);
 * - values: `csvVersion` (an alias of the version → the version it was read as) and the causes of the
 *   field types' `repair` (`leadingZeros`, `dateFormat`, `timeFormat`, `fullWidth`, `missingHyphen`,
 *   `letterCase`, `surroundingSpaces`).
 */
export type RepairChangeKind =
  | 'utf8'
  | 'bom'
  | 'duplicateCodes'
  | 'jisVariant'
  | 'substituted'
  | 'lineBreak'
  | 'finalLineBreak'
  | 'emptyLine'
  | 'headerRow'
  | 'quoting'
  | 'unquotedFreeText'
  | 'csvVersion'
  | Exclude<NearMissCause, 'jisVariant'>;

/** Every {@link RepairChangeKind}, in the order of the pipeline. */
export const REPAIR_CHANGE_KINDS: readonly RepairChangeKind[] = [
  'utf8',
  'bom',
  'duplicateCodes',
  'jisVariant',
  'substituted',
  'lineBreak',
  'finalLineBreak',
  'emptyLine',
  'headerRow',
  'quoting',
  'unquotedFreeText',
  'csvVersion',
  // The causes of the field types' `repair`, in their order (`jisVariant` is an encoding change, above).
  ...FIELD_HINT_CODES.filter((c): c is Exclude<NearMissCause, 'jisVariant'> => c !== 'jisVariant'),
];
