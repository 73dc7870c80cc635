import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { MAX_ENCODING_ISSUES_PER_FIELD } from '../../src/parse/rows.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, concat, ms932 } from '../helpers/bytes.js';

const MAX = MAX_ENCODING_ISSUES_PER_FIELD;

/** A one-record file whose サービス事業所名 (No.21, quoted) holds `before`, the raw bytes `bad`, then `after`. */
function withBytes(bad: Uint8Array, before = '', after = '') {
  const cells = cellsOf(validRecord());
  const head = `${cells.slice(0, 20).join(',')},"${before}`;
  const tail = `${after}",${cells.slice(21).join(',')}\r\n`;
  return { bytes: concat(ms932(head), bad, ms932(tail)), offset: byteLength(head) };
}

/** `unit` repeated `times` times. */
function repeat(unit: readonly number[], times: number): Uint8Array {
  const out = new Uint8Array(unit.length * times);
  for (let i = 0; i < out.length; i++) out[i] = unit[i % unit.length] as number;
  return out;
}

/** One record of `fields` quoted fields of `size` bytes of `unit` each. */
function badRecord(fields: number, size: number, unit: readonly number[]): Uint8Array {
  const field = repeat(unit, Math.ceil(size / unit.length)).subarray(0, size);
  const parts: Uint8Array[] = [];
  for (let k = 0; k < fields; k++) parts.push(ms932(k === 0 ? '"' : ',"'), field, ms932('"'));
  parts.push(ms932('\r\n'));
  return concat(...parts);
}

const chunks = (bytes: Uint8Array, size = 65536): Uint8Array[] =>
  Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));

describe('reader: encoding issues of a field are found in one pass and bounded', () => {
  it('a run of adjacent bad bytes is one issue, with its length', () => {
    const { bytes, offset } = withBytes(new Uint8Array(300).fill(0x80), 'あ', 'い');
    const r = parsePlan(bytes);
    expect(r.issues.map((i) => [i.code, i.column, i.byteOffset, i.params])).toEqual([['encoding.invalidBytes', 21, offset, { actual: 300 }]]);
    expect(r.records[0]!.providerName).toBe(`あ${'\uFFFD'.repeat(300)}い`);
  });

  it('a run of 外字 is one issue; 外字 next to invalid bytes is a run of its own', () => {
    const { bytes, offset } = withBytes(concat(repeat([0xf0, 0x40], 50), Uint8Array.of(0x80, 0xff), repeat([0xf9, 0xfc], 2)));
    expect(parsePlan(bytes).issues.map((i) => [i.code, i.byteOffset, i.params])).toEqual([
      ['encoding.userDefinedChar', offset, {}],
      ['encoding.invalidBytes', offset + 100, { actual: 2 }],
      ['encoding.userDefinedChar', offset + 102, {}],
    ]);
  });

  it(`lists at most ${MAX} per field and sums up the rest in one encoding.moreInField at the first one left out`, () => {
    const { bytes, offset } = withBytes(repeat([0x80, 0x41], 1000));
    const r = parsePlan(bytes);
    expect(r.issues.map((i) => [i.code, i.byteOffset])).toEqual([
      ...Array.from({ length: MAX }, (_, k) => ['encoding.invalidBytes', offset + 2 * k]),
      ['encoding.moreInField', offset + 2 * MAX],
    ]);
    const more = r.issues[MAX]!;
    expect(more).toMatchObject({ severity: 'warning', line: 1, record: 1, column: 21, field: 'providerName' });
    expect(more.params).toEqual({ actual: 1000 - MAX, expected: MAX });
    // The errors left out are still counted.
    expect([r.errorCount, r.warningCount, r.ok]).toEqual([1000, 1, false]);
  });

  it('gives each issue (and the count) the exact line of its byte in a multi-line field', () => {
    // Lines 1–13 of the field each hold one bad byte (CRLF, LF and CR line ends).
    const ends = ['\r\n', '\n', '\r'];
    const parts: Uint8Array[] = [];
    for (let k = 0; k < MAX + 3; k++) parts.push(Uint8Array.of(0xfd), ms932(`x${ends[k % 3]!}`));
    const { bytes } = withBytes(concat(...parts));
    const r = parsePlan(bytes);
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ...Array.from({ length: MAX }, (_, k) => ['encoding.invalidBytes', k + 1]),
      ['encoding.moreInField', MAX + 1],
    ]);
  });

  it('reads a field of 1,000,000 bad bytes in linear time (quadratic would take hours), whole and streamed alike', async () => {
    const limits = { maxFieldBytes: 2 ** 20, maxRecordBytes: 2 ** 24 };
    for (const unit of [[0x80], [0xf0, 0x40], [0x80, 0x41]]) {
      const bytes = badRecord(1, 1_000_000, unit);
      const whole = validate(bytes, { kind: 'table6Plan', ...limits });
      const perField = whole.issues.filter((i) => i.code.startsWith('encoding.'));
      expect(perField.length).toBeLessThanOrEqual(MAX + 1);
      expect(await validateStream(chunks(bytes), { kind: 'table6Plan', ...limits })).toEqual(whole);
    }
  });

  it('the 975 KB file of issue 9 (15 fields of 65,000 bytes 0x80): one issue per field, whole and streamed alike', async () => {
    const bytes = badRecord(15, 65_000, [0x80]);
    const whole = validate(bytes, { kind: 'table6Plan' });
    expect(whole.issues.filter((i) => i.code === 'encoding.invalidBytes').map((i) => [i.column, i.params.actual])).toEqual(
      Array.from({ length: 15 }, (_, k) => [k + 1, 65_000]),
    );
    expect(await validateStream(chunks(bytes), { kind: 'table6Plan' })).toEqual(whole);
  });
});
