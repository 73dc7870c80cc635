// The tasks of `validateMany` are sent to a busy worker ahead of time (at most 4 behind the one it reads),
// so that it goes from one file to the next without waiting for this thread; their deadlines still count
// from the call.
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { ms932 } from '../helpers/bytes.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { builds } from './harness.js';

const small = ms932(csvText([cellsOf(validRecord()), cellsOf(validRecord())]));
// About 8 MB: tens of milliseconds to validate in a worker.
const large = ms932(csvText(Array.from({ length: 50_000 }, () => cellsOf(validRecord()))));
const kind = { kind: 'table6Plan' } as const;

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('validation pool (from dist): batch tasks sent ahead', () => {
  for (const [build, m] of builds) {
    it(`${build}: a busy worker holds the next four tasks of a batch; results in order, as in-process`, async () => {
      const pool = m.createValidationPool({ size: 1 });
      closers.push(() => pool.close());
      const items = Array.from({ length: 8 }, (_, i) => ({ input: i === 0 ? large : small, options: kind }));
      const all = pool.validateMany(items);
      // Six tasks given at once (one per lane): one read, four sent ahead, one waiting here.
      expect(pool.stats).toMatchObject({ busy: 1, queued: 1 });
      const results = await all;
      expect(results).toEqual(items.map((item) => validate(item.input, kind)));
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0, replaced: 0 });
    });

    it(`${build}: a task sent ahead whose deadline passes before its worker reaches it stops with limit.deadline`, async () => {
      const pool = m.createValidationPool({ size: 1 });
      closers.push(() => pool.close());
      await pool.validate(small, kind); // the worker is up
      const [first, ...rest] = await pool.validateMany([
        { input: large, options: { ...kind, deadlineMs: 60_000 } },
        { input: small, options: { ...kind, deadlineMs: 5 } },
        { input: small, options: { ...kind, deadlineMs: 5 } },
      ]);
      expect(first).toEqual(validate(large, kind));
      for (const r of rest) {
        expect(r?.issues.map((i) => i.code)).toEqual(['limit.deadline']);
        expect(r?.truncated).toBe(true);
        expect(r?.recordCount).toBe(0);
      }
      // The next batch reads as usual.
      expect(await pool.validateMany([{ input: small, options: kind }])).toEqual([validate(small, kind)]);
    });

    it(`${build}: a task aborted while sent ahead is answered limit.aborted; the tasks behind it go on`, async () => {
      const pool = m.createValidationPool({ size: 1 });
      closers.push(() => pool.close());
      await pool.validate(small, kind); // the worker is up
      const controller = new AbortController();
      const all = pool.validateMany([
        { input: large, options: kind },
        { input: small, options: { ...kind, signal: controller.signal } },
        { input: small, options: kind },
      ]);
      controller.abort(); // while the worker reads the large file, with the second one sent to it already
      const [first, aborted, last] = await all;
      expect(first).toEqual(validate(large, kind));
      expect(aborted?.issues.map((i) => i.code)).toEqual(['limit.aborted']);
      expect(last).toEqual(validate(small, kind));
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0, replaced: 0 });
    });
  }
});
