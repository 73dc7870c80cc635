import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { validRecord } from '../helpers/table6.js';

// Found by the zod-oracle property: a value with `"` in a column that is not free text is quoted on
// output (to keep the CSV well formed), and its length must be counted without the quotes.
describe('serializer: a non-free-text value that needs quoting', () => {
  it('counts its length like the reader does, and the two agree', () => {
    const rec = validRecord({ satelliteBranch: '""' }); // 2 characters, the column allows 2
    const out = serialize('table6Plan', [rec]);
    expect(out.issues).toEqual([]);
    const text = new TextDecoder('latin1').decode(out.bytes as Uint8Array);
    expect(text).toContain(',"""""",'); // quoted, each " doubled
    const back = parse(out.bytes as Uint8Array, { kind: 'table6Plan' });
    expect(back.issues).toEqual([]);
    expect(back.records[0]?.satelliteBranch).toBe('""');
  });

  it('reports a value that is too long once quotes are discounted', () => {
    const out = serialize('table6Plan', [validRecord({ satelliteBranch: 'a"b' })]);
    expect(out.issues.map((i) => [i.code, i.field, i.params])).toEqual([['field.tooLong', 'satelliteBranch', { expected: 2, actual: 3 }]]);
  });
});
