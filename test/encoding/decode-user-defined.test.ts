// 外字 (user-defined area F040–F9FC) is an error of its own kind, never a private-use character.
import { describe, expect, it } from 'vitest';
import { decodeMs932, decodeRange } from '../../src/encoding/index.js';
import { TRAIL_BYTES, bytes, range } from './ms932-oracle.js';

describe('外字 (user-defined characters)', () => {
  it.each([
    ['F040 (first)', 0xf0, 0x40],
    ['F9FC (last)', 0xf9, 0xfc],
    ['F540 (middle)', 0xf5, 0x40],
  ])('%s is reported as userDefined (length 2) and decodes to U+FFFD', (_label, lead, trail) => {
    const r = decodeMs932(bytes(0x41, lead, trail, 0x42));
    expect(r.text).toBe('A\ufffdB');
    expect(r.problems).toEqual([{ code: 'userDefined', offset: 1, length: 2 }]);
  });

  it('every code of the area is userDefined, and the output never contains private-use characters', () => {
    let count = 0;
    for (const lead of range(0xf0, 0xf9)) {
      for (const trail of TRAIL_BYTES) {
        const problems: Parameters<typeof decodeRange>[3] = [];
        const text = decodeRange(bytes(lead, trail), 0, 2, problems);
        expect(text).toBe('\ufffd');
        expect(problems).toEqual([{ code: 'userDefined', offset: 0, length: 2 }]);
        count++;
      }
    }
    expect(count).toBe(1880);
  });

  it('a 外字 lead byte with a bad trail is plain invalid', () => {
    const r = decodeMs932(bytes(0xf0, 0x31));
    expect(r.text).toBe('\ufffd1');
    expect(r.problems).toEqual([{ code: 'invalid', offset: 0, length: 1 }]);
  });

  it('a 外字 lead byte at the end is plain invalid', () => {
    expect(decodeMs932(bytes(0x31, 0xf9)).problems).toEqual([{ code: 'invalid', offset: 1, length: 1 }]);
  });

  it('the codes just outside the area are ordinary (EFxx unassigned, FA40 assigned)', () => {
    expect(decodeMs932(bytes(0xef, 0xfc)).problems).toEqual([{ code: 'invalid', offset: 0, length: 2 }]);
    expect(decodeMs932(bytes(0xfa, 0x40))).toEqual({ text: '\u2170', problems: [] });
  });
});
