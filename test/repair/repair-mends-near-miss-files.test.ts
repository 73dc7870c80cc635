import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, repair } from '../../src/index.js';
import { concat, ms932 } from '../helpers/bytes.js';
import { recordsText, validRecord } from '../helpers/table6.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const SAMPLES = readdirSync('samples').filter((f) => f.endsWith('.CSV'));
const sample = (f: string) => new Uint8Array(readFileSync(`samples/${f}`));
const text = recordsText([validRecord(), validRecord({ serviceDate: '20250512' })]);
const canonical = ms932(text);
const kinds = (r: { changes: readonly { kind: string }[] }) => r.changes.map((c) => c.kind);

describe('repair: near-miss files become canonical ones, every change as data', () => {
  it('a canonical valid file is unchanged, with no change listed (every sample)', () => {
    for (const f of SAMPLES) {
      const r = repair(sample(f), { fileName: f });
      expect(r.changes, f).toEqual([]);
      expect(r.bytes, f).toEqual(sample(f));
      expect(r.ok, f).toBe(true);
    }
  });

  it('a file a spreadsheet saved (UTF-8 with BOM, LF, a header row, dates 2025/5/5, dropped zeros) is mended to the original bytes', () => {
    expect(parse(canonical, { fileName: NAME }).ok).toBe(true);
    const names =
      'CSVバージョン,保険者番号,被保険者番号,作成年月日,対象年月,プラン担当業者コード,プラン担当者名,単位数,前月までの短期入所利用日数,サービス利用日,日割対象日,サービス開始時刻,サービス終了時刻,サービス回数,サービスコード,TAISコード,福祉用具届出コード,用具名称（機種名）,明細判別コード,サービス事業者コード,サービス事業所名,サテライト枝番,３０日超区分,更新業者コード,識別子\n';
    const damaged = `\ufeff${names}${text.replaceAll('\r\n', '\n').replaceAll(',20250505,', ',2025/5/5,').replaceAll(',0000123456,', ',123456,')}`;
    const r = repair(new TextEncoder().encode(damaged), { fileName: NAME });
    expect(r.bytes).toEqual(canonical);
    expect(r.ok).toBe(true);
    expect(kinds(r)).toEqual(['utf8', 'bom', 'headerRow', 'lineBreak', 'leadingZeros', 'dateFormat', 'leadingZeros']);
    expect(r.changes.find((c) => c.kind === 'dateFormat')).toEqual({
      kind: 'dateFormat',
      line: 2,
      record: 1,
      column: 10,
      field: 'serviceDate',
      fieldJa: 'サービス利用日',
      count: 1,
      message: '日付を YYYYMMDD に',
    });
  });

  it('each change says what it did in the locale of the call (no values), as fix --diff prints it', () => {
    const damaged = ms932(text.replace(',1000,', ',10:00,').replaceAll('\r\n', '\n'));
    expect(repair(damaged, { fileName: NAME }).changes.map((c) => c.message)).toEqual(['改行を CRLF に（2 か所）', '時刻を HHMM に']);
    expect(repair(damaged, { fileName: NAME, locale: 'en' }).changes.map((c) => c.message)).toEqual(['line ends to CRLF (2 places)', 'time to HHMM']);
  });

  it('old and new values only with includeValues', () => {
    const damaged = ms932(text.replace(',1000,', ',10:00,'));
    const [plain] = repair(damaged, { fileName: NAME }).changes;
    expect(plain).not.toHaveProperty('from');
    const [valued] = repair(damaged, { fileName: NAME, includeValues: true }).changes;
    expect(valued).toMatchObject({ kind: 'timeFormat', from: '10:00', to: '1000' });
  });

  it('MS932 behind a BOM, non-canonical duplicate codes, quotes, no final line end, trailing blank lines', () => {
    const withDup = ms932(recordsText([validRecord({ planManagerName: '∵' })]));
    const dupAt = withDup.indexOf(0x81);
    const nec = withDup.slice();
    nec[dupAt] = 0x87;
    nec[dupAt + 1] = 0x9a;
    const damaged = concat(Uint8Array.of(0xef, 0xbb, 0xbf), ms932('"202407"'), nec.subarray(6, nec.length - 2), ms932('\r\n\r\n\r\n'));
    const r = repair(damaged, { fileName: NAME });
    expect(r.bytes).toEqual(withDup);
    expect(kinds(r)).toEqual(['bom', 'duplicateCodes', 'quoting', 'emptyLine', 'emptyLine']);
  });

  it('a CSVバージョン alias is written as the version it was read as', () => {
    const r = repair(ms932(text.replaceAll('202407,', '202410,')), { fileName: NAME });
    expect(r.bytes).toEqual(canonical);
    expect(kinds(r)).toEqual(['csvVersion', 'csvVersion']);
  });

  it('JIS-style variants in UTF-8 text are written in their MS932 forms', () => {
    const r = repair(new TextEncoder().encode(recordsText([validRecord({ planManagerName: '介護〜花子' })])), { fileName: NAME });
    expect(r.bytes).toEqual(ms932(recordsText([validRecord({ planManagerName: '介護～花子' })])));
    expect(kinds(r)).toEqual(['utf8', 'jisVariant']);
  });

  it('nothing else: a wrong code or a date that is not a day stays, and remains an error', () => {
    const damaged = ms932(recordsText([validRecord({ over30Days: '7', serviceDate: '2025/5/32', startTime: '6:00' })]));
    const r = repair(damaged, { fileName: NAME });
    expect(kinds(r)).toEqual(['timeFormat']);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code).sort()).toEqual(['field.code', 'field.date']);
    expect(r.bytes).toEqual(ms932(recordsText([validRecord({ over30Days: '7', serviceDate: '2025/5/32', startTime: '0600' })])));
  });

  it('a file whose records cannot be read faithfully, or with characters MS932 lacks, is not rewritten', () => {
    const broken = repair(ms932(`${text}202407,131001\r\n`), { fileName: NAME });
    expect(broken.bytes).toBeNull();
    expect(broken.changes).toEqual([]);
    expect(broken.issues.some((i) => i.code === 'csv.columnCount')).toBe(true);
    const emoji = repair(new TextEncoder().encode(recordsText([validRecord({ planManagerName: '介護😀' })])), { fileName: NAME });
    expect(emoji.bytes).toBeNull();
    expect(emoji.issues.map((i) => i.code)).toContain('encoding.unmappable');
  });

  it('is idempotent', () => {
    const damaged = ms932(text.replaceAll('\r\n', '\n').replace(',1000,', ',10:00,'));
    const once = repair(damaged, { fileName: NAME });
    const twice = repair(once.bytes as Uint8Array, { fileName: NAME });
    expect(twice.bytes).toEqual(once.bytes);
    expect(twice.changes).toEqual([]);
  });

  it('misuse throws a coded usage error', () => {
    expect(() => repair(42 as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => repair(canonical, { nope: true } as never)).toThrow(/repair/);
  });
});
