import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

// The serializer quotes free text (`""` when empty) and nothing else. A quoted code (`"202505"`) or an
// empty free text without quotes is valid but written back otherwise: one `info` csv.quoting per file, at
// the first such field, with the count. A non-empty free text without quotes stays a warning of its own.
describe('reader: quotes that differ from the canonical form are reported as info', () => {
  const base = cellsOf(validRecord());

  it('a quoted non-free column: csv.quoting at that field, ok, and the bytes change on writing', () => {
    const quoted = base.map((c, i) => (i === 4 ? `"${c}"` : c)); // 対象年月
    const rows = [base, quoted, quoted];
    const bytes = ms932(csvText(rows));
    const r = parsePlan(bytes);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.byteOffset, i.params])).toEqual([
      ['csv.quoting', 'info', 2, 2, 5, 'targetMonth', byteLength(`${csvText([base]) + quoted.slice(0, 4).join(',')},"`), { actual: 2 }],
    ]);
    expect([r.ok, r.canonical, r.warningCount, r.infoCount]).toEqual([true, false, 0, 1]);
    expect(r.records[1]!.targetMonth).toBe('202505');
    expect(serialize('table6Plan', r.records).bytes).toEqual(ms932(csvText([base, base, base])));
  });

  it('"202407" in column 1 is read as the version, and reported', () => {
    const r = parsePlan(ms932(csvText([base.map((c, i) => (i === 0 ? `"${c}"` : c))])));
    expect(r.issues.map((i) => [i.code, i.column])).toEqual([['csv.quoting', 1]]);
    expect(r.version).toBe('202407');
  });

  it('an empty free text without quotes counts too (the canonical form is "")', () => {
    const rec = validRecord({ equipmentName: '' });
    const cells = cellsOf(rec).map((c, i) => (i === 17 ? '' : c));
    const r = parsePlan(ms932(csvText([cells])));
    expect(r.issues.map((i) => [i.code, i.column, i.field, i.params])).toEqual([['csv.quoting', 18, 'equipmentName', { actual: 1 }]]);
    expect(serialize('table6Plan', r.records).bytes).toEqual(ms932(csvText([cellsOf(rec)])));
  });

  it('one issue for both kinds of quoting, at the first field in file order', () => {
    const cells = base.map((c, i) => (i === 17 ? '' : i === 19 ? `"${c}"` : c));
    const r = parsePlan(ms932(csvText([base, cells])));
    expect(r.issues.map((i) => [i.code, i.record, i.column, i.params])).toEqual([['csv.quoting', 2, 18, { actual: 2 }]]);
  });

  it('quotes a value needs are canonical; a non-empty unquoted free text stays a warning', () => {
    // a comma in a code column is an error of its own (field.csvSpecialChar), not a quoting deviation
    const comma = parsePlan(ms932(csvText([base.map((c, i) => (i === 21 ? '"A,B"' : c))])));
    expect(comma.issues.map((i) => i.code)).toEqual(['field.csvSpecialChar']);
    const unquoted = parsePlan(ms932(csvText([base.map((c, i) => (i === 20 ? 'ひまわり' : c))])));
    expect(unquoted.issues.map((i) => [i.code, i.severity])).toEqual([['csv.unquotedFreeText', 'warning']]);
    expect([unquoted.ok, unquoted.canonical]).toEqual([true, false]);
  });
});
