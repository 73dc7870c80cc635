import type { IssueCode } from '../../issues/codes.js';
import type { Layout, SupportedKind } from '../../schemas/layouts.js';
import { TABLE6_RULES } from './table6.js';

/**
 * What a record rule sees of a row. Fields are named by key; a key the row's version lacks reads as
 * empty. Byte-level questions (`startsWith`, `samePrefix`) build no string.
 */
export interface RuleRow {
  /** The layout (kind and version) the row is read with. */
  readonly layout: Layout;
  /** The field exists in this version and passed its own check (empty optional fields pass). */
  ok(key: string): boolean;
  isEmpty(key: string): boolean;
  /** The field starts with the ASCII text `prefix`. */
  startsWith(key: string, prefix: string): boolean;
  /** The first `length` bytes of fields `a` and `b` are equal (both at least that long). */
  samePrefix(a: string, b: string, length: number): boolean;
  /** The field's text. */
  text(key: string): string;
}

/**
 * A record rule: looks at one row whose fields already had their own checks (a rule never repeats a
 * field issue: it asks `ok` first) and returns what it finds, or null.
 */
export interface RecordRule {
  readonly id: string;
  readonly check: (row: RuleRow) => readonly RuleFinding[] | null;
}

export interface RuleFinding {
  readonly code: IssueCode;
  /** Key of the column the finding is about, or null for the record as a whole. */
  readonly field: string | null;
}

export const RECORD_RULES: { readonly [K in SupportedKind]: readonly RecordRule[] } = {
  userSupplement: [],
  plan1: [],
  plan1Delete: [],
  plan2: [],
  plan3: [],
  table6Plan: TABLE6_RULES,
  table6Actual: TABLE6_RULES,
  table6PlanDelete: [],
  table6ActualDelete: [],
  table7: [],
  preventionBasicInfo: [],
  preventionBasicInfoDelete: [],
  preventionBasicInfoSub1: [],
  preventionBasicInfoSub2: [],
  preventionPlan: [],
  preventionPlanDelete: [],
  preventionPlanSub: [],
};
