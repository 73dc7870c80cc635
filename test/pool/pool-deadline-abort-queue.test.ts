import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { builds } from './harness.js';

const one = ms932(csvText([cellsOf(validRecord())]));
// About 20 MB of records: long enough to be still running when the tests below act.
const big = new Uint8Array(one.length * 80_000);
for (let i = 0; i < 80_000; i++) big.set(one, i * one.length);

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('validation pool (from dist): deadlines, aborts and a bounded queue', () => {
  for (const [build, m] of builds) {
    it(`${build}: a stalled upload ends at the deadline with limit.deadline and is released`, async () => {
      const pool = m.createValidationPool({ size: 1, deadlineMs: 50 });
      closers.push(() => pool.close());
      const upload = new Readable({ read() {} });
      upload.push(one);
      const r = await pool.validate(upload, { kind: 'table6Plan' });
      expect(r.issues.map((i) => i.code)).toEqual(['limit.deadline']);
      expect([r.truncated, r.ok]).toEqual([true, false]);
      expect(upload.destroyed).toBe(true);
    });

    it(`${build}: an abort while a worker runs terminates and replaces it; the pool goes on`, async () => {
      const pool = m.createValidationPool({ size: 1, deadlineMs: 60_000 });
      closers.push(() => pool.close());
      const ac = new AbortController();
      const running = pool.validate(big, { kind: 'table6Plan', signal: ac.signal });
      setTimeout(() => ac.abort(), 5);
      const r = await running;
      expect(r.issues.map((i) => i.code)).toEqual(['limit.aborted']);
      expect(pool.stats.replaced).toBe(1);
      expect(await pool.validate(one, { kind: 'table6Plan' })).toEqual(validate(one, { kind: 'table6Plan' }));
    });

    it(`${build}: a worker that does not answer by its deadline is terminated and replaced`, async () => {
      // No grace: the pool's timer (from the dispatch) fires before the worker, whose own deadline counts
      // from when it starts reading, can stop itself.
      const pool = m.createValidationPool({ size: 1, deadlineMs: 50, graceMs: 0 });
      closers.push(() => pool.close());
      const r = await pool.validate(big, { kind: 'table6Plan' });
      expect(r.issues.map((i) => i.code)).toEqual(['limit.deadline']);
      expect(r.truncated).toBe(true);
      expect(pool.stats.replaced).toBe(1);
      expect(await pool.validate(one, { kind: 'table6Plan', deadlineMs: 60_000 })).toEqual(validate(one, { kind: 'table6Plan' }));
    });

    it(`${build}: the deadline stops a long file in its worker (limit.deadline, truncated)`, async () => {
      const pool = m.createValidationPool({ size: 1, deadlineMs: 1 });
      closers.push(() => pool.close());
      const r = await pool.validate(big, { kind: 'table6Plan' });
      expect(r.issues.at(-1)?.code).toBe('limit.deadline');
      expect(r.truncated).toBe(true);
      expect(r.recordCount).toBeLessThan(80_000);
    });

    it(`${build}: a full queue rejects at once with PoolQueueFullError`, async () => {
      const pool = m.createValidationPool({ size: 1, maxQueue: 1, deadlineMs: 60_000 });
      closers.push(() => pool.close());
      const first = pool.validate(big, { kind: 'table6Plan' });
      const second = pool.validate(one, { kind: 'table6Plan' });
      const third = pool.validate(one, { kind: 'table6Plan' });
      await expect(third).rejects.toBeInstanceOf(m.PoolQueueFullError);
      await expect(third).rejects.toMatchObject({ code: 'ERR_CAREPLAN_POOL_QUEUE_FULL' });
      expect((await first).recordCount).toBe(80_000);
      expect((await second).ok).toBe(true);
    });

    it(`${build}: misuse throws a TypeError`, async () => {
      expect(() => m.createValidationPool({ size: 0 })).toThrow(TypeError);
      const pool = m.createValidationPool({ size: 1 });
      closers.push(() => pool.close());
      await expect(pool.validate(one, { maxErrors: 0 })).rejects.toBeInstanceOf(TypeError);
    });
  }
});
