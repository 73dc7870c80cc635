import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizeIssue, parse } from '../../src/index.js';
import { concat, ms932 } from '../helpers/bytes.js';
import { csvText, cellsOf, parsePlan, recordsText, validRecord } from '../helpers/table6.js';

/** [code, line, column, hint code] of every issue. */
const brief = (issues: readonly { code: string; line: number | null; column: number | null; hint?: { code: string } }[]) =>
  issues.map((i) => [i.code, i.line, i.column, i.hint?.code ?? null]);

// Each case is a misreport of issue 12: the fault was located but its cause was not named.
describe('issues name the probable cause (hint) when its reading is unambiguous', () => {
  it('leading zeros dropped by a spreadsheet: field.insurerNumber / field.officeNumber with hint leadingZeros', () => {
    const r = parsePlan(ms932(recordsText([validRecord({ insurerNumber: '31001', providerCode: '310000002' })])));
    expect(brief(r.issues)).toEqual([
      ['field.insurerNumber', 1, 2, 'leadingZeros'],
      ['field.officeNumber', 1, 20, 'leadingZeros'],
    ]);
    const hint = r.issues[0]?.hint;
    expect(hint).toMatchObject({ code: 'leadingZeros', params: {}, repairable: true });
    expect(hint?.message).toContain('0');
  });

  it("a spreadsheet's date and time formats, and full-width digits", () => {
    const r = parsePlan(ms932(recordsText([validRecord({ serviceDate: '2025/5/5', startTime: '10:00', serviceCount: '１' })])));
    expect(brief(r.issues)).toEqual([
      ['field.date', 1, 10, 'dateFormat'],
      ['field.time', 1, 12, 'timeFormat'],
      ['field.integer', 1, 14, 'fullWidth'],
    ]);
  });

  it('no hint where the value has no one reading', () => {
    const r = parsePlan(ms932(recordsText([validRecord({ serviceDate: '2025/5/32', insurerNumber: '13-001' })])));
    expect(brief(r.issues)).toEqual([
      ['field.insurerNumber', 1, 2, null],
      ['field.date', 1, 10, null],
    ]);
  });

  it('a header row of the Japanese column names: one file.headerRow, the records after it still checked', () => {
    const sample = readFileSync('samples/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    const names =
      'CSVバージョン,保険者番号,被保険者番号,作成年月日,対象年月,プラン担当業者コード,プラン担当者名,単位数,前月までの短期入所利用日数,サービス利用日,日割対象日,サービス開始時刻,サービス終了時刻,サービス回数,サービスコード,TAISコード,福祉用具届出コード,用具名称（機種名）,明細判別コード,サービス事業者コード,サービス事業所名,サテライト枝番,３０日超区分,更新業者コード,識別子\r\n';
    const r = parse(concat(ms932(names), sample), { fileName: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' });
    expect(r.errorCount).toBe(1);
    expect(brief(r.issues)).toEqual([['file.headerRow', 1, null, 'headerRow']]);
    expect(r.recordCount).toBe(parse(sample, { kind: 'table6Plan' }).recordCount);
  });

  it('MS932 content behind a BOM: encoding.bom ("a BOM was added"), not UTF-8, and the rest is read', () => {
    const r = parsePlan(concat(Uint8Array.of(0xef, 0xbb, 0xbf), ms932(recordsText([validRecord({ serviceDate: '20250532' })]))));
    expect(brief(r.issues)).toEqual([
      ['encoding.bom', 1, null, 'bomAdded'],
      ['field.date', 1, 10, null],
    ]);
    expect(r.issues.some((i) => i.code === 'encoding.utf8')).toBe(false);
    expect(r.issues[0]?.message).toContain('BOM');
    expect(r.issues[1]?.byteOffset).toBe(3 + countBytesBefore('20250505'));
    expect(r.recordCount).toBe(1);
  });

  it('UTF-8 content (with and without BOM): encoding.utf8 with hint utf8Content', () => {
    const text = recordsText([validRecord()]);
    for (const bytes of [new TextEncoder().encode(text), concat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(text))]) {
      const r = parsePlan(bytes);
      expect(brief(r.issues)).toEqual([['encoding.utf8', 1, null, 'utf8Content']]);
    }
  });

  it('a file that looks like another kind than its name says: csv.columnCount with hint otherKind', () => {
    const table7 = readFileSync('samples/UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    const r = parse(table7, { fileName: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' });
    const first = r.issues.find((i) => i.code === 'csv.columnCount');
    expect(first?.hint).toMatchObject({ code: 'otherKind', params: { prefix: 'UPSIKYU' }, repairable: false });
    // Once per file: the first record's.
    expect(r.issues.filter((i) => i.hint !== undefined)).toHaveLength(1);
  });

  it('the hint follows the issue into another locale', () => {
    const r = parsePlan(ms932(recordsText([validRecord({ insurerNumber: '31001' })])), { locale: 'en' });
    const en = r.issues[0];
    if (en === undefined) throw new Error('no issue');
    expect(en.hint?.message).toMatch(/leading zeros/);
    expect(localizeIssue(en, 'ja').hint?.message).toMatch(/先頭の 0/);
  });

  it('hints are plain data (JSON)', () => {
    const r = parsePlan(ms932(csvText([cellsOf(validRecord({ startTime: '6:00' }))])));
    expect(JSON.parse(JSON.stringify(r.issues[0]))).toMatchObject({ code: 'field.time', hint: { code: 'timeFormat', repairable: true } });
  });
});

/** MS932 bytes before the first occurrence of `needle` in the valid record's line. */
function countBytesBefore(needle: string): number {
  const text = recordsText([validRecord()]);
  return ms932(text.slice(0, text.indexOf(needle))).length;
}
