import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, sample } from './fixtures.js';

const PLAN = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const TABLE7 = 'UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const issuesOf = (t6 = sample('UPPLAN_202505'), t7 = sample('UPSIKYU_202505')) =>
  validateUnits([t6, t7, sample('UPHOSOKU_202505')]).units[0]?.issues ?? [];

describe('第7表 has the rows the 第6表 lines of each user call for', () => {
  it('a service type of the 第6表 with no 第7表 row: a warning at the 第6表 line, naming the user in the 第7表', () => {
    const issues = issuesOf(
      undefined,
      edited('UPSIKYU_202505', (rs) => rs.filter((r) => r.serviceCode !== '155111')),
    );
    expect(issues.map((i) => [i.code, i.severity, i.file, i.line, i.column, i.fieldJa, i.params.expected, i.related])).toEqual([
      ['link.table7TypeMissing', 'warning', PLAN, 5, 15, 'サービスコード', '15', { file: TABLE7, line: 1, record: 1 }],
    ]);
  });

  it('a service type of the 第7表 with no 第6表 line: a warning at the 第7表 row, naming the user in the 第6表', () => {
    const issues = issuesOf(edited('UPPLAN_202505', (rs) => rs.filter((r) => r.serviceCode !== '131111')));
    expect(issues.map((i) => [i.code, i.file, i.line, i.column, i.params.expected, i.related])).toEqual([
      ['link.table6TypeMissing', TABLE7, 7, 9, '13', { file: PLAN, line: 6, record: 6 }],
    ]);
  });

  it('two distinct 第6表 lines of one type and a single 第7表 row without subtotal: the subtotal row is asked for', () => {
    const t6 = edited('UPPLAN_202505', (rs) => [...rs.slice(0, 4), { ...rs[3], serviceCode: '112111', serviceDate: '20250519' }, ...rs.slice(4)]);
    const issues = issuesOf(t6);
    expect(issues.map((i) => [i.code, i.file, i.line, i.params, i.related])).toEqual([
      ['link.subtotalMissing', TABLE7, 1, { expected: '11AAAA', actual: 2 }, { file: PLAN, line: 1, record: 1 }],
    ]);
    expect(issues[0]?.message).toContain('小計行（11AAAA）');
  });

  it('several 第6表 days of one service line need no subtotal, and the samples agree', () => {
    expect(issuesOf()).toEqual([]);
  });

  it('a user whose サービスコード has an error is not judged (the file reports it)', () => {
    const t6 = edited('UPPLAN_202505', (rs) => rs.map((r) => (r.serviceCode === '155111' ? { ...r, serviceCode: '15511' } : r)));
    const t7 = edited('UPSIKYU_202505', (rs) => rs.filter((r) => r.serviceCode !== '155111'));
    const r = validateUnits([t6, t7, sample('UPHOSOKU_202505')]);
    expect(r.units[0]?.issues).toEqual([]);
    expect(r.units[0]?.files[0]?.result.issues.map((i) => i.code)).toEqual(['field.serviceCode']);
  });
});
