import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const original = new Uint8Array(readFileSync(SAMPLE_PLAN));
const text = new TextDecoder('shift_jis').decode(original);
/** The sample as a spreadsheet saves it: UTF-8 with BOM, LF, 被保険者番号 without its leading zeros, 2025/5/5, 10:00. */
const damaged = `\ufeff${text
  .replaceAll('\r\n', '\n')
  .replace(',0000123456,', ',123456,')
  .replace(',20250505,', ',2025/5/5,')
  .replace(',1000,', ',10:00,')}`;

describe('careplan-csv fix FILE -o OUT', () => {
  it('writes the canonical file and exits 0 when no error is left', () => {
    const r = run(['fix', NAME, '-o', 'out.CSV'], { [NAME]: damaged });
    expect(r.code).toBe(0);
    expect(r.written['out.CSV']).toEqual(original);
    expect(r.stdout).toBe(`${NAME}: 変更 6 件 → out.CSV\n`);
  });

  it('--diff prints each change (line, column, 項目名, what); values only with --include-values', () => {
    const r = run(['fix', '--diff', '--locale', 'en', '--dry-run', NAME], { [NAME]: damaged });
    expect(r.code).toBe(0);
    expect(r.written).toEqual({});
    expect(r.stdout.split('\n').slice(0, 6)).toEqual([
      `${NAME}:1: utf8 UTF-8 written as Shift_JIS (MS932)`,
      `${NAME}:1: bom BOM removed`,
      `${NAME}:1: lineBreak line ends to CRLF (8 places)`,
      `${NAME}:1:3: leadingZeros 被保険者番号 leading zeros restored`,
      `${NAME}:1:10: dateFormat サービス利用日 date to YYYYMMDD`,
      `${NAME}:1:12: timeFormat サービス開始時刻 time to HHMM`,
    ]);
    const valued = run(['fix', '--diff', '--include-values', '--locale', 'en', '--dry-run', NAME], { [NAME]: damaged });
    expect(valued.stdout).toContain('date to YYYYMMDD ["2025/5/5" → "20250505"]');
  });

  it('exit 1 when errors remain (they are printed); the file is still written', () => {
    const bad = text.replace(',20250505,', ',20250532,').replace(',1000,', ',10:00,');
    const r = run(['fix', NAME, '-o', 'out.CSV'], { [NAME]: bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('field.date');
    expect(r.written['out.CSV']).toBeDefined();
  });

  it('exit 1 and nothing written when the file cannot be rewritten', () => {
    const r = run(['fix', '--locale', 'en', NAME, '-o', 'out.CSV'], { [NAME]: `${text}202407,1\r\n` });
    expect(r.code).toBe(1);
    expect(r.written).toEqual({});
    expect(r.stdout).toContain('not rewritten');
  });

  it('exit 2 without -o (and without --dry-run), or for a path that cannot be read', () => {
    const r = run(['fix', '--locale', 'en', NAME], { [NAME]: damaged });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fix needs -o OUT');
    expect(run(['fix', 'no-such-file.CSV', '-o', 'out.CSV']).code).toBe(2);
  });

  it('a directory to a directory: each .CSV file under its name', () => {
    const r = run(
      ['fix', 'in', '-o', 'outdir'],
      { [`in/${NAME}`]: damaged },
      {
        listDir: (p) =>
          p === 'in'
            ? [
                { name: NAME, type: 'file' },
                { name: 'notes.txt', type: 'file' },
              ]
            : null,
      },
    );
    expect(r.code).toBe(0);
    expect(Object.keys(r.written)).toEqual([`outdir/${NAME}`]);
    expect(r.written[`outdir/${NAME}`]).toEqual(original);
  });

  it('has a help in Japanese and English', () => {
    expect(run(['fix', '--help']).stdout).toContain('読み方が一つに決まるところだけ');
    expect(run(['fix', '--help', '--locale', 'en']).stdout).toContain('Mends only what has one reading');
  });
});
