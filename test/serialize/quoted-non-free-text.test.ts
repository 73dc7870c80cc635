import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { validRecord } from '../helpers/table6.js';

// Only free text may hold `"`, `,` or a line break (only free text is quoted in the canonical form). A
// value with one in another column is an error; with allowInvalid it is still written quoted, so that the
// file stays well formed, and reading it back reports the same error at the same column.
describe('serializer: a non-free-text value with a character CSV would have to quote', () => {
  for (const value of ['""', 'A,', '\n', '"']) {
    it(`${JSON.stringify(value)} in サテライト枝番 is field.csvSpecialChar, written and read back alike`, () => {
      const out = serialize('table6Plan', [validRecord({ satelliteBranch: value })], { allowInvalid: true });
      expect(out.issues.map((i) => [i.code, i.column, i.field])).toEqual([['field.csvSpecialChar', 22, 'satelliteBranch']]);
      expect(out.ok).toBe(false);
      const back = parse(out.bytes as Uint8Array, { kind: 'table6Plan' });
      expect(back.issues.map((i) => [i.code, i.column, i.field])).toEqual([['field.csvSpecialChar', 22, 'satelliteBranch']]);
      expect(back.records[0]?.satelliteBranch).toBe(value);
    });
  }

  it('without allowInvalid no bytes are produced', () => {
    expect(serialize('table6Plan', [validRecord({ taisCode: 'A,B' })]).bytes).toBeNull();
  });
});
