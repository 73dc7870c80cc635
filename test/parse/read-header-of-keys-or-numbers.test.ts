import { describe, expect, it } from 'vitest';
import { repair } from '../../src/repair/repair.js';
import { getLayout } from '../../src/schemas/layouts.js';
import { ms932 } from '../helpers/bytes.js';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';

// A first line of the record model's keys (what a tool or a flattened to-json writes) or of the column
// numbers 1…n (項目No.) is a header row too: one file.headerRow that fix removes, not an error per column
// or a "mend" of its numbers as dropped leading zeros.
const fields = getLayout('table6Plan', '202407').fields;
const headers = {
  keys: fields.map((f) => f.key),
  'keys in other letter case': fields.map((f) => f.key.toUpperCase()),
  numbers: fields.map((_, i) => String(i + 1)),
};
const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

describe('reader: a header of keys or column numbers', () => {
  for (const [label, header] of Object.entries(headers)) {
    it(`${label}: one file.headerRow; the records after it read as usual; repair removes the line`, () => {
      const records = [cellsOf(validRecord()), cellsOf(validRecord({ serviceDate: '20250506' }))];
      const plain = ms932(csvText(records));
      const bytes = ms932(csvText([header, ...records]));
      const r = parsePlan(bytes);
      expect(r.issues.map((i) => [i.code, i.line])).toEqual([['file.headerRow', 1]]);
      expect(r.issues[0]?.hint?.code).toBe('headerRow');
      expect(r.records).toEqual([validRecord(), validRecord({ serviceDate: '20250506' })]);
      const mended = repair(bytes, { fileName: NAME });
      expect(mended.changes.map((c) => c.kind)).toEqual(['headerRow']);
      expect(mended.bytes).toEqual(plain);
      // skipHeader takes it as the header it expects.
      expect(parsePlan(bytes, { skipHeader: true }).issues.map((i) => i.code)).toEqual(['csv.headerSkipped']);
    });
  }

  it('numbers that are not 1…n in order, or of another count, stay a record (with its errors)', () => {
    for (const header of [
      fields.map((_, i) => String(i + 2)),
      fields.slice(1).map((_, i) => String(i + 1)),
      ['1', ...fields.slice(1).map(() => '0')],
    ]) {
      const r = parsePlan(ms932(csvText([header, cellsOf(validRecord())])));
      expect(r.issues.map((i) => i.code)).not.toContain('file.headerRow');
      expect(r.issues.some((i) => i.line === 1 && i.severity === 'error')).toBe(true);
    }
  });
});
