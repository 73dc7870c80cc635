// The decoder uses a platform TextDecoder only as a speed-up for long strings; without one (or when
// it refuses the label) it produces exactly the same text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ms932 } from '../helpers/bytes.js';
import { decodeMs932 as decodeWithPlatform } from '../../src/encoding/index.js';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('decoding without TextDecoder', () => {
  it('gives the same text for short, long, ASCII and mixed input', async () => {
    const samples = [
      'a',
      'abcdefgh',
      'x'.repeat(95),
      'x'.repeat(96),
      'y'.repeat(20_000),
      '山田　太郎',
      '居宅サービス計画書'.repeat(20),
      `${'1,2,3,'.repeat(3000)}ﾔﾏﾀﾞ ﾀﾛｳ${'東京都'.repeat(5000)}`,
    ].map(ms932);
    samples.push(new Uint8Array(300).fill(0x80)); // all invalid
    const expected = samples.map((b) => decodeWithPlatform(b));

    let probes = 0;
    vi.stubGlobal(
      'TextDecoder',
      class {
        constructor() {
          probes++;
          throw new RangeError('unsupported');
        }
      },
    );
    vi.resetModules();
    const fresh = await import('../../src/encoding/decode.js');
    samples.forEach((b, k) => {
      expect(fresh.decodeMs932(b)).toEqual(expected[k]);
    });
    expect(probes).toBeGreaterThan(0); // the fresh module really probed for a decoder and fell back
  });

  it('also works when TextDecoder does not exist at all', async () => {
    const bytes = ms932('介護'.repeat(1000) + 'z'.repeat(1000));
    const expected = decodeWithPlatform(bytes).text;
    vi.stubGlobal('TextDecoder', undefined);
    vi.resetModules();
    const fresh = await import('../../src/encoding/decode.js');
    expect(fresh.decodeMs932(bytes).text).toBe(expected);
  });
});
