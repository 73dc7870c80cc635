import { describe, expect, it } from 'vitest';
import type { Table6Record } from '../../src/schemas/layouts.js';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, readRecords, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

/** The columns marked ○ (必須) in the 第6表 layout: key, column No., 日本語名称. */
const REQUIRED: readonly [keyof Table6Record, number, string][] = [
  ['csvVersion', 1, 'CSVバージョン'],
  ['insurerNumber', 2, '保険者番号'],
  ['insuredNumber', 3, '被保険者番号'],
  ['createdDate', 4, '作成年月日'],
  ['targetMonth', 5, '対象年月'],
  ['serviceDate', 10, 'サービス利用日'],
  ['startTime', 12, 'サービス開始時刻'],
  ['endTime', 13, 'サービス終了時刻'],
  ['serviceCount', 14, 'サービス回数'],
  ['serviceCode', 15, 'サービスコード'],
  ['providerCode', 20, 'サービス事業者コード'],
  ['over30Days', 23, '３０日超区分'],
];

describe('field rule: required columns', () => {
  it('reports field.required, located at the empty cell, for each required column left empty', () => {
    const records = REQUIRED.map(([key]) => validRecord({ [key]: '' }));
    const { rows, result } = readRecords(records);
    expect(locatedAll(result.issues)).toEqual(
      REQUIRED.map(([key, column, fieldJa], i) => ({
        code: 'field.required',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column,
        field: key,
        fieldJa,
        byteOffset: cellOffset(rows, i, column),
      })),
    );
    expect(result.ok).toBe(false);
    expect(result.errorCount).toBe(REQUIRED.length);
    expect(result.recordCount).toBe(REQUIRED.length);
  });

  it('accepts empty optional and conditional columns', () => {
    const { result } = readRecords([
      validRecord({
        units: '',
        shortStayDaysBeforeMonth: '',
        proRataDays: '',
        taisCode: '',
        welfareEquipmentCode: '',
        equipmentName: '',
        detailCode: '',
        providerName: '',
        satelliteBranch: '',
        updaterCode: '',
        identifier: '',
      }),
    ]);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('treats a quoted empty value ("") of a required column as empty', () => {
    // Readers accept quoted values in any column; "" is still an empty value.
    const row = cellsOf(validRecord()).map((c, i) => (i === 13 ? '""' : c)); // サービス回数 written as ""
    const result = parsePlan(ms932(csvText([row])));
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.required',
        severity: 'error',
        line: 1,
        record: 1,
        column: 14,
        field: 'serviceCount',
        fieldJa: 'サービス回数',
        byteOffset: cellOffset([row], 0, 14),
      },
      // valid, but written back unquoted
      {
        code: 'csv.quoting',
        severity: 'info',
        line: 1,
        record: 1,
        column: 14,
        field: 'serviceCount',
        fieldJa: 'サービス回数',
        byteOffset: cellOffset([row], 0, 14),
      },
    ]);
  });
});
