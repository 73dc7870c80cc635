import { describe, expect, it } from 'vitest';
import { parseFileName, type FileNameProblem } from '../../src/filename/index.js';

function err(code: FileNameProblem['code'], segment?: FileNameProblem['segment']): FileNameProblem {
  return segment === undefined ? { code, severity: 'error' } : { code, severity: 'error', segment };
}

describe('malformed names are refused with the right problem', () => {
  it.each([
    // The spec text's own faulty examples (README §12): 9-digit office numbers, 15-digit 連番.
    ['9-digit sender office', 'UP1KYO_137000001_43_1310000002_11_20250415093000.CSV', [err('badOfficeNumber', 'senderOffice')]],
    ['9-digit receiver office', 'UP1KYO_1370000001_43_131000002_11_20250415093000.CSV', [err('badOfficeNumber', 'receiverOffice')]],
    [
      '9-digit offices and 15-digit serial together',
      'UPPLAN_202505_137000001_43_131000002_11_202504251705120.CSV',
      [err('badOfficeNumber', 'senderOffice'), err('badOfficeNumber', 'receiverOffice'), err('badSerial', 'serial')],
    ],
    ['15-digit serial', 'UP1KYO_1370000001_43_1310000002_11_202504150930001.CSV', [err('badSerial', 'serial')]],
    ['13-digit serial', 'UP1KYO_1370000001_43_1310000002_11_2025041509300.CSV', [err('badSerial', 'serial')]],
    ['lower-case service type', 'UPKIHON_1370000001_46_1310000002_a2_20250415093000.CSV', [err('badServiceType', 'receiverServiceType')]],
    [
      '3-digit service type (the 第4.0版 サービスコード form)',
      'UP1KYO_1370000001_431_1310000002_11_20250415093000.CSV',
      [err('badServiceType', 'senderServiceType')],
    ],
    ['non-digit office number', 'UP1KYO_13700000X1_43_1310000002_11_20250415093000.CSV', [err('badOfficeNumber', 'senderOffice')]],
    ['3-digit branch', 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_001.jpg', [err('badBranch', 'branch')]],
    ['month segment 5 digits', 'UPPLAN_20255_1370000001_43_1310000002_11_20250425170512.CSV', [err('badMonth', 'month')]],
    // Missing segments.
    ['missing receiver service type', 'UP1KYO_1370000001_43_1310000002_20250415093000.CSV', [err('badShape')]],
    ['missing serial', 'UP1KYO_1370000001_43_1310000002_11.CSV', [err('badShape')]],
    ['missing month of UPPLAN', 'UPPLAN_1370000001_43_1310000002_11_20250425170512.CSV', [err('missingMonth', 'month')]],
    ['missing month of a v3 UPJSK', 'UPJSK_1310000002_1370000001_20250603120000.CSV', [err('missingMonth', 'month')]],
    ['UPPLAN missing a service type (month present)', 'UPPLAN_202505_1370000001_1310000002_11_20250425170512.CSV', [err('badShape')]],
    ['image without branch', 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000.jpg', [err('badShape')]],
    // Month segment on a kind without one (the spec's own §3.4 example writes UPKIHON_000000_…).
    ['UPKIHON_000000_…', 'UPKIHON_000000_1370000001_46_1310000002_A2_20250415093000.CSV', [err('monthNotForKind', 'month')]],
    ['UP1KYO with a month', 'UP1KYO_202505_1370000001_43_1310000002_11_20250415093000.CSV', [err('monthNotForKind', 'month')]],
    ['v3 UP2KYO with a month', 'UP2KYO_202505_1370000001_1310000002_20250415093000.CSV', [err('monthNotForKind', 'month')]],
    ['image with a month', 'UPKIHON_IMAGE_202505_1370000001_46_1310000002_A2_20250415093000_0001.jpg', [err('monthNotForKind', 'month')]],
    // Separators.
    ['doubled separator', 'UP1KYO_1370000001__43_1310000002_11_20250415093000.CSV', [err('badShape')]],
    ['hyphen separators', 'UP1KYO_1370000001-43-1310000002-11-20250415093000.CSV', [err('badShape')]],
    ['extra trailing segment', 'UP1KYO_1370000001_43_1310000002_11_20250415093000_1.CSV', [err('badShape')]],
  ] as const)('%s', (_label, name, problems) => {
    const result = parseFileName(name);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(problems);
    if (!result.ok) expect(result.parts).toBeNull();
  });

  it('still names the kind recognised from the prefix', () => {
    expect(parseFileName('UPPLAN_202505_137000001_43_1310000002_11_20250425170512.CSV')).toMatchObject({
      ok: false,
      kind: 'table6Plan',
      prefix: 'UPPLAN',
      parts: null,
    });
    expect(parseFileName('UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_01.jpg')).toMatchObject({
      ok: false,
      kind: null,
      prefix: 'UPKIHON_IMAGE',
    });
  });

  it('reports a bad extension together with segment problems, extension last', () => {
    expect(parseFileName('UP1KYO_137000001_43_1310000002_11_20250415093000.txt').problems).toEqual([
      err('badOfficeNumber', 'senderOffice'),
      err('badExtension', 'extension'),
    ]);
  });
});
