import { describe, expect, it } from 'vitest';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { run, SAMPLE_PLAN } from './harness.js';

describe('careplan-csv validate --format json', () => {
  it('prints {files:[{file,kind,version,records,issues}], summary}', () => {
    const r = run(['validate', '--format', 'json', SAMPLE_PLAN, 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'], {
      'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV': '202407,1\r\n',
    });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.files).toHaveLength(2);
    expect(doc.files[0]).toMatchObject({ file: SAMPLE_PLAN, kind: 'table6Plan', version: '202407', records: 8, issues: [] });
    expect(doc.files[1].issues[0]).toMatchObject({ code: 'csv.columnCount', severity: 'error', line: 1, record: 1, column: null });
    expect(doc.summary).toEqual({ files: 2, invalidFiles: 1, errors: 1, warnings: 0, infos: 0, unreadable: false, skipped: 0 });
  });

  it('--locale en renders English messages', () => {
    const r = run(['validate', '--format', 'json', '--locale', 'en', 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'], {
      'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV': '202407,1\r\n',
    });
    expect(JSON.parse(r.stdout).files[0].issues[0].message).toBe('The record has 2 columns; this layout has 25.');
  });

  it('never prints field values unless --include-values', () => {
    const name = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    const row = '202407,131001,ZZ12345678,20250420,202505,1370000001,"山田",1,,20250501,,1000,1100,1,111211,,,"",,1310000002,"",,0,,\r\n';
    const bytes = encodeMs932(row).bytes as Uint8Array; // the harness would write a string as UTF-8
    const plain = run(['validate', '--format', 'json', name], { [name]: bytes });
    expect(plain.stdout).not.toContain('ZZ12345678');
    const withValues = run(['validate', '--format', 'json', '--include-values', name], { [name]: bytes });
    expect(JSON.parse(withValues.stdout).files[0].issues[0]).toMatchObject({ code: 'field.insuredNumber', value: 'ZZ12345678' });
  });
});
