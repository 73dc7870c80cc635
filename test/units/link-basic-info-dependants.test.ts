import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, sample, SAMPLE_IMAGE } from './fixtures.js';

describe('利用者基本情報 → 別表1 / 別表2 by 保険者番号 + 被保険者番号 + 相談日 (sub-files repeat the parent key)', () => {
  it('別表1 rows with another 相談日 and a 別表2 of another insurer', () => {
    const sub1 = edited('UPKIHON_SUB1', (rs) => rs.map((r, i) => (i >= 5 ? { ...r, consultationDate: '20250402' } : r)));
    const sub2 = edited('UPKIHON_SUB2', (rs) => rs.map((r) => ({ ...r, insurerNumber: '131002' })));
    const r = validateUnits([sample('UPKIHON'), sub1, sub2, { name: SAMPLE_IMAGE }]);
    const issues = r.units[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.file, i.record, i.params])).toEqual([
      ['link.masterMissing', sub1.name, 6, { expected: 'UPKIHON', actual: 2, detail: 'consultationDate' }],
      ['link.masterMissing', sub2.name, 1, { expected: 'UPKIHON', actual: 2, detail: 'consultationDate' }],
      [
        'link.dependantMissing',
        'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV',
        1,
        { expected: 'UPKIHON_SUB2', detail: 'consultationDate' },
      ],
    ]);
    expect(issues[0]?.message).toContain('保険者番号・被保険者番号・相談日');
  });
});
