import { describe, expect, it } from 'vitest';
import { parseFileName, type FileNameParts } from '../../src/filename/index.js';

/** Expected parts of one example; unset fields take the defaults below. */
type Expected = Partial<FileNameParts> & Pick<FileNameParts, 'kind' | 'prefix' | 'serial'>;

const CM = { senderOffice: '1370000001', senderServiceType: '43', receiverOffice: '1310000002', receiverServiceType: '11' };

function v4(e: Expected): FileNameParts {
  return {
    attachment: null,
    style: 'v4',
    month: null,
    branch: null,
    extension: 'CSV',
    ...CM,
    ...e,
  };
}

// The examples of the spec reference README §4.1 (第4.1版), verbatim.
const V4_EXAMPLES: ReadonlyArray<readonly [string, FileNameParts]> = [
  ['UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV', v4({ kind: 'plan1', prefix: 'UP1KYO', serial: '20250415093000' })],
  ['UP2KYO_1370000001_43_1310000002_11_20250415093000.CSV', v4({ kind: 'plan2', prefix: 'UP2KYO', serial: '20250415093000' })],
  ['UP3KYO_1370000001_43_1310000002_11_20250415093000.CSV', v4({ kind: 'plan3', prefix: 'UP3KYO', serial: '20250415093000' })],
  [
    'UPHOSOKU_000000_1370000001_43_1310000002_11_20250415093000.CSV',
    v4({ kind: 'userSupplement', prefix: 'UPHOSOKU', month: '000000', serial: '20250415093000' }),
  ],
  [
    'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV',
    v4({ kind: 'table6Plan', prefix: 'UPPLAN', month: '202505', serial: '20250425170512' }),
  ],
  [
    'UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV',
    v4({ kind: 'table7', prefix: 'UPSIKYU', month: '202505', serial: '20250425170512' }),
  ],
  [
    'UPHOSOKU_202505_1370000001_43_1310000002_11_20250425170512.CSV',
    v4({ kind: 'userSupplement', prefix: 'UPHOSOKU', month: '202505', serial: '20250425170512' }),
  ],
  ['DLT1KYO_1370000001_43_1310000002_11_20250416101500.CSV', v4({ kind: 'plan1Delete', prefix: 'DLT1KYO', serial: '20250416101500' })],
  [
    'DLTPLAN_202505_1370000001_43_1320000003_15_20250426090000.CSV',
    v4({
      kind: 'table6PlanDelete',
      prefix: 'DLTPLAN',
      month: '202505',
      receiverOffice: '1320000003',
      receiverServiceType: '15',
      serial: '20250426090000',
    }),
  ],
  [
    'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV',
    v4({
      kind: 'table6Actual',
      prefix: 'UPJSK',
      month: '202505',
      senderOffice: '1310000002',
      senderServiceType: '11',
      receiverOffice: '1370000001',
      receiverServiceType: '43',
      serial: '20250603120000',
    }),
  ],
  [
    'DLTJSK_202505_1310000002_11_1370000001_43_20250605100000.CSV',
    v4({
      kind: 'table6ActualDelete',
      prefix: 'DLTJSK',
      month: '202505',
      senderOffice: '1310000002',
      senderServiceType: '11',
      receiverOffice: '1370000001',
      receiverServiceType: '43',
      serial: '20250605100000',
    }),
  ],
  [
    'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV',
    v4({ kind: 'preventionBasicInfo', prefix: 'UPKIHON', senderServiceType: '46', receiverServiceType: 'A2', serial: '20250415093000' }),
  ],
  [
    'UPKIHON_SUB1_1370000001_46_1310000002_A2_20250415093000.CSV',
    v4({
      kind: 'preventionBasicInfoSub1',
      prefix: 'UPKIHON_SUB1',
      senderServiceType: '46',
      receiverServiceType: 'A2',
      serial: '20250415093000',
    }),
  ],
  [
    'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg',
    v4({
      kind: null,
      prefix: 'UPKIHON_IMAGE',
      attachment: 'familyImage',
      senderServiceType: '46',
      receiverServiceType: 'A2',
      serial: '20250415093000',
      branch: '0001',
      extension: 'jpg',
    }),
  ],
  [
    'UPYOBO_1370000001_46_1310000002_A6_20250415093000.CSV',
    v4({ kind: 'preventionPlan', prefix: 'UPYOBO', senderServiceType: '46', receiverServiceType: 'A6', serial: '20250415093000' }),
  ],
  [
    'UPYOBO_SUB_1370000001_46_1310000002_A6_20250415093000.CSV',
    v4({ kind: 'preventionPlanSub', prefix: 'UPYOBO_SUB', senderServiceType: '46', receiverServiceType: 'A6', serial: '20250415093000' }),
  ],
];

function v3(e: Expected): FileNameParts {
  return v4({ style: 'v3', senderServiceType: null, receiverServiceType: null, ...e });
}

// README §4.2 (第3.x, CSV 202208) patterns, filled with the §4.1 example numbers.
const V3_EXAMPLES: ReadonlyArray<readonly [string, FileNameParts]> = [
  ['UPPLAN_202505_1370000001_1310000002_20250425170512.CSV', v3({ kind: 'table6Plan', prefix: 'UPPLAN', month: '202505', serial: '20250425170512' })],
  ['UP1KYO_1370000001_1310000002_20250415093000.CSV', v3({ kind: 'plan1', prefix: 'UP1KYO', serial: '20250415093000' })],
  [
    'UPHOSOKU_000000_1370000001_1310000002_20250415093000.CSV',
    v3({ kind: 'userSupplement', prefix: 'UPHOSOKU', month: '000000', serial: '20250415093000' }),
  ],
  [
    'UPHOSOKU_202505_1370000001_1310000002_20250425170512.CSV',
    v3({ kind: 'userSupplement', prefix: 'UPHOSOKU', month: '202505', serial: '20250425170512' }),
  ],
  [
    'UPJSK_202505_1310000002_1370000001_20250603120000.CSV',
    v3({
      kind: 'table6Actual',
      prefix: 'UPJSK',
      month: '202505',
      senderOffice: '1310000002',
      receiverOffice: '1370000001',
      serial: '20250603120000',
    }),
  ],
  ['UP2KYO_1370000001_1310000002_20250415093000.CSV', v3({ kind: 'plan2', prefix: 'UP2KYO', serial: '20250415093000' })],
];

describe('README §4 example file names', () => {
  it.each(V4_EXAMPLES)('§4.1 %s', (name, parts) => {
    expect(parseFileName(name)).toEqual({ ok: true, parts, problems: [] });
  });

  it.each(V3_EXAMPLES)('§4.2 (第3.x) %s', (name, parts) => {
    expect(parseFileName(name)).toEqual({ ok: true, parts, problems: [] });
  });

  it('covers all 16 names listed in §4.1', () => {
    expect(V4_EXAMPLES).toHaveLength(16);
  });
});
