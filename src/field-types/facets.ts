/**
 * The types of the optional facets of a field-type unit: its zod schema (`zod.ts`, for careplan-csv/zod)
 * and its generators (`testing.ts`, for careplan-csv/testing). Apart from ./types.ts because they name
 * zod and fast-check, which the core entry point never loads.
 * @internal
 */
import type * as fc from 'fast-check';
import type * as z from 'zod/v4';
import type { FieldDef } from '../schemas/field.js';
import type { MutationKind } from '../testing/mutation-kinds.js';

/** The zod facet (module `zod.ts` of a unit): the schema of one non-empty value (placeholders aside). */
export type ZodFacet = (field: FieldDef) => z.ZodType<string>;

/** The testing facet (module `testing.ts` of a unit). */
export interface TestingFacet {
  /** A valid non-empty value of the column, ignoring record rules (`month`: 対象年月 of the file). */
  readonly valid: (field: FieldDef, month: string) => fc.Arbitrary<string>;
  /**
   * Non-empty ASCII values the check must reject with the unit's main code, and the mutation of
   * `careplan-csv/testing` that writes them (null: the type has no such mutation).
   */
  readonly invalid: {
    readonly mutation: MutationKind;
    /** What is wrong with the values (the mutation's description). */
    readonly what: string;
    readonly samples: (field: FieldDef) => readonly string[];
  } | null;
  /**
   * For length-limited types: the ASCII character repeated one past 項目長 by the `tooLong` mutation
   * (null: the type has no length of its own to exceed).
   */
  readonly overLength: string | null;
}
