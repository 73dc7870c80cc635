import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { FastRecordWriter } from '../../src/serialize/fast-writer.js';
import { serializeGeneral } from '../helpers/general-path.js';
import { validRecord } from '../helpers/table6.js';

// A free text with `"` is written on the fast path (doubled, the span flagged as escaped for the checks and
// rules that read it), also when the next records repeat it (their bytes and flags are copied): the same
// bytes and issues as the general path, and every record on the fast path.
describe('serializer: free text with " on the fast path', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const quoted = validRecord({ providerName: '福祉用具"コスモス"（本店）', equipmentName: '"Comfort"タイプ' });
  const records = [
    quoted,
    quoted,
    { ...quoted, serviceDate: '20250506' },
    validRecord({ providerName: 'ケアセンター', equipmentName: '' }),
    { ...quoted, providerName: '"' },
    { ...quoted, providerName: '""' },
    { ...quoted, equipmentName: 'A,"B"' },
    quoted,
  ];

  it("every record takes the fast path, and the bytes are the general path's", () => {
    const write = vi.spyOn(FastRecordWriter.prototype, 'write');
    const fast = serialize('table6Plan', records);
    expect(write.mock.results.map((r) => r.value)).toEqual(records.map(() => true));
    const general = serializeGeneral('table6Plan', records);
    expect(fast.issues).toEqual([]);
    expect(fast.bytes).toEqual(general.bytes);
    const text = new TextDecoder('shift_jis').decode(fast.bytes as Uint8Array);
    expect(text.split('\r\n')[0]).toContain(',"福祉用具""コスモス""（本店）",');
    expect(text.split('\r\n')[6]).toContain(',"A,""B""",');
    expect(parse(fast.bytes as Uint8Array, { kind: 'table6Plan' }).records).toEqual(records);
  });

  it('with issues and their values (includeValues), the same issues as the general path', () => {
    // An invalid column beside the escaped free text: the general path writes that record, the fast path the rest.
    const mixed = [quoted, { ...quoted, units: 'x' }, quoted, { ...quoted, serviceDate: '20250605' }, quoted];
    const options = { includeValues: true, allowInvalid: true } as const;
    const fast = serialize('table6Plan', mixed, options);
    const general = serializeGeneral('table6Plan', mixed, options);
    expect(fast.issues.length).toBeGreaterThan(0);
    expect(fast.issues).toEqual(general.issues);
    expect(fast.bytes).toEqual(general.bytes);
  });
});
