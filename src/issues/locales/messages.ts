import type { IssueCode } from '../codes.js';
import type { IssueParams } from '../types.js';

/** A locale table: one message renderer per issue code (a test checks every locale has every code). */
export type Messages = { readonly [C in IssueCode]: (p: IssueParams) => string };
