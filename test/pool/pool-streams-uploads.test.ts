import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { ms932 } from '../helpers/bytes.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { builds } from './harness.js';

const one = ms932(csvText([cellsOf(validRecord())]));
/** `n` copies of one record: a file of n records. */
function records(n: number): Uint8Array {
  const out = new Uint8Array(one.length * n);
  for (let i = 0; i < n; i++) out.set(one, i * one.length);
  return out;
}
// Over the 256 KiB gathered whole: these are streamed to the worker.
const large = records(4000);
const withErrors = large.slice();
for (let at = 1000; at < withErrors.length; at += 7919) withErrors[at] = 0xff;

/** A stream of `bytes` in pieces of `size` bytes, and how many bytes it has given so far. */
function pieces(bytes: Uint8Array, size: number) {
  const state = { given: 0 };
  let at = 0;
  const stream = new Readable({
    read() {
      if (at >= bytes.length) {
        this.push(null);
        return;
      }
      const piece = bytes.slice(at, at + size);
      at += piece.length;
      state.given = at;
      this.push(piece);
    },
  });
  return { stream, state };
}

/** An upload that sends `bytes` and then fails (a client that hung up). */
async function* cutShort(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes.slice(0, 200_000);
  yield bytes.slice(200_000, 400_000);
  throw Object.assign(new Error('the upload was cut short'), { code: 'ECONNRESET' });
}

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('validation pool (from dist): uploads streamed to the worker', () => {
  for (const [build, m] of builds) {
    it(`${build}: a streamed upload gives the result of in-process validate, however it is cut`, async () => {
      expect(large.length).toBeGreaterThan(256 * 1024);
      const pool = m.createValidationPool({ size: 2, deadlineMs: 60_000 });
      closers.push(() => pool.close());
      const cases = [
        [large, { kind: 'table6Plan' }],
        [withErrors, { kind: 'table6Plan' }],
        [withErrors, { kind: 'table6Plan', maxErrors: 3 }],
        [withErrors, { kind: 'table6Plan', maxIssues: 5 }],
        [large, { kind: 'table6Plan', maxFileBytes: 300_000 }],
      ] as const;
      for (const [bytes, options] of cases) {
        const expected = validate(bytes, options);
        for (const size of [1000, 65_536, 300_000]) {
          expect(await pool.validate(pieces(bytes, size).stream, options)).toEqual(expected);
        }
      }
    });

    it(`${build}: the source is read no faster than the worker reads it, and released at a limit`, async () => {
      const pool = m.createValidationPool({ size: 1, deadlineMs: 60_000 });
      closers.push(() => pool.close());
      // A file full of bad bytes stopped after 3 errors: the rest of its 8 MB and more is never read.
      const bad = records(Math.ceil((8 * 2 ** 20) / one.length));
      for (let at = 100; at < bad.length; at += 997) bad[at] = 0xff;
      const { stream, state } = pieces(bad, 65_536);
      const r = await pool.validate(stream, { kind: 'table6Plan', maxErrors: 3 });
      expect(r.issues.at(-1)?.code).toBe('limit.errors');
      expect(state.given).toBeLessThan(2 * 2 ** 20);
      await new Promise((resolve) => setImmediate(resolve));
      expect(stream.destroyed).toBe(true);
    });

    it(`${build}: an upload that fails releases its worker (not replaced), and the pool goes on`, async () => {
      const pool = m.createValidationPool({ size: 1, deadlineMs: 60_000 });
      closers.push(() => pool.close());
      for (let i = 0; i < 20; i++) {
        await expect(pool.validate(cutShort(large), { kind: 'table6Plan' })).rejects.toMatchObject({ code: 'ECONNRESET' });
      }
      expect(await pool.validate(pieces(large, 65_536).stream, { kind: 'table6Plan' })).toEqual(validate(large, { kind: 'table6Plan' }));
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0, replaced: 0 });
    });

    it(`${build}: an upload that stalls once streaming ends at the deadline (limit.deadline) and is released`, async () => {
      const pool = m.createValidationPool({ size: 1, deadlineMs: 200 });
      closers.push(() => pool.close());
      const upload = new Readable({ read() {} });
      upload.push(large.slice(0, 400_000)); // then nothing more
      const r = await pool.validate(upload, { kind: 'table6Plan' });
      expect(r.issues.at(-1)?.code).toBe('limit.deadline');
      expect(r.truncated).toBe(true);
      expect(r.recordCount).toBeGreaterThan(0); // what had come was read
      expect(upload.destroyed).toBe(true);
      expect(await pool.validate(one, { kind: 'table6Plan' })).toEqual(validate(one, { kind: 'table6Plan' }));
    });

    it(`${build}: the deadline still cuts a streamed upload whose worker is busy (it stops, or is terminated and replaced)`, async () => {
      // No grace: the pool's timer fires before the worker, whose own deadline counts from when it starts.
      const pool = m.createValidationPool({ size: 1, deadlineMs: 30, graceMs: 0 });
      closers.push(() => pool.close());
      const r = await pool.validate(pieces(records(200_000), 4 * 2 ** 20).stream, { kind: 'table6Plan' });
      expect(r.issues.at(-1)?.code).toBe('limit.deadline');
      expect(r.truncated).toBe(true);
      expect(pool.stats.busy).toBe(0);
      expect(await pool.validate(one, { kind: 'table6Plan', deadlineMs: 60_000 })).toEqual(validate(one, { kind: 'table6Plan' }));
    });
  }
});
