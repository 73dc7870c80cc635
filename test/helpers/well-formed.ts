import { expect } from 'vitest';
import { ISSUE_CODES, isIssueCode } from '../../src/issues/codes.js';
import type { Issue } from '../../src/issues/types.js';

/**
 * Asserts what every issue list must satisfy whatever the input: known codes with their catalogue
 * severity, a non-empty message, locations in range, no value unless asked for, and counts that match
 * (with the issues an `encoding.moreInField` sums up).
 */
export function expectWellFormed(
  r: { issues: readonly Issue[]; errorCount: number; warningCount: number; infoCount?: number; ok: boolean },
  limits: { records?: number; bytes?: number; columns?: number } = {},
): void {
  let errors = 0;
  let infos = 0;
  for (const i of r.issues) {
    expect(isIssueCode(i.code), i.code).toBe(true);
    expect(i.severity).toBe(ISSUE_CODES[i.code]);
    expect(i.message.length).toBeGreaterThan(0);
    expect(i.value).toBeUndefined();
    if (i.line !== null) expect(i.line).toBeGreaterThanOrEqual(1);
    if (i.record !== null) {
      expect(i.record).toBeGreaterThanOrEqual(1);
      if (limits.records !== undefined) expect(i.record).toBeLessThanOrEqual(limits.records);
    }
    if (i.column !== null) {
      expect(i.column).toBeGreaterThanOrEqual(1);
      if (limits.columns !== undefined) expect(i.column).toBeLessThanOrEqual(limits.columns);
    }
    if (i.byteOffset !== null && limits.bytes !== undefined) {
      expect(i.byteOffset).toBeGreaterThanOrEqual(0);
      expect(i.byteOffset).toBeLessThanOrEqual(limits.bytes);
    }
    if (i.fieldJa !== null) expect(i.field).not.toBeNull();
    if (i.severity === 'error') errors++;
    if (i.severity === 'info') infos++;
  }
  // encoding.moreInField sums up issues of its field that are counted but not listed.
  const unlisted = r.issues.reduce((n, i) => n + (i.code === 'encoding.moreInField' ? Number(i.params.actual) : 0), 0);
  if (unlisted === 0) {
    expect(r.errorCount).toBe(errors);
    expect(r.warningCount).toBe(r.issues.length - errors - infos);
  } else {
    expect(r.errorCount).toBeGreaterThanOrEqual(errors);
    expect(r.errorCount + r.warningCount).toBe(r.issues.length - infos + unlisted);
  }
  // Results of reading count infos; the serializer's and the units' results have none.
  expect(r.infoCount ?? 0).toBe(infos);
  expect(r.ok).toBe(r.errorCount === 0);
}
