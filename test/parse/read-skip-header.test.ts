import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const HEADER = [
  'CSVバージョン',
  '保険者番号',
  '被保険者番号',
  '作成年月日',
  '対象年月',
  'プラン担当業者コード',
  'プラン担当者名',
  '単位数',
  '前月までの短期入所利用日数',
  'サービス利用日',
  '日割対象日',
  'サービス開始時刻',
  'サービス終了時刻',
  'サービス回数',
  'サービスコード',
  'TAISコード',
  '福祉用具届出コード',
  '用具名称（機種名）',
  '明細判別コード',
  'サービス事業者コード',
  'サービス事業所名',
  'サテライト枝番',
  '３０日超区分',
  '更新業者コード',
  '識別子',
];

describe('reader: skipHeader skips a first line that is not a record (csv.headerSkipped)', () => {
  const rows = [HEADER, cellsOf(validRecord()), cellsOf(validRecord({ serviceDate: '20250431' }))];
  const bytes = ms932(csvText(rows));

  it('with skipHeader: warns, and numbers records from the next line', () => {
    const r = parsePlan(bytes, { skipHeader: true });
    expect(locatedAll(r.issues)).toEqual([
      { code: 'csv.headerSkipped', severity: 'warning', line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: 0 },
      {
        code: 'field.date',
        severity: 'error',
        line: 3,
        record: 2,
        column: 10,
        field: 'serviceDate',
        fieldJa: 'サービス利用日',
        byteOffset: cellOffset(rows, 2, 10),
      },
    ]);
    expect(r.recordCount).toBe(2);
    expect(r.records[0]).toEqual(validRecord());
  });

  it('without it (the default): the header line is read as record 1 and fails its checks', () => {
    const r = parsePlan(bytes);
    expect(r.recordCount).toBe(3);
    expect(locatedAll(r.issues)[0]).toEqual({
      code: 'field.csvVersion',
      severity: 'error',
      line: 1,
      record: 1,
      column: 1,
      field: 'csvVersion',
      fieldJa: 'CSVバージョン',
      byteOffset: 0,
    });
    expect(r.issues.some((i) => i.code === 'csv.headerSkipped')).toBe(false);
  });

  it('does not skip a first line that is a record', () => {
    const data = ms932(csvText(rows.slice(1)));
    const r = parsePlan(data, { skipHeader: true });
    expect(r.recordCount).toBe(2);
    expect(r.issues.map((i) => [i.code, i.line, i.record])).toEqual([['field.date', 2, 2]]);
  });
});
