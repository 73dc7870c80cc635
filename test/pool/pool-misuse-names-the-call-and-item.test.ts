import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { builds } from './harness.js';

const one = ms932(csvText([cellsOf(validRecord())]));
const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

describe('validation pool (from dist): misuse names the call and the item, and starts nothing', () => {
  for (const [build, m] of builds) {
    const pool = m.createValidationPool({ size: 1 });
    closers.push(() => pool.close());

    it(`${build}: validateMany with items that are not { input, options? } rejects before anything is sent`, async () => {
      const wrong = [{ bytes: one, fileName: NAME }] as unknown as Parameters<typeof pool.validateMany>[0];
      const e = await pool.validateMany(wrong).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(TypeError);
      expect(e).toMatchObject({ code: 'ERR_CAREPLAN_ARGUMENT', function: 'pool.validateMany' });
      expect((e as Error).message).toBe(
        'careplan-csv: pool.validateMany: items[0] must be an object { input, options? }, got an object without "input"',
      );
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0 });
    });

    it(`${build}: a bad input or option in a later item rejects with its index, the earlier items not started`, async () => {
      const badInput = await pool
        .validateMany([{ input: one, options: { fileName: NAME } }, { input: 42 as unknown as Uint8Array }])
        .catch((x: unknown) => x);
      expect(badInput).toMatchObject({ code: 'ERR_CAREPLAN_ARGUMENT', function: 'pool.validateMany' });
      expect((badInput as Error).message).toMatch(/^careplan-csv: pool\.validateMany: items\[1\]: the input must be a Uint8Array, .*got number$/);
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0 });

      const badOption = await pool.validateMany([{ input: one }, { input: one }, { input: one, options: { maxErrors: 0 } }]).catch((x: unknown) => x);
      expect(badOption).toBeInstanceOf(TypeError);
      expect(badOption).toMatchObject({ function: 'pool.validateMany' });
      expect((badOption as Error).message).toMatch(/^careplan-csv: pool\.validateMany: items\[2\]: option "maxErrors"/);
      expect(pool.stats).toMatchObject({ busy: 0, queued: 0 });
    });

    it(`${build}: validateMany of something not iterable rejects`, async () => {
      await expect(pool.validateMany(42 as unknown as [])).rejects.toMatchObject({ code: 'ERR_CAREPLAN_ARGUMENT', function: 'pool.validateMany' });
    });

    it(`${build}: validate names itself, and never advises parse/validate for bytes the pool takes`, async () => {
      const e = await pool.validate(42 as unknown as Uint8Array).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'ERR_CAREPLAN_ARGUMENT', function: 'pool.validate' });
      expect((e as Error).message).not.toMatch(/parse\/validate|\[bytes\]/);
      await expect(pool.validate(one, { maxErrors: 0 })).rejects.toMatchObject({ function: 'pool.validate' });
      await expect(pool.validate(one, 'x' as never)).rejects.toMatchObject({ code: 'ERR_CAREPLAN_OPTIONS', function: 'pool.validate' });
    });

    it(`${build}: null options are no options, as for in-process validate`, async () => {
      const inProcess = validate(one, null as never);
      expect(await pool.validate(one, null as never)).toEqual(inProcess);
      expect(await pool.validateMany([{ input: one, options: null as never }])).toEqual([inProcess]);
    });

    it(`${build}: a closed pool's validateMany names the pool, not an item`, async () => {
      const closed = m.createValidationPool({ size: 1 });
      await closed.close();
      const e = await closed.validateMany([{ input: one }]).catch((x: unknown) => x);
      expect(e).toMatchObject({ code: 'ERR_CAREPLAN_STATE', function: 'pool.validateMany' });
      expect((e as Error).message).toBe('careplan-csv: pool.validateMany: the validation pool is closed');
    });

    it(`${build}: after misuse the pool still validates, and validateMany of good items gives every result`, async () => {
      const results = await pool.validateMany([
        { input: one, options: { fileName: NAME } },
        { input: one.buffer.slice(0) as ArrayBuffer, options: { kind: 'table6Plan' } },
      ]);
      expect(results.map((r) => r.ok)).toEqual([true, true]);
    });
  }
});
