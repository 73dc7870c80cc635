import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, sample } from './fixtures.js';

describe('介護予防サービス・支援計画書 → 別表 by 保険者番号 + 被保険者番号 + 計画作成(変更)日', () => {
  it('別表 rows whose 計画作成(変更)日 is not the one of the plan', () => {
    const sub = edited('UPYOBO_SUB', (rs) => rs.map((r) => ({ ...r, planDate: '20250411' })));
    const r = validateUnits([sample('UPYOBO'), sub]);
    const issues = r.units[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.severity, i.file, i.line, i.params.actual])).toEqual([
      ['link.masterMissing', 'error', sub.name, 1, 4],
      ['link.dependantMissing', 'warning', 'UPYOBO_1370000001_46_1310000002_A2_20250415093000.CSV', 1, undefined],
    ]);
  });

  it('the plan and its 別表 with the same key link without issues', () => {
    expect(validateUnits([sample('UPYOBO'), sample('UPYOBO_SUB')]).units[0]?.issues).toEqual([]);
  });
});
