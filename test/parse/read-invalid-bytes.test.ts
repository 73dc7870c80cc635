import { describe, expect, it } from 'vitest';
import { cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, concat, ms932 } from '../helpers/bytes.js';

/**
 * Builds a one-record file whose column `column` (1-based) holds `before`, the raw bytes `bad`, then
 * `after`; returns the bytes and the offset of the first bad byte.
 */
function withBytes(column: number, before: string, bad: readonly number[], after: string, quoted: boolean) {
  const cells = cellsOf(validRecord());
  const head = `${cells.slice(0, column - 1).join(',')},${quoted ? '"' : ''}${before}`;
  const tail = `${after}${quoted ? '"' : ''},${cells.slice(column).join(',')}\r\n`;
  return { bytes: concat(ms932(head), new Uint8Array(bad), ms932(tail)), offset: byteLength(head) };
}

describe('reader: bytes that are not MS932 inside a field (encoding.invalidBytes)', () => {
  it('reports the exact byte offset, line, column and field of an invalid byte', () => {
    const { bytes, offset } = withBytes(21, 'ひまわり', [0x80], '訪問', true);
    const r = parsePlan(bytes);
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'encoding.invalidBytes',
        severity: 'error',
        line: 1,
        record: 1,
        column: 21,
        field: 'providerName',
        fieldJa: 'サービス事業所名',
        byteOffset: offset,
      },
    ]);
    expect(r.issues[0]!.params).toEqual({ actual: 1 });
    expect(r.records[0]!.providerName).toBe('ひまわり\uFFFD訪問');
  });

  it('reports a lead byte before a delimiter alone, without swallowing the comma', () => {
    const { bytes, offset } = withBytes(8, '39', [0x82], '', false); // 単位数 "39" + a lone lead byte
    const r = parsePlan(bytes);
    expect(locatedAll(r.issues)).toEqual([
      { code: 'encoding.invalidBytes', severity: 'error', line: 1, record: 1, column: 8, field: 'units', fieldJa: '単位数', byteOffset: offset },
    ]);
    // No column-count error and no field.integer: the field already has an error.
    expect(r.recordCount).toBe(1);
    expect(r.records[0]!.shortStayDaysBeforeMonth).toBe('');
  });

  it('reports every bad sequence of a field, each with its own offset (0xFD and 0xFF are never valid)', () => {
    const { bytes, offset } = withBytes(21, 'A', [0xfd, 0x41, 0xff], 'B', true);
    const r = parsePlan(bytes);
    expect(r.issues.map((i) => [i.code, i.column, i.byteOffset, i.params.actual])).toEqual([
      ['encoding.invalidBytes', 21, offset, 1],
      ['encoding.invalidBytes', 21, offset + 2, 1],
    ]);
  });

  it('gives the physical line of the bad byte inside a multi-line free-text field', () => {
    const { bytes, offset } = withBytes(21, 'ひまわり\r\n', [0x80], '', true);
    const r = parsePlan(bytes);
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'encoding.invalidBytes',
        severity: 'error',
        line: 2,
        record: 1,
        column: 21,
        field: 'providerName',
        fieldJa: 'サービス事業所名',
        byteOffset: offset,
      },
    ]);
  });

  it('keeps byte offsets exact in later records', () => {
    const first = ms932(csvText([cellsOf(validRecord())]));
    const { bytes, offset } = withBytes(7, '介護', [0xa0], '花子', true);
    const r = parsePlan(concat(first, bytes));
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'encoding.invalidBytes',
        severity: 'error',
        line: 2,
        record: 2,
        column: 7,
        field: 'planManagerName',
        fieldJa: 'プラン担当者名',
        byteOffset: first.length + offset,
      },
    ]);
  });
});
