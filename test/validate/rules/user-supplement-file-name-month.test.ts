import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const name = (month: string) => `UPHOSOKU_${month}_1370000001_43_1310000002_11_20250415093000.CSV`;
const planSet = () => rec('userSupplement', { planDate: '20250415', targetMonth: '000000' });
const monthSet = () => rec('userSupplement', { planDate: '00000000', targetMonth: '202505' });
const nameMonth = (actual: string, expected: string) => ({
  code: 'file.nameMonth',
  severity: 'error',
  line: 1,
  record: null,
  column: null,
  field: null,
  fieldJa: null,
  params: { actual, expected },
});

describe('利用者補足情報: the file name’s month segment agrees with No.63 対象年月 (000000 included)', () => {
  it('UPHOSOKU_000000_… with No.63 000000, and UPHOSOKU_202505_… with 202505, are clean', () => {
    expect(read('userSupplement', [planSet(), planSet()], { fileName: name('000000') }).issues).toEqual([]);
    expect(read('userSupplement', [monthSet()], { fileName: name('202505') }).issues).toEqual([]);
  });

  it('UPHOSOKU_202505_… with No.63 000000 is file.nameMonth, and the other way round', () => {
    expect(brief(read('userSupplement', [planSet()], { fileName: name('202505') }).issues)).toEqual([nameMonth('202505', '000000')]);
    expect(brief(read('userSupplement', [monthSet()], { fileName: name('000000') }).issues)).toEqual([nameMonth('000000', '202505')]);
  });
});
