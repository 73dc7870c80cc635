import type { IssueCode } from '../codes.js';
import type { IssueParamsMap } from '../params.js';

/**
 * A locale table: one message renderer per issue code, typed by that code's params (a missing or extra
 * code is a compile error; a test checks every locale renders every code).
 */
export type Messages = { readonly [C in IssueCode]: (p: IssueParamsMap[C]) => string };
