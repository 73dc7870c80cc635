import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { serializeStreamUnknown } from '../../src/serialize/stream.js';
import { minimalRecord } from '../helpers/records.js';
import { drain } from './stream-helpers.js';

const good = (i: number): Record<string, unknown> => ({
  ...minimalRecord('table6Plan'),
  insuredNumber: String(1000000000 + i),
  serviceDate: '20250501',
});
const records = Array.from({ length: 400 }, (_, i) => good(i));
// Record 300 has a date that is no calendar day: an error far past the first chunks.
const broken = records.map((r, i) => (i === 299 ? { ...r, serviceDate: '20250532' } : r));

describe('serializeStream: no chunk after an error; every issue still reported', () => {
  it('emits only a prefix of the file, complete is false, and the issues equal serializeUnknown()', async () => {
    const whole = serializeUnknown('table6Plan', broken, { allowInvalid: true });
    const { chunks, bytes, result } = await drain(serializeStreamUnknown('table6Plan', broken, { chunkSize: 1024 }));
    expect(result.complete).toBe(false);
    expect(result.ok).toBe(false);
    expect(chunks.length).toBeGreaterThan(0);
    expect(bytes.length).toBeLessThan((whole.bytes as Uint8Array).length);
    expect((whole.bytes as Uint8Array).subarray(0, bytes.length)).toEqual(bytes);
    // The bytes emitted end before the broken record starts.
    const brokenAt = whole.issues.find((i) => i.code === 'field.date');
    expect(brokenAt?.record).toBe(300);
    expect(bytes.length).toBeLessThanOrEqual(brokenAt?.byteOffset ?? 0);
    expect(result.issues).toEqual(whole.issues);
  });

  it('with allowInvalid the whole file is emitted, as serialize writes it', async () => {
    const whole = serializeUnknown('table6Plan', broken, { allowInvalid: true });
    const { bytes, result } = await drain(serializeStreamUnknown('table6Plan', broken, { chunkSize: 1024, allowInvalid: true }));
    expect(result.complete).toBe(true);
    expect(result.ok).toBe(false);
    expect(bytes).toEqual(whole.bytes);
  });

  it('a character outside MS932 stops the output even with allowInvalid', async () => {
    const bad = records.map((r, i) => (i === 200 ? { ...r, planManagerName: '𠮷田' } : r));
    const { bytes, result } = await drain(serializeStreamUnknown('table6Plan', bad, { chunkSize: 1024, allowInvalid: true }));
    expect(result.complete).toBe(false);
    const unmappable = result.issues.find((i) => i.code === 'encoding.unmappable');
    expect(unmappable?.record).toBe(201);
    expect(bytes.length).toBeGreaterThan(0);
    // Nothing from the record with the character on: the bytes end before its field.
    expect(bytes.length).toBeLessThanOrEqual(unmappable?.byteOffset ?? 0);
  });
});
