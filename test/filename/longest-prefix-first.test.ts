import { describe, expect, it } from 'vitest';
import { kindFromFileName, parseFileName } from '../../src/filename/index.js';

const TAIL = '1370000001_46_1310000002_A2_20250415093000';

/** `name` is read as no kind, with the one problem `code` about its prefix. */
function expectNoKind(name: string, code: 'unknownPrefix' | 'prefixCase'): void {
  expect(parseFileName(name)).toEqual({
    ok: false,
    kind: null,
    prefix: null,
    parts: null,
    problems: [{ code, severity: 'error', segment: 'prefix' }],
  });
  expect(kindFromFileName(name)).toBeNull();
}

describe('prefixes are matched longest first and must end at "_" + digit', () => {
  it.each([
    [`UPKIHON_SUB1_${TAIL}.CSV`, 'preventionBasicInfoSub1', 'UPKIHON_SUB1'],
    [`UPKIHON_SUB2_${TAIL}.CSV`, 'preventionBasicInfoSub2', 'UPKIHON_SUB2'],
    [`UPKIHON_${TAIL}.CSV`, 'preventionBasicInfo', 'UPKIHON'],
    [`UPKIHON_IMAGE_${TAIL}_0001.jpg`, null, 'UPKIHON_IMAGE'],
    [`UPYOBO_SUB_${TAIL}.CSV`, 'preventionPlanSub', 'UPYOBO_SUB'],
    [`UPYOBO_${TAIL}.CSV`, 'preventionPlan', 'UPYOBO'],
    [`DLTKIHON_${TAIL}.CSV`, 'preventionBasicInfoDelete', 'DLTKIHON'],
    [`DLTYOBO_${TAIL}.CSV`, 'preventionPlanDelete', 'DLTYOBO'],
  ] as const)('%s → %s', (name, kind, prefix) => {
    const result = parseFileName(name);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.parts.kind).toBe(kind);
      expect(result.parts.prefix).toBe(prefix);
    }
    expect(kindFromFileName(name)).toBe(kind);
  });

  it.each([
    `UPKIHONX_${TAIL}.CSV`,
    `UPKIHON${TAIL}.CSV`,
    `UPKIHON_SUB3_${TAIL}.CSV`,
    `UPKIHON_IMAGEX_${TAIL}_0001.jpg`,
    `UPYOBO_SUBX_${TAIL}.CSV`,
    `UPPLANS_202505_${TAIL}.CSV`,
    `XUPPLAN_202505_${TAIL}.CSV`,
    `UPKıHON_${TAIL}.CSV`, // a dotless ı upper-cases to I, but is no letter of a prefix
    `UPſIKYU_202505_${TAIL}.CSV`,
    '',
    'README.md',
  ])('%j has no known prefix', (name) => expectNoKind(name, 'unknownPrefix'));

  it.each([`upplan_202505_${TAIL}.CSV`, `Upkihon_sub1_${TAIL}.CSV`, `upkihon_image_${TAIL}_0001.jpg`])(
    '%j: a spec prefix in other letter case is not read as its kind either, and the problem says why',
    (name) => expectNoKind(name, 'prefixCase'),
  );

  it('does not read UPKIHON_SUB1 as UPKIHON with a bad first segment', () => {
    const result = parseFileName(`UPKIHON_SUB1_${TAIL}.CSV`);
    expect(result).toMatchObject({ ok: true, parts: { kind: 'preventionBasicInfoSub1', senderOffice: '1370000001' } });
  });
});
