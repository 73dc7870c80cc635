import { describe, expect, it } from 'vitest';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

// NUL, ESC and the other C0 controls (TAB and line breaks aside) reach the screens free text is shown on:
// a warning per free-text field that holds any, at the first one, with their number. The value is attached
// only with includeValues. (DEL 0x7F is not a C0 control and is left alone.)
describe('reader: control characters in free text are a warning', () => {
  it('NUL and ESC: field.controlChar at the first, counted, no value by default', () => {
    const rows = [cellsOf(validRecord()), cellsOf(validRecord({ providerName: '訪問\u0000介護\u001b[2J\u007f' }))];
    const text = csvText(rows);
    const r = parsePlan(ms932(text));
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.byteOffset, i.params, i.value])).toEqual([
      ['field.controlChar', 'warning', 2, 2, 21, 'providerName', byteLength(text.slice(0, text.indexOf('\u0000'))), { actual: 2 }, undefined],
    ]);
    expect([r.ok, r.warningCount]).toEqual([true, 1]);
    expect(r.records[1]!.providerName).toBe('訪問\u0000介護\u001b[2J\u007f');
    const withValue = parsePlan(ms932(text), { includeValues: true });
    expect(withValue.issues[0]!.value).toBe('訪問\u0000介護\u001b[2J\u007f');
  });

  it('one warning per field: two fields, two warnings', () => {
    const r = parsePlan(ms932(csvText([cellsOf(validRecord({ planManagerName: 'a\u0001', providerName: '\u001fb' }))])));
    expect(r.issues.map((i) => [i.code, i.column])).toEqual([
      ['field.controlChar', 7],
      ['field.controlChar', 21],
    ]);
  });

  it('TAB, CR and LF inside quotes are no issue', () => {
    const r = parsePlan(ms932(csvText([cellsOf(validRecord({ providerName: 'a\tb\r\nc\nd\re' }))])));
    expect(r.issues).toEqual([]);
  });
});
