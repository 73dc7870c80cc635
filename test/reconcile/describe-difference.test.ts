import { describe, expect, it } from 'vitest';
import { describeDifference, describeSummary, reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('describeDifference / describeSummary: one line of text per difference', () => {
  const plan = [validRecord({ serviceDate: '20250505' }), validRecord({ serviceDate: '20250508' })];
  const actual = [
    validRecord({ serviceDate: '20250508', startTime: '1030', endTime: '1130' }),
    validRecord({ serviceDate: '20250519', satelliteBranch: '2' }),
  ];
  const r = reconcile(plan, actual);

  it('in Japanese (default)', () => {
    expect(r.differences.map((d) => describeDifference(d))).toEqual([
      '予定のみ（実績なし） 事業所 1310000002 サービスコード 111211 利用日 20250505 時刻 1000-1100 回数 1 単位数 396',
      '予定と実績が相違 事業所 1310000002 サービスコード 111211 利用日 20250508: サービス開始時刻 1000→1030, サービス終了時刻 1100→1130',
      '実績のみ（予定なし） 事業所 1310000002-2 サービスコード 111211 利用日 20250519 時刻 1000-1100 回数 1 単位数 396',
    ]);
    expect(describeSummary(r)).toBe('差異 3 件（予定のみ 1、実績のみ 1、相違 1）、一致 0 件');
  });

  it('in English', () => {
    expect(describeDifference(r.differences[0] as never, 'en')).toBe(
      'planned, not delivered provider 1310000002 service code 111211 date 20250505 time 1000-1100 count 1 units 396',
    );
    expect(describeSummary(r, 'en')).toBe('3 difference(s) (1 planned only, 1 delivered only, 1 changed), 0 matched');
  });

  it('a free-text change without values says only that it differs; excluded rows are summarised', () => {
    const x = reconcile([validRecord(), validRecord({ providerCode: '1510000003' })], [validRecord({ providerName: '別' })], {
      compare: ['providerName'],
    });
    expect(describeDifference(x.differences[0] as never)).toBe(
      '予定と実績が相違 事業所 1310000002 サービスコード 111211 利用日 20250505: サービス事業所名 相違',
    );
    expect(describeSummary(x)).toContain('比較対象外の予定 1 行');
  });

  it('throws on an unknown locale', () => {
    expect(() => describeSummary(r, 'fr' as never)).toThrow(TypeError);
  });
});
