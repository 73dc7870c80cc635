import { describe, expect, it } from 'vitest';
import { cellsOf, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, concat, ms932 } from '../helpers/bytes.js';

describe('reader: 外字 (user-defined characters F040–F9FC) inside a field (encoding.userDefinedChar)', () => {
  it.each([
    [[0xf0, 0x40], 'F040, the first'],
    [[0xf9, 0xfc], 'F9FC, the last'],
  ])('reports %j (%s) with the exact byte offset, line, column and field', (bad) => {
    const cells = cellsOf(validRecord());
    const head = `${cells.slice(0, 6).join(',')},"介護`; // inside プラン担当者名 (No.7)
    const tail = `花子",${cells.slice(7).join(',')}\r\n`;
    const r = parsePlan(concat(ms932(head), new Uint8Array(bad), ms932(tail)));
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'encoding.userDefinedChar',
        severity: 'error',
        line: 1,
        record: 1,
        column: 7,
        field: 'planManagerName',
        fieldJa: 'プラン担当者名',
        byteOffset: byteLength(head),
      },
    ]);
    // Never decoded to a private-use character.
    expect(r.records[0]!.planManagerName).toBe('介護\uFFFD花子');
  });
});
