import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { decodeMs932 } from '../../src/encoding/decode.js';
import { IssueCollector } from '../../src/issues/collector.js';
import { normalizeParseOptions } from '../../src/options.js';
import { readBytes, type CheckedRow } from '../../src/parse/read.js';
import { RecordBuilder, recordFromRow } from '../../src/parse/records.js';
import { tokenize, type RowSpans } from '../../src/parse/tokenize.js';
import { getLayout } from '../../src/schemas/layouts.js';
import { FileValidator } from '../../src/validate/file-validator.js';
import { validRecord } from '../helpers/table6.js';

const records = [validRecord({ providerName: '一行目\r\n二行目' }), validRecord({ serviceDate: '20250508' })];
const bytes = serialize('table6Plan', records).bytes as Uint8Array;
const layout = getLayout('table6Plan', '202407');

/** The rows of `input`, each as the stage after it is given: `use` runs inside the tokenizer's callback. */
function eachRow(input: Uint8Array, use: (row: RowSpans) => void): void {
  tokenize(input, use, () => {});
}

describe('the stages of reading, each on its own: bytes → text → rows → records → issues', () => {
  it('bytes → text: decodeMs932', () => {
    const d = decodeMs932(bytes);
    expect(d.text).toContain('一行目\r\n二行目');
    expect(d.problems).toEqual([]);
  });

  it('bytes → rows with positions: tokenize', () => {
    const rows: [number, number, number][] = [];
    eachRow(bytes, (row) => rows.push([row.count, row.line, row.byteOffset]));
    const second = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    expect(rows).toEqual([
      [25, 1, 0],
      [25, 3, second],
    ]);
  });

  it('rows → records: recordFromRow', () => {
    const built: Record<string, unknown>[] = [];
    eachRow(bytes, (row) => built.push(recordFromRow(layout, { ...row, bytes })));
    expect(built).toEqual(parse(bytes, { kind: 'table6Plan' }).records);
    expect(built).toEqual(records);
  });

  it('rows → issues: FileValidator checks a row', () => {
    const bad = serialize('table6Plan', [validRecord({ serviceDate: '20250231' })], { allowInvalid: true }).bytes as Uint8Array;
    const issues = new IssueCollector(null, 'en', false);
    const validator = new FileValidator('table6Plan', issues, { requireUncertainFields: false, fileNameMonth: null, fileNameStyle: null });
    eachRow(bad, (row) => {
      const at = { line: row.line, record: 1, byteOffset: row.byteOffset, fieldLines: row.fieldLine };
      const view = { ...row, bytes: bad };
      validator.check(view, at, null, validator.layoutFor('202407', row.count, at));
    });
    validator.finish();
    expect(issues.issues.map((i) => [i.code, i.record, i.field])).toEqual([['field.date', 1, 'serviceDate']]);
  });

  it('observers: the reader publishes each checked row with its layout, record, line and byte offset', () => {
    const seen: [string, number, number, number][] = [];
    const observer = {
      row: (r: CheckedRow) => seen.push([r.layout.version, r.record, r.line, r.byteOffset]),
    };
    const outcome = readBytes(bytes, normalizeParseOptions({ kind: 'table6Plan' }), false, [], false, [observer]);
    expect(outcome.errorCount).toBe(0);
    const p = parse(bytes, { kind: 'table6Plan' });
    expect(seen).toEqual([
      ['202407', 1, p.recordLines[0], p.recordOffsets[0]],
      ['202407', 2, p.recordLines[1], p.recordOffsets[1]],
    ]);
  });

  it('positions are counted in the record budget: 12 bytes a record kept (capacity), and the lists they replaced', () => {
    const builder = new RecordBuilder(null, true);
    const before = builder.heapBytes;
    const row = { layout, record: 0, line: 0, byteOffset: 0 } as unknown as CheckedRow;
    for (let i = 0; i < 1000; i++) builder.row(row);
    expect(before).toBe(12 * 64);
    // Doubled from 64 to 1,024 slots: the lists of 1,024 and the 512 they replaced (not known to be collected).
    expect(builder.heapBytes).toBe(12 * (1024 + 512));
    expect(builder.result().lines).toHaveLength(1000);
  });
});
