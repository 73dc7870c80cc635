import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { KINDS, type Kind } from '../../src/kinds.js';
import { getLayout, hasLayout } from '../../src/schemas/layouts.js';
import { serializeStreamUnknown } from '../../src/serialize/stream.js';
import { validFile } from '../../src/testing/files.js';
import { serializeGeneral } from '../helpers/general-path.js';
import { drain } from './stream-helpers.js';

// The fast path copies a value equal to the previous record's (same column) from the bytes it wrote then,
// without checking or encoding it again. Records built from a small pool of values repeat values from one
// record to the next in every pattern: the output and the issues must still be those of the general path,
// whole and streamed in small chunks (each chunk handed out ends what the writer may copy from).

/** Odd values that send a record to the general path, or make it invalid; a long free text leaves no room
 * for the next record's whole copy. */
const ODD: readonly unknown[] = ['', undefined, 'a,b', 'a"b', '〜', '𠮷', 'x\r\ny', '9', 42, null, 'あ'.repeat(9000)];

/** A value of the same length, all `9` or all `X`: patched in place, and often invalid there. */
const sameLength = (v: unknown, nines: boolean): unknown => (typeof v === 'string' ? (nines ? '9' : 'X').repeat(v.length) : v);

/** Records whose every value is taken from one of the pool's records (same key), sometimes an odd value. */
function pooled(kind: Kind): fc.Arbitrary<{ records: Record<string, unknown>[]; fileName: string }> {
  const pool = fc.tuple(
    validFile(kind, { maxRecords: 3, version: '202407' }),
    hasLayout(kind, '202208') ? fc.option(validFile(kind, { maxRecords: 2, version: '202208' }), { nil: undefined }) : fc.constant(undefined),
  );
  // Generated 'string' columns hold any MS932 text, and a non-ASCII value outside free text goes the general
  // path: ASCII-only copies of the pool records let most records go the fast path.
  const plain = new Set(
    getLayout(kind, '202407')
      .fields.filter((f) => f.type === 'string')
      .map((f) => f.key),
  );
  const ascii = (rec: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, plain.has(k) && typeof v === 'string' ? v.replace(/[^\x21-\x7e]/g, '') : v]));
  return pool.chain(([a, b]) => {
    const given = [...a.records, ...(b?.records ?? [])] as Record<string, unknown>[];
    const source = [...given.map(ascii), ...given];
    const keys = Object.keys(source[0] ?? {});
    const key = fc.nat(Math.max(0, keys.length - 1));
    const change = fc.oneof(
      fc.tuple(key, fc.constantFrom(...ODD)).map(
        ([k, v]) =>
          (rec: Record<string, unknown>) =>
            void (rec[keys[k] as string] = v),
      ),
      fc.tuple(key, fc.boolean()).map(
        ([k, nines]) =>
          (rec: Record<string, unknown>) =>
            void (rec[keys[k] as string] = sameLength(rec[keys[k] as string], nines)),
      ),
    );
    const record = fc
      .tuple(fc.array(fc.nat(source.length - 1), { minLength: keys.length, maxLength: keys.length }), fc.option(change, { freq: 3, nil: undefined }))
      .map(([picks, odd]) => {
        const rec: Record<string, unknown> = {};
        keys.forEach((k, i) => {
          rec[k] = (source[picks[i] as number] as Record<string, unknown>)[k];
        });
        odd?.(rec);
        return rec;
      });
    // Runs of whole pool records too: long stretches of identical values; now and then a value that is not
    // a record between them.
    const whole = fc.nat(source.length - 1).map((i) => ({ ...(source[i] as Record<string, unknown>) }));
    const item = fc.oneof({ arbitrary: record, weight: 4 }, { arbitrary: whole, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
    return fc
      .array(item, { minLength: 1, maxLength: 30 })
      .map((records) => ({ records: records as Record<string, unknown>[], fileName: a.fileName }));
  });
}

describe('serializer: values repeated from the previous record', () => {
  for (const kind of KINDS) {
    it(`${kind}: same bytes and issues as the general path, whole and streamed`, async () => {
      await fc.assert(
        fc.asyncProperty(pooled(kind), fc.integer({ min: 1024, max: 2048 }), async ({ records, fileName }, chunkSize) => {
          for (const requireUncertainFields of [false, true]) {
            const options = { fileName, allowInvalid: true, requireUncertainFields };
            const general = serializeGeneral(kind, records, options);
            const fast = serializeUnknown(kind, records, options);
            expect(fast.bytes).toEqual(general.bytes);
            expect(fast.issues).toEqual(general.issues);
            const streamed = await drain(serializeStreamUnknown(kind, records, { ...options, chunkSize }));
            expect(streamed.result.issues).toEqual(general.issues);
            if (general.bytes !== null && streamed.result.complete) expect(streamed.bytes).toEqual(general.bytes);
          }
        }),
        { numRuns: 20 },
      );
    });
  }
});

describe('serializer: a value repeated across a change of layout is checked again', () => {
  it('202407 then 202208: column 16 is TAISコード, then 摘要コード (integer)', () => {
    const file = fc.sample(validFile('table6Plan', { maxRecords: 1, version: '202407' }), { numRuns: 1, seed: 11 })[0];
    // Every value of the first record goes the fast path (ASCII outside free text).
    const base = { ...(file?.records[0] as Record<string, unknown>), satelliteBranch: '1' };
    const first = { ...base, taisCode: 'A1' };
    const second = { ...base, csvVersion: '202208', taisCode: '', welfareEquipmentCode: '', equipmentName: '', detailCode: 'A1' };
    for (const records of [
      [first, second],
      [first, first, second],
    ]) {
      const general = serializeGeneral('table6Plan', records, { allowInvalid: true });
      const fast = serializeUnknown('table6Plan', records, { allowInvalid: true });
      expect(general.issues.some((i) => i.field === 'detailCode' && i.record === records.length)).toBe(true);
      expect(fast.issues).toEqual(general.issues);
      expect(fast.bytes).toEqual(general.bytes);
    }
  });
});
