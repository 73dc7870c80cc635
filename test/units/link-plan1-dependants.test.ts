import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, PLAN_SET, sample } from './fixtures.js';

const others = (except: string) => PLAN_SET.filter((p) => p !== except).map(sample);

describe('1表 → 2表 / 3表 / 利用者補足情報 by 保険者番号 + 被保険者番号 + 居宅サービス計画作成（変更）日', () => {
  it('2表 records whose plan date matches no 1表: one error at the first of them, naming the 1表', () => {
    const plan2 = edited('UP2KYO', (rs) => rs.map((r) => ({ ...r, planDate: '20250416' })));
    const r = validateUnits([...others('UP2KYO'), plan2]);
    const issues = r.units[0]?.issues ?? [];
    expect(issues.map((i) => [i.code, i.severity, i.file, i.line, i.record, i.params])).toEqual([
      ['link.masterMissing', 'error', plan2.name, 1, 1, { expected: 'UP1KYO', actual: 4, detail: 'planDate' }],
      ['link.dependantMissing', 'warning', 'UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV', 1, 1, { expected: 'UP2KYO', detail: 'planDate' }],
    ]);
    expect(issues[0]?.related).toEqual({ file: 'UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV', line: null, record: null });
    expect(issues[1]?.related).toEqual({ file: plan2.name, line: null, record: null });
    expect(issues[0]?.message).toBe(
      'このレコードのキー（保険者番号・被保険者番号・計画作成（変更）日）に一致する UP1KYO のレコードが送信単位にありません（このキーのレコード 4 件）。',
    );
  });

  it('a 3表 of another user', () => {
    const plan3 = edited('UP3KYO', (rs) => rs.map((r, i) => (i === 2 ? { ...r, insuredNumber: '0000999999' } : r)));
    const r = validateUnits([...others('UP3KYO'), plan3]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.file, i.record])).toEqual([['link.masterMissing', plan3.name, 3]]);
  });

  it("an UPHOSOKU (対象年月 000000) whose 居宅サービス計画作成（変更）日 is not the 1表's", () => {
    const sup = edited('UPHOSOKU_000000', (rs) => rs.map((r) => ({ ...r, planDate: '20250401' })));
    const r = validateUnits([...others('UPHOSOKU_000000'), sup]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.file])).toEqual([
      ['link.masterMissing', sup.name],
      ['link.dependantMissing', 'UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV'],
    ]);
  });

  it('English messages with locale en', () => {
    const plan2 = edited('UP2KYO', (rs) => rs.map((r) => ({ ...r, planDate: '20250416' })));
    const r = validateUnits([...others('UP2KYO'), plan2], { locale: 'en' });
    expect(r.units[0]?.issues[0]?.message).toBe(
      "No UP1KYO record of the send unit has this record's key (保険者番号 + 被保険者番号 + 計画作成（変更）日); 4 record(s) have this key.",
    );
  });
});
