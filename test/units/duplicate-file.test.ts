import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { renamed, sample, USAGE_SET } from './fixtures.js';

describe('a unit holds each file once', () => {
  it('the same file found in two folders is reported on the second, naming the first', () => {
    const copy = renamed('UPPLAN_202505', (n) => `resent/${n}`);
    const r = validateUnits([...USAGE_SET.map(sample), copy]);
    const dup = r.units[0]?.issues.filter((i) => i.code === 'unit.duplicateFile');
    expect(dup?.map((i) => [i.severity, i.file, i.params.detail, i.related?.file])).toEqual([
      ['error', copy.name, 'UPPLAN', 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'],
    ]);
  });

  it('two months of 第6表 under one serial are not duplicates (each month is its own file)', () => {
    const june = USAGE_SET.map((p) => renamed(p, (n) => n.replace('_202505_', '_202506_')));
    const r = validateUnits([...USAGE_SET.map(sample), ...june]);
    expect(r.units).toHaveLength(1);
    expect(r.units[0]?.issues.map((i) => i.code)).not.toContain('unit.duplicateFile');
  });
});
