import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/options.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { cutAt } from '../stream/harness.js';

const rows = Array.from({ length: 5 }, (_, i) => cellsOf(validRecord({ serviceDate: `2025050${i + 1}` })));
const bytes = ms932(csvText(rows));

describe('limit: maxRecords (limit.records)', () => {
  it('reads that many records, then stops with an error at the next one', () => {
    const r = parsePlan(bytes, { maxRecords: 3 });
    expect(r.recordCount).toBe(3);
    expect(r.records).toHaveLength(3);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.byteOffset, i.params])).toEqual([
      ['limit.records', 'error', 4, null, rowOffset(rows, 3), { expected: 3 }],
    ]);
    expect(r.truncated).toBe(true);
    expect(r.ok).toBe(false);
  });

  it('exactly that many records is fine', () => {
    const r = parsePlan(bytes, { maxRecords: 5 });
    expect(r.ok).toBe(true);
    expect(r.truncated).toBe(false);
  });

  it('a skipped header line is not a record', () => {
    const header = ms932(`CSVバージョン,${'x,'.repeat(23)}x\r\n${csvText(rows)}`);
    const r = parsePlan(header, { maxRecords: 5, skipHeader: true });
    expect(r.issues.map((i) => i.code)).toEqual(['csv.headerSkipped']);
    expect(r.recordCount).toBe(5);
  });

  it('is 10 million by default', () => {
    expect(DEFAULT_LIMITS.maxRecords).toBe(10_000_000);
  });

  it('the stream gives the same, and stops reading its source', async () => {
    const chunks = cutAt(bytes, [10, 20, 30, 400, 500, 600, 700]);
    let pulled = 0;
    const source = (async function* () {
      for (const c of chunks) {
        pulled++;
        yield c;
      }
    })();
    const { records: _records, ...whole } = parsePlan(bytes, { maxRecords: 1 });
    expect(await validateStream(source, { kind: 'table6Plan', maxRecords: 1 })).toEqual(whole);
    expect(pulled).toBeLessThan(chunks.length);
  });
});
