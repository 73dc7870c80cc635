// The small files of `validateMany` are sent to a busy worker ahead of time (at most 4 behind the one it
// reads), so that it goes from one file to the next without waiting for this thread; their deadlines still
// count from the call, an abort still answers them, and a replaced worker's tasks are run again.
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { ms932 } from '../helpers/bytes.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { builds } from './harness.js';

const small = ms932(csvText([cellsOf(validRecord()), cellsOf(validRecord())]));
// About 240 KB: under the 256 KiB a file sent ahead may have, and a few milliseconds to validate.
const medium = ms932(csvText(Array.from({ length: 1500 }, () => cellsOf(validRecord()))));
// About 8 MB: over that size.
const large = ms932(csvText(Array.from({ length: 50_000 }, () => cellsOf(validRecord()))));
const kind = { kind: 'table6Plan' } as const;
// No deadline of the pool's: a slow machine must not turn these results into limit.deadline.
const slow = { deadlineMs: 600_000 };

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('validation pool (from dist): batch tasks sent ahead', () => {
  it('the test files are on both sides of 256 KiB', () => {
    expect(medium.length).toBeLessThanOrEqual(256 * 1024);
    expect(medium.length).toBeGreaterThan(128 * 1024);
    expect(large.length).toBeGreaterThan(256 * 1024);
  });

  for (const [build, m] of builds) {
    it(`${build}: a busy worker holds the next four small files of a batch; results in order, as in-process`, async () => {
      const pool = m.createValidationPool({ size: 1, ...slow });
      closers.push(() => pool.close());
      const items = Array.from({ length: 8 }, (_, i) => ({ input: i % 2 === 0 ? medium : small, options: kind }));
      const all = pool.validateMany(items);
      // Six tasks given at once (one per lane): one read, four sent ahead, one waiting here.
      expect(pool.stats).toMatchObject({ busy: 1, queued: 1 });
      expect(await all).toEqual(items.map((item) => validate(item.input, kind)));
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0, replaced: 0 });
    });

    it(`${build}: nothing is sent ahead behind a file over 256 KiB`, async () => {
      const pool = m.createValidationPool({ size: 1, ...slow });
      closers.push(() => pool.close());
      const items = [{ input: large, options: kind }, ...Array.from({ length: 5 }, () => ({ input: small, options: kind }))];
      const all = pool.validateMany(items);
      expect(pool.stats).toMatchObject({ busy: 1, queued: 5 });
      expect(await all).toEqual(items.map((item) => validate(item.input, kind)));
    });

    it(`${build}: a file sent ahead whose deadline passes before its worker reaches it stops with limit.deadline`, async () => {
      const pool = m.createValidationPool({ size: 1, ...slow });
      closers.push(() => pool.close());
      await pool.validate(small, kind); // the worker is up
      const [first, ...rest] = await pool.validateMany([
        { input: medium, options: kind },
        { input: small, options: { ...kind, deadlineMs: 1 } },
        { input: small, options: { ...kind, deadlineMs: 1 } },
      ]);
      expect(first).toEqual(validate(medium, kind));
      for (const r of rest) {
        expect(r?.issues.map((i) => i.code)).toEqual(['limit.deadline']);
        expect(r?.truncated).toBe(true);
        expect(r?.recordCount).toBe(0);
      }
      // The next batch reads as usual.
      expect(await pool.validateMany([{ input: small, options: kind }])).toEqual([validate(small, kind)]);
    });

    it(`${build}: a file aborted while sent ahead is answered limit.aborted; the files behind it go on`, async () => {
      const pool = m.createValidationPool({ size: 1, ...slow });
      closers.push(() => pool.close());
      await pool.validate(small, kind); // the worker is up
      const controller = new AbortController();
      const all = pool.validateMany([
        { input: medium, options: kind },
        { input: small, options: { ...kind, signal: controller.signal } },
        { input: small, options: kind },
      ]);
      controller.abort(); // before the worker has read the first file, with the second one sent to it already
      const [first, aborted, last] = await all;
      expect(first).toEqual(validate(medium, kind));
      expect(aborted?.issues.map((i) => i.code)).toEqual(['limit.aborted']);
      expect(last).toEqual(validate(small, kind));
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0, replaced: 0 });
    });

    it(`${build}: the files sent ahead to a worker that is replaced are answered too`, async () => {
      const pool = m.createValidationPool({ size: 1, ...slow });
      closers.push(() => pool.close());
      await pool.validate(small, kind); // the worker is up
      // One signal for all: its abort cuts the worker reading the first file and answers the rest, which
      // come back from the replaced worker to the queue.
      const controller = new AbortController();
      const items = Array.from({ length: 6 }, () => ({ input: medium, options: { ...kind, signal: controller.signal } }));
      const all = pool.validateMany(items);
      controller.abort();
      const results = await all;
      for (const r of results) expect(r.issues.map((i) => i.code)).toEqual(['limit.aborted']);
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0, replaced: 1 });
      expect(await pool.validateMany([{ input: small, options: kind }])).toEqual([validate(small, kind)]);
    });
  }
});
