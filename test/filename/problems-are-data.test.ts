import { describe, expect, it } from 'vitest';
import { FILE_NAME_PROBLEM_CODES, parseFileName } from '../../src/filename/index.js';

const BAD = [
  'UPPLAN_202513_1370000009_43_1310000008_1_2025042517051.csv',
  'UPKIHON_IMAGE_202505_1370000009_46_1310000008_A2_20250415093000_01.jpeg',
  'UP1KYO_1370000009_1310000008_99999999999999.CSV',
  'UPKIHON_1370000009_1310000008_20250415093000.Csv',
  'nothing.txt',
];

describe('problems are plain data', () => {
  it.each(BAD)('%s: problems carry only code, severity and segment', (name) => {
    const { problems } = parseFileName(name);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(Object.keys(p).every((k) => ['code', 'severity', 'segment'].includes(k))).toBe(true);
      expect(p.severity).toBe(FILE_NAME_PROBLEM_CODES[p.code]);
    }
    // JSON round trip keeps them; the name and its office numbers are never echoed.
    const json = JSON.stringify(problems);
    expect(JSON.parse(json)).toEqual(problems);
    expect(json).not.toContain('1370000009');
    expect(json).not.toContain(name);
  });

  it('has exactly one warning-level code', () => {
    const warnings = Object.entries(FILE_NAME_PROBLEM_CODES)
      .filter(([, s]) => s === 'warning')
      .map(([c]) => c);
    expect(warnings).toEqual(['extensionCase']);
  });

  it('returns fresh problem objects on every call', () => {
    const a = parseFileName('nothing.txt').problems;
    const b = parseFileName('nothing.txt').problems;
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(b[0]);
  });
});
