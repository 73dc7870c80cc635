import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { normalizeParseOptions } from '../../src/options.js';
import { ReadSession } from '../../src/parse/read.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

/**
 * A file of `n` bytes that are not MS932 (0xFF), each followed by an ASCII letter (so each is a problem of
 * its own, not one run), in extra fields of 60 KiB (under the default maxRecordBytes for the sizes used).
 */
function badBytes(n: number): Uint8Array {
  const cells = cellsOf(validRecord());
  const head = ms932(csvText([cells.slice(0, 20)])).subarray(0, -2); // without the CRLF
  const field = 60 * 1024;
  const parts: number[] = [...head];
  for (let left = n; left > 0; left -= field / 2) {
    parts.push(0x2c); // each piece its own (extra) column
    for (let i = 0; i < Math.min(field / 2, left); i++) parts.push(0xff, 0x41);
  }
  parts.push(0x0d, 0x0a);
  return Uint8Array.from(parts);
}

function peak(bytes: Uint8Array, maxIssues: number): { peak: number; errors: number; listed: number } {
  const session = new ReadSession(normalizeParseOptions({ kind: 'table6Plan', maxIssues }), null);
  session.write(bytes, true);
  const r = session.end();
  return { peak: session.heldProblemsPeak, errors: r.errorCount, listed: r.issues.length };
}

describe('issues past maxIssues are counted without being built', () => {
  it('the problems held for a record of bad bytes do not grow with their number past the cap', () => {
    const small = peak(badBytes(5_000), 20);
    const large = peak(badBytes(300_000), 20);
    // At most MAX_ENCODING_ISSUES_PER_FIELD (10) per field are held; the rest are counted.
    expect(small.peak).toBeLessThanOrEqual(10);
    expect(large.peak).toBeLessThanOrEqual(10);
    // Listed: at most maxIssues and the limit.issues warning, however many problems there are.
    expect(large.listed).toBeLessThanOrEqual(21);
    // Every bad byte (each its own problem) is still counted.
    expect(large.errors - small.errors).toBe(295_000);
  });

  it('the counts are those of the uncapped read', () => {
    const bytes = badBytes(5_000);
    const capped = validate(bytes, { kind: 'table6Plan', maxIssues: 5 });
    const all = validate(bytes, { kind: 'table6Plan', maxIssues: Number.POSITIVE_INFINITY });
    expect([capped.errorCount, capped.warningCount - 1, capped.infoCount]).toEqual([all.errorCount, all.warningCount, all.infoCount]);
    expect(capped.issues.slice(0, 5)).toEqual(all.issues.slice(0, 5));
  });
});
