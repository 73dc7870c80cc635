// Issue params typed per code: an issue narrowed by `code` has its code's params; the collector, the
// locale tables and the rules take exactly the params of their code.
import { describe, expectTypeOf, it } from 'vitest';
import type { FieldIssue } from '../../src/field-types/types.js';
import { IssueCollector } from '../../src/issues/collector.js';
import { renderMessage, type Issue, type IssueCode, type IssueParamsMap, type IssueParamsOf, type Messages, type NoParams } from '../../src/index.js';
import type { FileFinding, RuleFinding } from '../../src/validate/rules/types.js';

declare const issue: Issue;
declare const issues: readonly Issue[];

describe('Issue: a union over code', () => {
  it('narrows params by code', () => {
    if (issue.code === 'field.tooLong') {
      expectTypeOf(issue.params.expected).toEqualTypeOf<number>();
      expectTypeOf(issue.params.actual).toEqualTypeOf<number>();
    }
    if (issue.code === 'field.code') expectTypeOf(issue.params.allowed).toEqualTypeOf<readonly string[]>();
    if (issue.code === 'csv.lineBreak') expectTypeOf(issue.params.detail).toEqualTypeOf<'lf' | 'cr' | 'lf+cr'>();
    if (issue.code === 'limit.recordBytes') expectTypeOf(issue.params.detail).toEqualTypeOf<'openQuote' | undefined>();
    if (issue.code === 'file.mixedVersion') expectTypeOf(issue.params.otherLine).toEqualTypeOf<number>();
  });

  it('narrows through an inferred predicate', () => {
    const found = issues.find((i) => i.code === 'record.groupGap');
    if (found !== undefined) expectTypeOf(found.params.expected).toEqualTypeOf<number>();
  });

  it('still reads params before narrowing (every name optional, as before)', () => {
    expectTypeOf(issue.params.expected).toEqualTypeOf<number | string | undefined>();
    expectTypeOf(issue.params.detail).toEqualTypeOf<string | undefined>();
  });

  it('Issue<C> is an issue of those codes', () => {
    expectTypeOf<Issue<'field.fixed'>['params']['expected']>().toEqualTypeOf<string>();
    expectTypeOf<Issue<'field.fixed' | 'field.date'>['code']>().toEqualTypeOf<'field.fixed' | 'field.date'>();
  });

  it('IssueParamsOf gives the params of a code', () => {
    expectTypeOf<IssueParamsOf<'field.tooLong'>>().toEqualTypeOf<{ readonly expected: number; readonly actual: number }>();
    expectTypeOf<IssueParamsOf<'field.required'>>().toEqualTypeOf<NoParams>();
    expectTypeOf<keyof IssueParamsMap>().toEqualTypeOf<IssueCode>();
  });
});

describe('IssueCollector.add: the params of its code', () => {
  const c = new IssueCollector(null, 'ja', false);
  it('accepts the right params, and none for a code without params', () => {
    c.add('field.tooLong', {}, { expected: 10, actual: 12 });
    c.add('field.required', {});
    c.add('field.required', {}, {}, 'value');
    c.add('limit.recordBytes', {}, { expected: 1 });
    c.add('limit.recordBytes', {}, { expected: 1, detail: 'openQuote' });
  });

  it('rejects wrong, missing and extra params at compile time', () => {
    // @ts-expect-error expected is a number
    c.add('field.tooLong', {}, { expected: '10', actual: 12 });
    // @ts-expect-error actual is missing
    c.add('field.tooLong', {}, { expected: 10 });
    // @ts-expect-error params are required for field.tooLong
    c.add('field.tooLong', {});
    // @ts-expect-error field.required has no params
    c.add('field.required', {}, { expected: 1 });
    // @ts-expect-error detail is one of lf, cr, lf+cr
    c.add('csv.lineBreak', {}, { actual: 1, detail: 'crlf' });
  });
});

describe('messages and findings are typed per code', () => {
  it('a message reads only its code params', () => {
    const tooLong: Messages['field.tooLong'] = (p) => `${p.expected} < ${p.actual}`;
    // @ts-expect-error field.tooLong has no codePoint
    const wrong: Messages['field.tooLong'] = (p) => `${p.codePoint}`;
    void tooLong;
    void wrong;
  });

  it('renderMessage takes the params of its code', () => {
    expectTypeOf(renderMessage('field.tooLong', { expected: 1, actual: 2 })).toEqualTypeOf<string>();
    // @ts-expect-error expected is a number
    renderMessage('field.tooLong', { expected: 'x', actual: 2 });
  });

  it('a rule finding and a field issue carry their code params', () => {
    const ok: RuleFinding = { code: 'record.itemNoRange', field: 'itemNo', params: { expected: '1-99' } };
    const none: RuleFinding = { code: 'record.subtotalUnits', field: null };
    // @ts-expect-error record.grandTotalProvider's expected is a string
    const bad: RuleFinding = { code: 'record.grandTotalProvider', field: null, params: { expected: 9 } };
    // @ts-expect-error file.mixedMonth needs otherLine
    const missing: FileFinding = { code: 'file.mixedMonth', line: 1, record: 1 };
    const field: FieldIssue = { code: 'field.code', params: { allowed: ['1'] } };
    // @ts-expect-error field.fixed needs its expected value
    const fieldBad: FieldIssue = { code: 'field.fixed' };
    void [ok, none, bad, missing, field, fieldBad];
  });
});
