import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { serializeStream, serializeStreamUnknown } from '../../src/serialize/stream.js';
import { minimalRecord } from '../helpers/records.js';
import { drain } from './stream-helpers.js';

const records = Array.from({ length: 200 }, (_, i) => ({ ...minimalRecord('table6Plan'), insuredNumber: String(1000000000 + i) }));

describe('serializeStream: the last chunk waits for the checks of the whole file', () => {
  it('a file-level error found at the end (name month ≠ content month) withholds the last chunk', async () => {
    // The records are for 202505; the name says 202506: file.nameMonth, known only once the file is done.
    const fileName = 'UPPLAN_202506_1370000001_43_1310000002_11_20250425170512.CSV';
    const whole = serializeUnknown('table6Plan', records, { fileName, allowInvalid: true });
    expect(whole.issues.map((i) => i.code)).toEqual(['file.nameMonth']);
    const { bytes, result } = await drain(serializeStreamUnknown('table6Plan', records, { fileName, chunkSize: 1024 }));
    expect(result.complete).toBe(false);
    expect(result.issues).toEqual(whole.issues);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.length).toBeLessThan((whole.bytes as Uint8Array).length);
  });

  it('an empty source is file.empty: no bytes, not complete', async () => {
    const { bytes, result } = await drain(serializeStream('table6Plan', []));
    expect(bytes.length).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(['file.empty']);
  });
});
