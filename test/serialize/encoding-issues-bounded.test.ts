import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { MAX_ENCODING_ISSUES_PER_FIELD } from '../../src/parse/rows.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const MAX = MAX_ENCODING_ISSUES_PER_FIELD;

describe('serializer: encoding issues of a field are bounded and located in linear time', () => {
  it(`lists at most ${MAX} per field, each at its own line and offset, and counts the rest in one encoding.moreInField`, () => {
    const value = Array.from({ length: MAX + 5 }, () => 'é').join('\r\n');
    const r = serialize('table6Plan', [validRecord({ providerName: value })], { unmappable: { replacement: '〓' } });
    const text = recordsText([validRecord({ providerName: value.replaceAll('é', '〓') })]);
    const first = ms932(text.slice(0, text.indexOf('〓'))).length;
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.byteOffset])).toEqual([
      ...Array.from({ length: MAX }, (_, k) => ['encoding.replaced', k + 1, 21, first + 4 * k]),
      ['encoding.moreInField', MAX + 1, 21, first + 4 * MAX],
    ]);
    expect(r.issues[MAX]!.params).toEqual({ actual: 5, expected: MAX });
    expect([r.errorCount, r.warningCount]).toEqual([0, MAX + 5 + 1]);
    expect(r.bytes).toEqual(ms932(text));
  });

  it('a value of 300,000 é (quadratic would take hours)', () => {
    const r = serialize('table6Plan', [validRecord({ providerName: 'é'.repeat(300_000) })]);
    expect(r.issues.map((i) => i.code)).toEqual([...Array.from({ length: MAX }, () => 'encoding.unmappable'), 'encoding.moreInField']);
    expect(r.issues[MAX]!.params).toEqual({ actual: 300_000 - MAX, expected: MAX });
    expect([r.errorCount, r.warningCount, r.bytes]).toEqual([300_000, 1, null]);
  });
});
