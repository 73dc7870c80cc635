import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

// skipHeader never skips a record by mistake: only a clean line of a layout's width whose column 1 is text.
describe('reader: skipHeader skips only what looks like a header', () => {
  const row = cellsOf(validRecord());

  it('a line with an unterminated quote that swallows the next line is not skipped', () => {
    const text = `No,"名前\r\n${csvText([row, row])}`;
    const r = parse(ms932(text), { kind: 'table6Plan', skipHeader: true });
    expect(r.issues.map((i) => i.code)).not.toContain('csv.headerSkipped');
    expect(r.ok).toBe(false);
  });

  it('a first record with an empty CSVバージョン is read as a record', () => {
    const text = csvText([cellsOf(validRecord({ csvVersion: '' })), row]);
    const r = parse(ms932(text), { kind: 'table6Plan', skipHeader: true });
    expect(r.recordCount).toBe(2);
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toContainEqual(['field.required', 1, 1]);
  });

  it('a header of the layout width is skipped with a warning', () => {
    const header = row.map((_, i) => `項目${i + 1}`);
    const r = parse(ms932(csvText([header, row])), { kind: 'table6Plan', skipHeader: true });
    expect(r.issues.map((i) => i.code)).toEqual(['csv.headerSkipped']);
    expect(r.recordCount).toBe(1);
  });
});
