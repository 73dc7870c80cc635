import { afterEach, describe, expect, it, vi } from 'vitest';
import { validate } from '../../src/api.js';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

// About 400 KiB of valid records: several looks at the clock (one per 64 KiB).
const rows = Array.from({ length: 2000 }, () => cellsOf(validRecord()));
const bytes = ms932(csvText(rows));

afterEach(() => {
  vi.restoreAllMocks();
});

/** A clock that moves one second at each look. */
function tickingClock(): void {
  let t = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 1000));
}

describe('limit: deadlineMs in the synchronous parse / validate (limit.deadline)', () => {
  it('stops between records once the deadline has passed: truncated, with a clear error, no throw', () => {
    tickingClock();
    const r = parsePlan(bytes, { deadlineMs: 2500 });
    const stop = r.issues.at(-1)!;
    expect(stop.code).toBe('limit.deadline');
    expect([stop.severity, stop.params]).toEqual(['error', { expected: 2500 }]);
    expect(stop.byteOffset).toBeGreaterThanOrEqual(64 * 1024);
    expect(r.recordCount).toBeGreaterThan(0);
    expect(r.recordCount).toBeLessThan(rows.length);
    expect(r.records).toHaveLength(r.recordCount);
    expect([r.truncated, r.ok]).toEqual([true, false]);
  });

  it('a deadline not reached changes nothing', () => {
    expect(parsePlan(bytes, { deadlineMs: 60_000 })).toEqual(parsePlan(bytes));
    expect(validate(bytes, { kind: 'table6Plan', deadlineMs: Number.POSITIVE_INFINITY })).toEqual(validate(bytes, { kind: 'table6Plan' }));
  });
});

describe('limit: an aborted signal in the synchronous parse / validate (limit.aborted)', () => {
  it('reads nothing when the signal is aborted before the call (no file.empty)', () => {
    const r = validate(bytes, { kind: 'table6Plan', signal: AbortSignal.abort() });
    expect(r.issues.map((i) => [i.code, i.line, i.byteOffset])).toEqual([['limit.aborted', 1, 0]]);
    expect([r.recordCount, r.truncated, r.ok]).toEqual([0, true, false]);
  });

  it('a signal not aborted changes nothing', () => {
    expect(parsePlan(bytes, { signal: new AbortController().signal })).toEqual(parsePlan(bytes));
  });
});
