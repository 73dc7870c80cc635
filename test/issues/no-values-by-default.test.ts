import { describe, expect, it } from 'vitest';
import { serialize, type SerializeResult } from '../../src/api.js';
import type { Issue } from '../../src/issues/types.js';
import { cellsOf, csvText, parsePlan, validRecord, validV3Record } from '../helpers/table6.js';
import { concat, ms932 } from '../helpers/bytes.js';

const NAME = '山田太郎';
const INSURED = '12345678901'; // an insured number with one digit too many

/** A file whose failing fields hold personal values: a name in 単位数 / サテライト枝番 / TAISコード, an insured number. */
function failingFile(): Uint8Array {
  const rows = [
    cellsOf(validRecord({ insuredNumber: INSURED })),
    cellsOf(validRecord({ units: NAME, satelliteBranch: NAME, taisCode: NAME.repeat(4) })),
    cellsOf(validRecord({ serviceDate: '20250601', planManagerName: NAME })).map((c, i) => (i === 6 ? NAME : c)), // unquoted name
  ];
  // And a name around an invalid byte in プラン担当者名 of a fourth record.
  const cells = cellsOf(validRecord());
  const head = `${cells.slice(0, 6).join(',')},"${NAME}`;
  const tail = `${NAME}",${cells.slice(7).join(',')}\r\n`;
  return concat(ms932(csvText(rows)), ms932(head), new Uint8Array([0x80]), ms932(tail));
}

function serializeFailing(includeValues: boolean): SerializeResult {
  return serialize(
    'table6Plan',
    [
      validRecord({ insuredNumber: INSURED, units: NAME }),
      validV3Record({ taisCode: NAME }), // not in 202208
      validRecord({ providerName: `${NAME}𠮷` }),
    ],
    { includeValues },
  );
}

function expectNoPersonalValues(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    const json = JSON.stringify(issue);
    expect(json).not.toContain(NAME);
    expect(json).not.toContain(INSURED);
    expect(Object.hasOwn(issue, 'value')).toBe(false);
  }
}

describe('privacy: issues carry no field values unless includeValues is set', () => {
  it('parse: no message, params or other property contains the values', () => {
    const r = parsePlan(failingFile());
    expect(r.issues.map((i) => i.code)).toEqual([
      'field.insuredNumber',
      'field.integer',
      'field.tooLong',
      'field.tooLong',
      'record.serviceDateOutsideMonth',
      'csv.unquotedFreeText',
      'encoding.invalidBytes',
    ]);
    expectNoPersonalValues(r.issues);
    expectNoPersonalValues(parsePlan(failingFile(), { locale: 'en' }).issues);
  });

  it('serialize: the same holds for issues about records being written', () => {
    const r = serializeFailing(false);
    expect(r.issues.map((i) => i.code)).toEqual([
      'field.insuredNumber',
      'field.integer',
      'record.fieldNotInVersion',
      'encoding.unmappable',
      // Whole-file findings come once every record is written.
      'file.mixedVersion',
      'file.mixedMonth',
    ]);
    expectNoPersonalValues(r.issues);
  });

  it('with includeValues: true, field issues carry the value in `value` (and only there)', () => {
    const r = parsePlan(failingFile(), { includeValues: true });
    expect(r.issues.map((i) => [i.code, i.value])).toEqual([
      ['field.insuredNumber', INSURED],
      ['field.integer', NAME],
      ['field.tooLong', NAME.repeat(4)], // TAISコード (No.16)
      ['field.tooLong', NAME], // サテライト枝番 (No.22)
      ['record.serviceDateOutsideMonth', '20250601'],
      ['csv.unquotedFreeText', undefined],
      ['encoding.invalidBytes', undefined],
    ]);
    for (const issue of r.issues) {
      const { value: _value, ...rest } = issue;
      expect(JSON.stringify(rest)).not.toContain(NAME);
      expect(JSON.stringify(rest)).not.toContain(INSURED);
    }
  });

  it('with includeValues: true, serializer field issues carry the value too', () => {
    const r = serializeFailing(true);
    expect(r.issues.map((i) => [i.code, i.value])).toEqual([
      ['field.insuredNumber', INSURED],
      ['field.integer', NAME],
      ['record.fieldNotInVersion', NAME],
      ['encoding.unmappable', undefined],
      ['file.mixedVersion', undefined],
      ['file.mixedMonth', undefined],
    ]);
  });
});
