import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const row = (o: Record<string, unknown> = {}) => rec('table7', o);
const total = () => row({ serviceCode: '999999', providerCode: '9999999999', units: '0' });

describe('第7表 record rule: 福祉用具貸与 rows (17 / 67) need a TAISコード or a 福祉用具届出コード', () => {
  it('reports record.rentalItemCode on a normal 17/67 row with neither code', () => {
    const r = read('table7', [
      row({ serviceCode: '171001' }),
      row({ serviceCode: '671001', taisCode: '00170-000001' }),
      row({ serviceCode: '171002', welfareEquipmentCode: 'T123456' }),
      row({ serviceCode: '671002' }),
      row({ serviceCode: '17AAAA', units: '0' }),
      row({ serviceCode: '67AAAA', units: '0' }),
      total(),
    ]);
    const at = (line: number) => ({
      code: 'record.rentalItemCode',
      severity: 'error',
      line,
      record: line,
      column: null,
      field: null,
      fieldJa: null,
      params: {},
    });
    expect(brief(r.issues)).toEqual([at(1), at(4)]);
  });

  it('does not apply to subtotal rows (17AAAA) or other types', () => {
    const r = read('table7', [
      row({ serviceCode: '171001', taisCode: 'X' }),
      row({ serviceCode: '171002', taisCode: 'Y' }),
      row({ serviceCode: '17AAAA', units: '0' }),
      row({ serviceCode: '111211' }),
      total(),
    ]);
    expect(r.issues).toEqual([]);
  });
});
