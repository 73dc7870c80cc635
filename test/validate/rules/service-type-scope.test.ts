import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const scope = (line: number, column: number, field: string, fieldJa: string, type: string) => ({
  code: 'record.serviceTypeOutOfScope',
  severity: 'warning',
  line,
  record: line,
  column,
  field,
  fieldJa,
  params: { actual: type },
});

describe('record rule: service types outside the exchange scope (spec §10) are a warning', () => {
  it('第6表 予定 / 実績: サービスコード of 居宅 (33 … 81) and 予防 (35, 37, 44, 45) types out of scope; in-scope and unknown types pass', () => {
    for (const kind of ['table6Plan', 'table6Actual'] as const) {
      const codes = ['331111', '111211', '361111', '591111', '811111', '351111', '451111', 'A21001', '991111', '2A1111'];
      const r = read(
        kind,
        codes.map((serviceCode) => rec(kind, { serviceCode })),
      );
      expect(brief(r.issues)).toEqual([
        scope(1, 15, 'serviceCode', 'サービスコード', '33'),
        scope(3, 15, 'serviceCode', 'サービスコード', '36'),
        scope(4, 15, 'serviceCode', 'サービスコード', '59'),
        scope(5, 15, 'serviceCode', 'サービスコード', '81'),
        scope(6, 15, 'serviceCode', 'サービスコード', '35'),
        scope(7, 15, 'serviceCode', 'サービスコード', '45'),
      ]);
      expect(r.ok).toBe(true);
    }
  });

  it('every listed type is reported, and only those', () => {
    const out = ['33', '36', '32', '41', '42', '51', '52', '53', '54', '59', '81', '35', '37', '44', '45'];
    const r = read(
      'table6Plan',
      out.map((t) => rec('table6Plan', { serviceCode: `${t}1111` })),
    );
    expect(r.issues.map((i) => i.params.actual)).toEqual(out);
  });

  it('第7表: normal rows only (a subtotal code of such a type is not reported again)', () => {
    const r = read('table7', [
      rec('table7', { serviceCode: '421111' }),
      rec('table7', { serviceCode: '42AAAA', units: '0' }),
      rec('table7', { serviceCode: '999999', providerCode: '9999999999', units: '0' }),
    ]);
    expect(brief(r.issues)).toEqual([scope(1, 9, 'serviceCode', 'サービスコード', '42')]);
  });

  it('実績削除 (DLTJSK): サービス種類コード', () => {
    const r = read('table6ActualDelete', [
      rec('table6ActualDelete', { serviceTypeCode: '17' }),
      rec('table6ActualDelete', { serviceTypeCode: '44' }),
    ]);
    expect(brief(r.issues)).toEqual([scope(2, 6, 'serviceTypeCode', 'サービス種類コード', '44')]);
  });

  it('利用者補足情報: the サービス種類コード of each サービス種類別限度額管理 slot', () => {
    const slot = (serviceTypeCode: string) => ({ serviceTypeCode, limitAmount: '', totalUnits: '', overUnits: '' });
    const r = read('userSupplement', [
      rec('userSupplement', { planDate: '00000000', serviceTypeLimits: [slot('11'), slot('81'), slot('22'), slot('37')] }),
    ]);
    expect(brief(r.issues)).toEqual([
      scope(1, 24, 'serviceTypeLimits[1].serviceTypeCode', '２サービス種類コード', '81'),
      scope(1, 32, 'serviceTypeLimits[3].serviceTypeCode', '４サービス種類コード', '37'),
    ]);
  });
});
