import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const NAME = 'DLTPLAN_202505_1370000001_43_1320000003_15_20250426090000.CSV';

describe('month-scoped delete files: 削除対象年月 plays the part of 対象年月', () => {
  it('agrees with the file name month: clean', () => {
    const r = parse(bytesOf('table6PlanDelete', [{ ...minimalRecord('table6PlanDelete'), deleteMonth: '202505' }]), { fileName: NAME });
    expect(r.issues).toEqual([]);
  });
  it('a different month is file.nameMonth; two months in one file are file.mixedMonth', () => {
    const a = { ...minimalRecord('table6PlanDelete'), deleteMonth: '202506' };
    const b = { ...a, deleteMonth: '202507' };
    const r = parse(bytesOf('table6PlanDelete', [a, b]), { fileName: NAME });
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['file.mixedMonth', 2],
      ['file.nameMonth', 1],
    ]);
  });
});
