import { describe, expect, it } from 'vitest';
import { buildFileName, type BuildFileNameInput } from '../../src/filename/index.js';

const OK = {
  kind: 'table6Plan',
  month: '202505',
  senderOffice: '1370000001',
  senderServiceType: '43',
  receiverOffice: '1310000002',
  receiverServiceType: '11',
  serial: '20250425170512',
} as const satisfies BuildFileNameInput;

const IMAGE = {
  attachment: 'familyImage',
  senderOffice: '1370000001',
  senderServiceType: '46',
  receiverOffice: '1310000002',
  receiverServiceType: 'A2',
  serial: '20250415093000',
  branch: '0001',
} as const satisfies BuildFileNameInput;

/** Casts deliberately wrong input past the type checker, as a JavaScript caller could pass it. */
const loose = (v: unknown): BuildFileNameInput => v as BuildFileNameInput;

describe('buildFileName throws a TypeError with a clear message on misuse', () => {
  it('accepts the reference inputs', () => {
    expect(buildFileName(OK)).toBe('UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    expect(buildFileName(IMAGE)).toBe('UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg');
  });

  it.each<readonly [string, unknown, RegExp]>([
    ['not an object', 'UPPLAN', /expected an object/],
    ['null', null, /expected an object/],
    ['unknown kind', { ...OK, kind: 'plan9' }, /unknown kind/],
    ['neither kind nor attachment', { ...OK, kind: undefined }, /exactly one of kind and attachment/],
    ['both kind and attachment', { ...IMAGE, kind: 'preventionBasicInfo' }, /exactly one of kind and attachment/],
    ['unknown attachment', { ...IMAGE, attachment: 'photo' }, /attachment must be 'familyImage'/],
    ['unknown style', { ...OK, style: 'v5' }, /style must be 'v4' or 'v3'/],
    [
      'v3 for UP3KYO',
      { ...OK, kind: 'plan3', month: null, style: 'v3', senderServiceType: null, receiverServiceType: null },
      /UP3KYO did not exist in 第3\.x/,
    ],
    ['v3 for the image', { ...IMAGE, style: 'v3', senderServiceType: null, receiverServiceType: null }, /UPKIHON_IMAGE did not exist/],
    ['missing month', { ...OK, month: undefined }, /month must be YYYYMM/],
    ['month 13', { ...OK, month: '202513' }, /month must be YYYYMM, got a string of length 6/],
    ['000000 outside UPHOSOKU', { ...OK, month: '000000' }, /month must be YYYYMM/],
    ['month on a kind without one', { ...OK, kind: 'plan1' }, /month must not be set for UP1KYO/],
    ['9-digit office', { ...OK, senderOffice: '137000001' }, /senderOffice must be 10 digits, got a string of length 9/],
    ['numeric office', { ...OK, receiverOffice: 1310000002 }, /receiverOffice must be 10 digits, got number/],
    ['missing service type in v4', { ...OK, senderServiceType: undefined }, /senderServiceType must be 2 of \[0-9A-Z\]/],
    ['lower-case service type', { ...OK, receiverServiceType: 'a2' }, /receiverServiceType must be 2 of/],
    ['service type in v3', { ...OK, style: 'v3', receiverServiceType: null }, /senderServiceType must not be set in style 'v3'/],
    ['15-digit serial', { ...OK, serial: '202504251705120' }, /serial must be a real date-time/],
    ['impossible serial', { ...OK, serial: '20250230120000' }, /serial must be a real date-time/],
    ['missing branch of the image', { ...IMAGE, branch: undefined }, /branch must be 4 digits/],
    ['branch on a CSV file', { ...OK, branch: '0001' }, /branch must not be set for CSV files/],
  ])('%s', (_label, input, message) => {
    expect(() => buildFileName(loose(input))).toThrow(TypeError);
    expect(() => buildFileName(loose(input))).toThrow(message);
  });

  it('accepts null for the segments a kind or style does not have', () => {
    expect(buildFileName({ ...OK, kind: 'plan1', month: null, branch: null })).toBe('UP1KYO_1370000001_43_1310000002_11_20250425170512.CSV');
    expect(buildFileName({ ...OK, style: 'v3', senderServiceType: null, receiverServiceType: null })).toBe(
      'UPPLAN_202505_1370000001_1310000002_20250425170512.CSV',
    );
  });

  it('never echoes segment values in its messages', () => {
    try {
      buildFileName({ ...OK, senderOffice: '9876543' });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).not.toContain('9876543');
    }
  });
});
