import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, sample } from './fixtures.js';

describe('第6表 → 第7表 / 利用者補足情報 by 保険者番号 + 被保険者番号 + 対象年月', () => {
  it('a user of the 第6表 with no 第7表 rows: a warning on the 第6表 user, naming the 第7表', () => {
    const t7 = edited('UPSIKYU_202505', (rs) => rs.filter((r) => r.insuredNumber !== 'H000000012'));
    const r = validateUnits([sample('UPPLAN_202505'), t7, sample('UPHOSOKU_202505')]);
    const issues = r.units[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.severity, i.file, i.line, i.params.expected, i.related?.file])).toEqual([
      ['link.dependantMissing', 'warning', 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV', 6, 'UPSIKYU', t7.name],
    ]);
  });

  it('第7表 rows of a user the 第6表 does not have: an error on the 第7表', () => {
    const t6 = edited('UPPLAN_202505', (rs) => rs.filter((r) => r.insuredNumber !== 'H000000012'));
    const r = validateUnits([t6, sample('UPSIKYU_202505'), sample('UPHOSOKU_202505')]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.file, i.record, i.params.actual])).toEqual([
      ['link.masterMissing', 'UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV', 4, 5],
      ['link.masterMissing', 'UPHOSOKU_202505_1370000001_43_1310000002_11_20250425170512.CSV', 2, 1],
    ]);
    expect(r.units[0]?.verdict).toBe('invalid');
  });

  it('an UPHOSOKU user missing for a 第6表 user', () => {
    const sup = edited('UPHOSOKU_202505', (rs) => rs.slice(0, 1));
    const r = validateUnits([sample('UPPLAN_202505'), sample('UPSIKYU_202505'), sup]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.expected, i.params.detail])).toEqual([
      ['link.dependantMissing', 'UPHOSOKU_202505', 'targetMonth'],
    ]);
  });
});
