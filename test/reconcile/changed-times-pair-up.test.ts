import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: a row delivered at other times is one changed pair', () => {
  it('pairs on provider, サービスコード and date, and lists the changed times by key, 項目名 and column', () => {
    const plan = [validRecord({ serviceDate: '20250508', startTime: '1000', endTime: '1100' })];
    const actual = [validRecord({ serviceDate: '20250508', startTime: '1030', endTime: '1130' })];
    const r = reconcile({ records: plan, lines: [3] }, { records: actual, lines: [7] });
    expect(r.differences).toEqual([
      expect.objectContaining({
        type: 'changed',
        pairedBy: 'sameDay',
        plan: expect.objectContaining({ record: 1, line: 3, startTime: '1000' }),
        actual: expect.objectContaining({ record: 1, line: 7, startTime: '1030' }),
        changes: [
          { field: 'startTime', fieldJa: 'サービス開始時刻', column: 12, plan: '1000', actual: '1030' },
          { field: 'endTime', fieldJa: 'サービス終了時刻', column: 13, plan: '1100', actual: '1130' },
        ],
      }),
    ]);
    expect(r.summary).toMatchObject({ changed: 1, missing: 0, extra: 0 });
  });

  it('with two visits on one day, each pairs with the closest actual times', () => {
    const plan = [
      validRecord({ serviceDate: '20250508', startTime: '0800', endTime: '0900' }),
      validRecord({ serviceDate: '20250508', startTime: '1700', endTime: '1800' }),
    ];
    // Listed in the other order, both shifted a little.
    const actual = [
      validRecord({ serviceDate: '20250508', startTime: '1715', endTime: '1815' }),
      validRecord({ serviceDate: '20250508', startTime: '0810', endTime: '0910' }),
    ];
    const r = reconcile(plan, actual);
    expect(r.differences.map((d) => [d.plan?.startTime, d.actual?.startTime])).toEqual([
      ['0800', '0810'],
      ['1700', '1715'],
    ]);
  });

  it('a time that became 9999 (no time) is still a change of the same row', () => {
    const r = reconcile([validRecord()], [validRecord({ startTime: '9999', endTime: '9999' })]);
    expect(r.differences.map((d) => [d.type, d.pairedBy])).toEqual([['changed', 'sameDay']]);
  });

  it('a longer visit billed under another code of the same type at the same start is one changed pair', () => {
    // 身体介護 planned for one hour (111211), delivered for longer under another 訪問介護 code.
    const plan = [validRecord({ serviceCode: '111211', units: '396', endTime: '1100' })];
    const actual = [validRecord({ serviceCode: '111311', units: '579', endTime: '1130' })];
    const r = reconcile(plan, actual);
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]).toMatchObject({ type: 'changed', pairedBy: 'sameStart' });
    expect(r.differences[0]?.changes.map((c) => c.field)).toEqual(['units', 'endTime', 'serviceCode']);
  });

  it('another code is not guessed when several rows could pair', () => {
    // A base service and an add-on at the same start, and one different base delivered: ambiguous.
    const plan = [validRecord({ serviceCode: '111211' }), validRecord({ serviceCode: '114001', units: '200' })];
    const actual = [validRecord({ serviceCode: '111311', units: '579' })];
    const r = reconcile(plan, actual);
    expect(r.differences.map((d) => [d.type, (d.plan ?? d.actual)?.serviceCode])).toEqual([
      ['missing', '111211'],
      ['extra', '111311'],
      ['missing', '114001'],
    ]);
  });

  it('a change of another provider is not paired', () => {
    const r = reconcile([validRecord()], [validRecord({ providerCode: '1310000009', startTime: '1030', endTime: '1130' })], { scope: 'all' });
    expect(r.differences.map((d) => d.type)).toEqual(['missing', 'extra']);
  });
});
