import { describe, expect, it } from 'vitest';
import { parseFileName } from '../../src/filename/index.js';

const CSV_STEM = 'UP1KYO_1370000001_43_1310000002_11_20250415093000';
const IMG_STEM = 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001';

const caseWarning = { code: 'extensionCase', severity: 'warning', segment: 'extension' };
const badExtension = { code: 'badExtension', severity: 'error', segment: 'extension' };

describe('extensions are matched case-insensitively', () => {
  it('accepts .CSV without problems', () => {
    expect(parseFileName(`${CSV_STEM}.CSV`)).toMatchObject({ ok: true, problems: [], parts: { extension: 'CSV' } });
  });

  it.each(['csv', 'Csv', 'cSV'])('accepts .%s with the warning extensionCase and keeps it as written', (ext) => {
    expect(parseFileName(`${CSV_STEM}.${ext}`)).toMatchObject({ ok: true, problems: [caseWarning], parts: { extension: ext } });
  });

  it.each(['jpg', 'JPG'])('accepts the image as .%s without problems (the spec writes .jpg; fields.json also allows JPG)', (ext) => {
    expect(parseFileName(`${IMG_STEM}.${ext}`)).toMatchObject({ ok: true, problems: [], parts: { extension: ext } });
  });

  it.each(['Jpg', 'jPG'])('accepts the image as .%s with the warning extensionCase', (ext) => {
    expect(parseFileName(`${IMG_STEM}.${ext}`)).toMatchObject({ ok: true, problems: [caseWarning] });
  });

  it.each([
    [`${CSV_STEM}.txt`],
    [`${CSV_STEM}.jpg`],
    [`${CSV_STEM}`],
    [`${CSV_STEM}.`],
    [`${IMG_STEM}.jpeg`],
    [`${IMG_STEM}.JPEG`],
    [`${IMG_STEM}.CSV`],
    [`${IMG_STEM}.png`],
  ])('refuses %s with badExtension', (name) => {
    const result = parseFileName(name);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([badExtension]);
  });

  it('reads the extension after the last dot (a .CSV.bak copy is refused)', () => {
    const result = parseFileName(`${CSV_STEM}.CSV.bak`);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(badExtension);
  });
});
