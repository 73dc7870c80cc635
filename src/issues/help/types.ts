import type { IssueCode } from '../codes.js';

/** What an issue code means, why it usually happens and what to do: for `careplan-csv explain` and the docs. */
export interface IssueHelp {
  /** What the issue says, in one or two sentences. */
  readonly meaning: string;
  /** The usual causes (e.g. a spreadsheet dropped leading zeros), most common first. */
  readonly causes: readonly string[];
  /** What to do about it. */
  readonly remedy: string;
}

/** One locale's help: an entry for every code (a missing or extra code is a compile error). */
export type IssueHelpTable = { readonly [C in IssueCode]: IssueHelp };
