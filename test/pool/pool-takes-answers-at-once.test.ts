// A worker that has answered is free at once: the pool reads its answers when it looks at its workers,
// without waiting for this thread to run the answers' events (serve validates uploads on its own thread
// only when no worker is free; with answers seen only between turns of the event loop, a busy serve saw
// every worker busy and left them idle).
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { builds } from './harness.js';

const one = ms932(csvText([cellsOf(validRecord()), cellsOf(validRecord())]));

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('validation pool (from dist): answers taken at once', () => {
  for (const [build, m] of builds) {
    it(`${build}: a worker that has answered counts as free while this thread never yields`, async () => {
      const pool = m.createValidationPool({ size: 1 });
      closers.push(() => pool.close());
      await pool.validate(one, { kind: 'table6Plan' }); // the worker is up
      const running = pool.validate(one, { kind: 'table6Plan' });
      // A synchronous wait: no event (no answer's 'message') can run on this thread meanwhile, so only an
      // answer read at once can make the worker free.
      const until = Date.now() + 10_000;
      let busy = 1;
      while (busy === 1 && Date.now() < until) busy = pool.stats.busy;
      expect(busy).toBe(0);
      expect(await running).toEqual(validate(one, { kind: 'table6Plan' }));
      // And the pool goes on as before.
      expect(await pool.validate(one, { kind: 'table6Plan' })).toEqual(validate(one, { kind: 'table6Plan' }));
    });
  }
});
