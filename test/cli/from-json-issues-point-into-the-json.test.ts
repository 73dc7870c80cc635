// from-json reports a record's issues where the record is in the JSON input (the file the user edits): at
// the line it starts on, in the document (read whole or piece by piece) and in JSON Lines; a document read
// whole because of its shape gives the record's number. Issues of no record stay at the CSV's name. Before,
// every issue was placed at a line and column of the CSV, which is not written when there are errors.
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const OUT = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const doc = JSON.parse(run(['to-json', SAMPLE_PLAN]).stdout) as { kind: string; records: Record<string, unknown>[] };
/** The sample's records with record 3 (被保険者番号) and record 5 (サービス利用日) broken. */
const records = doc.records.map((r, i) => (i === 2 ? { ...r, insuredNumber: '12' } : i === 4 ? { ...r, serviceDate: '20251399' } : r));

/** 1-based lines of `text` on which the records of a pretty-printed document start (`    {` at depth 2). */
function recordStartLines(text: string): number[] {
  return text.split('\n').flatMap((l, i) => (l === '    {' ? [i + 1] : []));
}

/** from-json of `text`, handed over whole or in pieces of `piece` bytes. */
function fromJson(args: string[], name: string, text: string, piece?: number) {
  const input = new TextEncoder().encode(text);
  return run(
    ['from-json', ...args, name, '-o', OUT],
    { [name]: input },
    piece === undefined
      ? {}
      : {
          readChunks: function* () {
            for (let at = 0; at < input.length; at += piece) yield input.subarray(at, at + piece);
          },
        },
  );
}

describe('from-json places the issues of a record in the JSON input', () => {
  const text = JSON.stringify({ ...doc, records }, null, 2);
  const starts = recordStartLines(text);

  for (const [piece, eol] of [
    [undefined, '\n'],
    [7, '\n'],
    [64, '\n'],
    [5, '\r\n'],
  ] as const) {
    it(`the document${piece === undefined ? '' : ` in ${piece}-byte pieces`}, ${JSON.stringify(eol)}: at the line the record starts on`, () => {
      const r = fromJson([], 'in.json', text.replaceAll('\n', eol), piece);
      expect(r.code).toBe(1);
      expect(r.written[OUT]).toBeUndefined();
      // The line and column of the record's `{` (indented by 4 in the pretty document).
      expect(r.stderr).toMatch(new RegExp(`^in\\.json:${starts[2]}:5: error field\\.insuredNumber 被保険者番号 `, 'm'));
      expect(r.stderr).toMatch(new RegExp(`^in\\.json:${starts[4]}:5: error field\\.date サービス利用日 `, 'm'));
      expect(r.stderr).not.toContain(`${OUT}:`);
    });
  }

  it('a minified document: the column tells the records on its one line apart', () => {
    const min = JSON.stringify({ ...doc, records });
    const r = fromJson(['--locale', 'en'], 'in.json', min, 64);
    const column = (n: number): number => min.indexOf(JSON.stringify(records[n])) + 1;
    expect(r.stderr).toMatch(new RegExp(`^in\\.json:1:${column(2)}: error field\\.insuredNumber `, 'm'));
    expect(r.stderr).toMatch(new RegExp(`^in\\.json:1:${column(4)}: error field\\.date `, 'm'));
  });

  it('a line named in a message (the record the month differs from) is a JSON line too', () => {
    const mixed = records.map((r, i) => (i === 3 ? { ...r, targetMonth: '202506' } : r));
    const pretty = JSON.stringify({ ...doc, records: mixed }, null, 2);
    const at = recordStartLines(pretty);
    const r = fromJson(['--locale', 'en'], 'in.json', pretty);
    expect(r.stderr).toMatch(new RegExp(`^in\\.json:${at[3]}:5: error file\\.mixedMonth .*as on line ${at[0]}\\)`, 'm'));
  });

  it('across many records, long gaps and records not written: the lines stay exact', () => {
    // 1,500 records (past the 1,024 of a checkpoint), 300 blank lines before record 1,200 (a step of more
    // than 255 lines), two entries that are not objects (written as nothing) first, and record 1,500 of
    // another month: it is placed at its own line, and the line it names is that of the first record written
    // (not of the entries before it, which start on the same CSV line).
    const many: unknown[] = Array.from({ length: 1500 }, (_, k) => doc.records[k % doc.records.length]);
    many[1499] = { ...(many[1499] as Record<string, unknown>), targetMonth: '202506' };
    many.splice(0, 0, null, null);
    const lines = JSON.stringify({ ...doc, records: many }, null, 2).split('\n');
    const gapAt = lines.findIndex((l, i) => l === '    {' && lines.slice(0, i).filter((x) => x === '    {').length === 1201);
    lines.splice(gapAt, 0, ...Array.from({ length: 300 }, () => ''));
    const text = lines.join('\n');
    const starts = text.split('\n').flatMap((l, i) => (l === '    {' || l === '    null' || l === '    null,' ? [i + 1] : []));
    const r = fromJson(['--locale', 'en'], 'in.json', text, 4096);
    // The 1,502nd entry of the array is the record of the other month; the first record written is the third.
    expect(r.stderr).toMatch(new RegExp(`^in\\.json:${starts[1501]}:5: error file\\.mixedMonth .*as on line ${starts[2]}\\)`, 'm'));
    expect(r.stderr).toMatch(/^in\.json:\d+:5: error record\.valueType /m);
  });

  it('JSON Lines: at the line of the record (blank lines counted)', () => {
    const jsonl = `\n${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const r = fromJson(['--jsonl', '--kind', 'table6Plan', '--locale', 'en'], 'in.jsonl', jsonl);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^in\.jsonl:4: error field\.insuredNumber /m);
    expect(r.stderr).toMatch(/^in\.jsonl:6: error field\.date /m);
  });

  it('a document read whole (records before kind): by the record number', () => {
    const whole = JSON.stringify({ records, kind: doc.kind });
    expect(fromJson([], 'in.json', whole).stderr).toMatch(/^in\.json \(レコード 3\): error field\.insuredNumber /m);
    expect(fromJson(['--locale', 'en'], 'in.json', whole).stderr).toMatch(/^in\.json \(record 5\): error field\.date /m);
  });

  it('an issue of no record stays at the CSV name', () => {
    const r = fromJson([], 'in.json', JSON.stringify({ ...doc, records: doc.records.slice(0, 2) }));
    const other = 'UPPLAN_202506_1370000001_43_1310000002_11_20250425170512.CSV';
    const named = run(['from-json', 'in.json', '-o', other], { 'in.json': JSON.stringify(doc) });
    expect(r.code).toBe(0);
    expect(named.stderr).toContain(`${other}:1: error file.nameMonth`);
  });
});
