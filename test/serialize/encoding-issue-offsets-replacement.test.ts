import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { minimalRecord } from '../helpers/records.js';

describe('serializer: each replaced character is reported at its own byte offset in the output', () => {
  it('with a one-byte replacement, the second 𠮷 of a field is where its ? was written', () => {
    const rec = { ...minimalRecord('table6Plan'), planManagerName: 'a𠮷b𠮷c' };
    const r = serializeUnknown('table6Plan', [rec], { unmappable: { replacement: '?' } });
    const bytes = r.bytes as Uint8Array;
    const offsets = r.issues.filter((i) => i.code === 'encoding.replaced').map((i) => i.byteOffset as number);
    expect(offsets).toHaveLength(2);
    for (const o of offsets) expect(bytes[o]).toBe(0x3f);
    expect(offsets[1]).toBe((offsets[0] as number) + 2);
  });
});
