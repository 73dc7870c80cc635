/**
 * The messages between the page and its Web Worker. Files go to the worker as `File` objects (the bytes are read
 * there); results come back as plain data. Nothing here is logged.
 */
import type { Kind } from '../../src/kinds.js';
import type { ReconcileResult } from '../../src/reconcile/types.js';
import type { CsvVersion } from '../../src/schemas/layouts.js';
import type { UnitsResult } from '../../src/units/types.js';
import type { CheckOptions, RepairOutcome } from './extensions.js';

export interface PickedFile {
  /** The path as picked or dropped (folder-relative for a folder), which the issues name. */
  readonly name: string;
  readonly file: File;
}

/** A 予定/実績 comparison of one UPPLAN and one UPJSK of the same month. */
export interface Comparison {
  readonly plan: string;
  readonly actual: string;
  readonly month: string;
  /** With values (`includeValues`): the user's own data, shown on the user's screen only. */
  readonly result: ReconcileResult | null;
  /** The errors that make matching unreliable (`matchingBlockers` of both files); no result when there are any. */
  readonly blocked: number;
}

/** One row of a file, for the row view: its fields decoded, with the layout's column names. */
export interface RowView {
  readonly name: string;
  readonly line: number;
  /** 0-based index of the marked field, or -1. */
  readonly marked: number;
  readonly fields: readonly { readonly no: number; readonly nameJa: string | null; readonly value: string }[];
  /** The line is not a record's first line (a line break inside a quoted field), or is past the end. */
  readonly found: boolean;
}

export type ToWorker =
  | { readonly type: 'check'; readonly files: readonly PickedFile[]; readonly folder: boolean; readonly options: CheckOptions }
  | {
      readonly type: 'row';
      readonly name: string;
      readonly file: File;
      readonly line: number;
      readonly column: number | null;
      readonly kind: Kind | null;
      readonly version: CsvVersion | null;
    }
  | { readonly type: 'repair'; readonly name: string; readonly file: File; readonly options: CheckOptions };

export type FromWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: UnitsResult; readonly comparisons: readonly Comparison[]; readonly ms: number }
  | { readonly type: 'row'; readonly row: RowView }
  | { readonly type: 'repaired'; readonly name: string; readonly outcome: RepairOutcome | null }
  | { readonly type: 'failed'; readonly message: string };
