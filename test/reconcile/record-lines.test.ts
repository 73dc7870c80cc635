import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { reconcile, recordLines } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('recordLines: the line where each record starts', () => {
  it('counts the lines of multi-line free text, so lines match the file', () => {
    const records = [
      validRecord({ serviceDate: '20250505', providerName: '一行目\r\n二行目\r\n三行目' }),
      validRecord({ serviceDate: '20250508' }),
      validRecord({ serviceDate: '20250512' }),
    ];
    const bytes = serialize('table6Plan', records).bytes as Uint8Array;
    expect(recordLines(bytes)).toEqual([1, 4, 5]);
    expect(recordLines(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer)).toEqual([1, 4, 5]);
  });

  it('agrees with parse: one entry per record, empty lines not counted', () => {
    const text = ['a,b', '', 'c,d', 'e'].join('\r\n');
    expect(recordLines(text)).toEqual([1, 3, 4]);
    expect(parse(text, { kind: 'table6Plan' }).records).toHaveLength(3);
  });

  it('gives the lines of both files to a reconciliation', () => {
    const plan = [validRecord({ providerName: 'A\nB' }), validRecord({ serviceDate: '20250508' })];
    const planBytes = serialize('table6Plan', plan).bytes as Uint8Array;
    const parsed = parse(planBytes, { kind: 'table6Plan' });
    const r = reconcile({ ...parsed, lines: recordLines(planBytes) }, [plan[0] as object]);
    expect(r.differences.map((d) => [d.type, d.plan?.record, d.plan?.line])).toEqual([['missing', 2, 3]]);
  });

  it('throws on input that is not bytes or text', () => {
    expect(() => recordLines(42 as unknown as string)).toThrow(TypeError);
  });
});
