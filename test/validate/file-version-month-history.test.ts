import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { recordsText, validRecord } from '../helpers/table6.js';

// The version history: 201910 from 2020-03, 202003 from 2020-10, 202208 from 2023-01, 202407 from 2025-04.
describe('file rule: a version that does not apply to a month before 2023', () => {
  for (const [month, expected] of [
    ['202210', '202003'],
    ['202006', '201910'],
  ] as const) {
    it(`202407 for 対象年月 ${month} is a warning naming ${expected}`, () => {
      const text = recordsText([validRecord({ targetMonth: month, serviceDate: `${month}01` })]);
      const r = parse(text, { kind: 'table6Plan' });
      expect(r.issues.map((i) => [i.code, i.severity, i.params.expected])).toEqual([['file.versionMonth', 'warning', expected]]);
    });
  }
});
