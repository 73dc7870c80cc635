import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { recordsText, validRecord } from '../helpers/table6.js';

// An encoding issue points at the character itself — its line and byte offset — whether the text is
// being written or read.
describe('serializer: encoding issues are located at the character', () => {
  it('a converted variant after a line break inside free text: same line and byte offset as when reading', () => {
    const rec = validRecord({ providerName: '本館\r\n別館〜' });
    const written = serialize('table6Plan', [rec]);
    const w = written.issues.find((i) => i.code === 'encoding.converted');
    const read = parse(recordsText([rec]), { kind: 'table6Plan' });
    const r = read.issues.find((i) => i.code === 'encoding.converted');
    expect(w).toMatchObject({ line: 2, column: 21 });
    expect(w?.line).toBe(r?.line);
    expect(w?.byteOffset).toBe(r?.byteOffset);
  });
});
