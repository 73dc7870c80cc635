import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { ms932 } from '../helpers/bytes.js';
import { cellsOf, recordsText, validRecord } from '../helpers/table6.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const codes = (r: { issues: readonly { code: string; severity: string }[] }) => r.issues.map((i) => `${i.code}:${i.severity}`);

describe('lenient: what it accepts is read as it is, with a warning; what would be read wrong stays an error', () => {
  it('2400 as an end time is read as 2400 (a warning); as a start time it stays field.time (an error)', () => {
    const end = parse(ms932(recordsText([validRecord({ startTime: '2300', endTime: '2400' })])), { fileName: NAME, profile: 'lenient' });
    expect(codes(end)).toEqual(['field.time2400:warning']);
    expect(end.ok).toBe(true);
    expect(end.records[0]).toMatchObject({ startTime: '2300', endTime: '2400' });
    const start = parse(ms932(recordsText([validRecord({ startTime: '2400', endTime: '2400' })])), { fileName: NAME, profile: 'lenient' });
    expect(codes(start)).toEqual(['field.time:error', 'field.time2400:warning']);
    expect(start.ok).toBe(false);
  });

  it('a header row is skipped (a warning) and the records are those of the file without it; skipHeader: false reads it as a record', () => {
    const body = recordsText([validRecord(), validRecord({ serviceDate: '20250506' })]);
    const header = `${cellsOf(validRecord())
      .map((_, i) => `列${i + 1}`)
      .join(',')}\r\n`;
    const withHeader = parse(ms932(header + body), { fileName: NAME, profile: 'lenient' });
    expect(codes(withHeader)).toEqual(['csv.headerSkipped:warning']);
    expect(withHeader.records).toEqual(parse(ms932(body), { fileName: NAME }).records);
    expect(parse(ms932(header + body), { fileName: NAME, profile: 'lenient', skipHeader: false }).ok).toBe(false);
  });

  it('a version alias, LF line ends and unquoted free text without separators read the same data as the canonical file', () => {
    const canonical = parse(ms932(recordsText([validRecord()])), { fileName: NAME });
    const row = cellsOf(validRecord({ csvVersion: '202410' })).map((c) => (c === '"介護　花子"' ? '介護　花子' : c));
    const r = parse(ms932(`${row.join(',')}\n`), { fileName: NAME, profile: 'lenient' });
    expect(r.ok).toBe(true);
    expect(codes(r).sort()).toEqual(['csv.lineBreak:info', 'csv.unquotedFreeText:warning', 'file.versionAlias:warning']);
    expect(r.records).toEqual(canonical.records.map((rec) => ({ ...rec, csvVersion: '202410' })));
  });

  it('unquoted free text with a separator in it stays an error (the columns would shift)', () => {
    const row = cellsOf(validRecord()).map((c) => (c === '"介護　花子"' ? '介護,花子' : c));
    expect(parse(ms932(`${row.join(',')}\r\n`), { fileName: NAME, profile: 'lenient' }).ok).toBe(false);
  });
});
