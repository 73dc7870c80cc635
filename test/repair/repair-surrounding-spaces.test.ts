import { describe, expect, it } from 'vitest';
import { parse, repair } from '../../src/index.js';
import { ms932 } from '../helpers/bytes.js';
import { recordsText, validRecord } from '../helpers/table6.js';

// A value padded with spaces (an export that pads values to a width, a spreadsheet cell with a space) fails
// its column; without the spaces it is valid: the hint names it (surroundingSpaces) and repair removes them.
// In free text, spaces are text: never touched.
const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const canonical = recordsText([validRecord()]);

describe('a value with spaces around it', () => {
  it.each([
    ['a date with a trailing space', ',20250505,', ',20250505 ,'],
    ['an office number with a full-width space before it', ',1310000002,', ',\u30001310000002,'],
    ['a service code padded with a tab', ',111211,', ',111211\t,'],
  ])('%s: hinted surroundingSpaces, and repair gives the canonical file', (_, from, to) => {
    expect(canonical).toContain(from);
    const damaged = ms932(canonical.replace(from, to));
    const read = parse(damaged, { fileName: NAME });
    expect(read.ok).toBe(false);
    const field = read.issues.find((i) => i.code.startsWith('field.'));
    expect(field?.hint).toMatchObject({ code: 'surroundingSpaces', repairable: true });
    const r = repair(damaged, { fileName: NAME });
    expect(r.changes.map((c) => c.kind)).toEqual(['surroundingSpaces']);
    expect(r.bytes).toEqual(ms932(canonical));
    expect(r.ok).toBe(true);
  });

  it('not when the value without the spaces is still wrong, nor in free text, nor for an empty value of spaces', () => {
    for (const [from, to] of [
      [',20250505,', ',20250532 ,'],
      [',20250505,', ',   ,'],
    ]) {
      const read = parse(ms932(canonical.replace(from as string, to as string)), { fileName: NAME });
      expect(read.issues.some((i) => i.hint?.code === 'surroundingSpaces')).toBe(false);
    }
    // Free text: spaces around a name are part of it (no issue at all).
    const name = validRecord().providerName;
    expect(canonical).toContain(`"${name}"`);
    const padded = parse(ms932(canonical.replace(`"${name}"`, `" ${name} "`)), { fileName: NAME });
    expect(padded.ok).toBe(true);
  });
});
