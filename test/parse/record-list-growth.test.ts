import { describe, expect, it } from 'vitest';
import { grownSize } from '../../src/parse/records.js';

/** The sizes a list takes while `total` records of `recordBytes` bytes each are pushed (input size known or 0). */
function growth(total: number, recordBytes: number, inputBytes: number): number[] {
  const sizes = [64];
  let size = 64;
  for (let n = 0; n < total; n++) {
    if (n === size) {
      size = grownSize(n, n * recordBytes, inputBytes);
      expect(size).toBeGreaterThan(n);
      sizes.push(size);
    }
  }
  return sizes;
}

describe('the records array and positions of parse grow to the count the input predicts, early', () => {
  it('a file of even records: the last copy is made at a quarter of them or less, with 2% room to spare', () => {
    const total = 323_073;
    const sizes = growth(total, 161, total * 161);
    const last = sizes[sizes.length - 1] as number;
    expect(last).toBeGreaterThanOrEqual(total);
    expect(last).toBeLessThanOrEqual(Math.ceil(total * 1.02) + 64);
    // The list copied last held at most a quarter of the records: no large copy left as garbage at the end.
    expect(sizes[sizes.length - 2] as number).toBeLessThanOrEqual(total / 4);
  });

  it('records longer than the first ones: the prediction falls short and the list grows by an eighth at least', () => {
    // The first 30,000 records take 100 bytes, the next 70,000 200: predicted from the first ones, too few.
    const input = 30_000 * 100 + 70_000 * 200;
    expect(grownSize(30_000, 30_000 * 100, input)).toBe(Math.ceil((30_000 / (30_000 * 100)) * input * 1.02) + 64);
    // Then each growth predicts from what was read, and makes room for an eighth more at least.
    expect(grownSize(80_000, 16_000_000, 16_200_000)).toBe(90_000);
  });

  it('a prediction far ahead of the records read (short rows, hostile input) is not trusted: the list doubles', () => {
    // `1\n` rows of 64 MB: 32 million predicted after 64, while the record budget stops far earlier.
    expect(growth(400_000, 2, 64e6)).toEqual([64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288]);
  });

  it('the input size unknown (a stream) or passed: doubling', () => {
    expect(grownSize(1000, 50_000, 0)).toBe(2000);
    expect(grownSize(1000, 50_000, 40_000)).toBe(2000);
    expect(grownSize(0, 0, 1000)).toBe(64);
  });
});
