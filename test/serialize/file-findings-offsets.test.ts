import { describe, expect, it } from 'vitest';
import { serialize, validate } from '../../src/api.js';
import { serializeStream } from '../../src/serialize/stream.js';
import { validRecord } from '../helpers/table6.js';
import { drain } from './stream-helpers.js';

// file.mixedVersion and file.mixedMonth are judged once the file is written, from offsets kept while it was:
// they point where reading the output would point, whole or written in chunks.
const records = Array.from({ length: 40 }, (_, i) =>
  validRecord(i === 3 ? { csvVersion: '000000' } : i === 30 ? { targetMonth: '202506', serviceDate: '20250606' } : {}),
);
const FILE_CODES = new Set(['file.mixedVersion', 'file.mixedMonth']);
const fileFindings = <I extends { readonly code: string }>(issues: readonly I[]): I[] => issues.filter((i) => FILE_CODES.has(i.code));

describe('serializer: the file findings of written records carry the byte offset reading gives', () => {
  it('serialize', () => {
    const out = serialize('table6Plan', records, { allowInvalid: true });
    const read = fileFindings(validate(out.bytes as Uint8Array, { kind: 'table6Plan' }).issues);
    expect(read.map((i) => i.code)).toEqual(['file.mixedVersion', 'file.mixedMonth']);
    expect(read.every((i) => i.byteOffset !== null)).toBe(true);
    expect(fileFindings(out.issues)).toEqual(read);
  });

  it('serializeStream in chunks of 1 KiB (the later records are written after earlier chunks were taken)', async () => {
    const { bytes, result } = await drain(serializeStream('table6Plan', records, { allowInvalid: true, chunkSize: 1024 }));
    const read = fileFindings(validate(bytes, { kind: 'table6Plan' }).issues);
    expect(read).toHaveLength(2);
    expect(fileFindings(result.issues)).toEqual(read);
  });
});
