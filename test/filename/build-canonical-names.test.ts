import { describe, expect, it } from 'vitest';
import { buildFileName, type BuildFileNameInput } from '../../src/filename/index.js';

const CM = { senderOffice: '1370000001', senderServiceType: '43', receiverOffice: '1310000002', receiverServiceType: '11' };

describe('buildFileName writes the canonical names of README §4', () => {
  it.each<readonly [BuildFileNameInput, string]>([
    [{ kind: 'plan1', ...CM, serial: '20250415093000' }, 'UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV'],
    [{ kind: 'plan3', ...CM, serial: '20250415093000' }, 'UP3KYO_1370000001_43_1310000002_11_20250415093000.CSV'],
    [{ kind: 'userSupplement', month: '000000', ...CM, serial: '20250415093000' }, 'UPHOSOKU_000000_1370000001_43_1310000002_11_20250415093000.CSV'],
    [{ kind: 'table6Plan', month: '202505', ...CM, serial: '20250425170512' }, 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'],
    [
      {
        kind: 'table6Actual',
        month: '202505',
        senderOffice: '1310000002',
        senderServiceType: '11',
        receiverOffice: '1370000001',
        receiverServiceType: '43',
        serial: '20250603120000',
      },
      'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV',
    ],
    [
      { kind: 'preventionPlanSub', ...CM, senderServiceType: '46', receiverServiceType: 'A6', serial: '20250415093000' },
      'UPYOBO_SUB_1370000001_46_1310000002_A6_20250415093000.CSV',
    ],
    [
      { attachment: 'familyImage', ...CM, senderServiceType: '46', receiverServiceType: 'A2', serial: '20250415093000', branch: '0001' },
      'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg',
    ],
    [
      { kind: 'table6Plan', style: 'v3', month: '202505', senderOffice: '1370000001', receiverOffice: '1310000002', serial: '20250425170512' },
      'UPPLAN_202505_1370000001_1310000002_20250425170512.CSV',
    ],
    [
      { kind: 'plan1', style: 'v3', senderOffice: '1370000001', receiverOffice: '1310000002', serial: '20250415093000' },
      'UP1KYO_1370000001_1310000002_20250415093000.CSV',
    ],
  ])('%o → %s', (input, name) => {
    expect(buildFileName(input)).toBe(name);
  });

  it('defaults to the v4 style', () => {
    const input = { kind: 'plan2', ...CM, serial: '20250415093000' } as const;
    expect(buildFileName(input)).toBe(buildFileName({ ...input, style: 'v4' }));
  });

  it('ignores the prefix and extension of parsed parts (writes the spec forms)', () => {
    const parts = {
      kind: 'plan2',
      prefix: 'UP2KYO',
      attachment: null,
      style: 'v4',
      month: null,
      ...CM,
      serial: '20250415093000',
      branch: null,
      extension: 'csv',
    } as const;
    expect(buildFileName(parts)).toBe('UP2KYO_1370000001_43_1310000002_11_20250415093000.CSV');
  });
});
