import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/options.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';
import { byteByByte } from '../stream/harness.js';

const rows = [1, 2, 3].map((d) => cellsOf(validRecord({ serviceDate: `2025050${d}` })));
const bytes = ms932(csvText(rows));
const row3 = rowOffset(rows, 2);

describe('limit: maxFileBytes (limit.fileBytes)', () => {
  it('reads the records that end within the limit, then stops with an error where reading stopped', () => {
    const r = parsePlan(bytes, { maxFileBytes: row3 + 5 });
    expect(r.recordCount).toBe(2);
    expect(r.records.map((x) => x.serviceDate)).toEqual(['20250501', '20250502']);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.byteOffset, i.params])).toEqual([
      ['limit.fileBytes', 'error', 3, null, row3, { expected: row3 + 5 }],
    ]);
    expect(r.ok).toBe(false);
    expect(r.truncated).toBe(true);
  });

  it('a record whose line break is cut off is not read (a CR alone might be the start of CR LF)', () => {
    const r = parsePlan(bytes, { maxFileBytes: row3 - 1 });
    expect(r.recordCount).toBe(1);
    expect(r.issues.map((i) => [i.code, i.line, i.byteOffset])).toEqual([['limit.fileBytes', 2, rowOffset(rows, 1)]]);
  });

  it('a file of exactly the limit is read in full', () => {
    const r = parsePlan(bytes, { maxFileBytes: bytes.length });
    expect(r.ok).toBe(true);
    expect(r.truncated).toBe(false);
    expect(r.recordCount).toBe(3);
  });

  it('the whole-file checks still run on the records read', () => {
    const mixed = ms932(csvText([rows[0]!, cellsOf(validRecord({ targetMonth: '202506', serviceDate: '20250601' })), rows[2]!]));
    const r = parsePlan(mixed, { maxFileBytes: row3 });
    // The file's month is judged on the records read, at the end.
    expect(r.issues.map((i) => i.code)).toEqual(['limit.fileBytes', 'file.mixedMonth']);
  });

  it('is 1 GiB by default', () => {
    expect(DEFAULT_LIMITS.maxFileBytes).toBe(2 ** 30);
  });

  it('the stream gives the same, and stops reading its source at the limit', async () => {
    const big = ms932(csvText(Array.from({ length: 200 }, () => rows[0]!)));
    const limit = byteLength(csvText([rows[0]!])) * 10 + 3;
    let pulled = 0;
    const chunks = byteByByte(big);
    const source = (function* () {
      for (const c of chunks) {
        pulled++;
        yield c;
      }
    })();
    const streamed = await validateStream(source, { kind: 'table6Plan', maxFileBytes: limit });
    const { records: _records, ...whole } = parsePlan(big, { maxFileBytes: limit });
    expect(streamed).toEqual(whole);
    expect(streamed.recordCount).toBe(10);
    expect(pulled).toBe(limit + 1);
  });
});
