import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { locatedAll } from '../helpers/table6.js';

const NONE = { line: null, record: null, column: null, field: null, fieldJa: null, byteOffset: null };

describe('file rule: a file without records is an error (file.empty)', () => {
  it('reports file.empty for zero bytes, an empty ArrayBuffer and an empty string', () => {
    for (const input of [new Uint8Array(0), new ArrayBuffer(0), '']) {
      const r = parse(input, { kind: 'table6Plan' });
      expect(locatedAll(r.issues)).toEqual([{ code: 'file.empty', severity: 'error', ...NONE }]);
      expect(r.records).toEqual([]);
      expect(r.recordCount).toBe(0);
      expect(r.version).toBeNull();
      expect(r.ok).toBe(false);
    }
    expect(validate(new Uint8Array(0), { kind: 'table6Plan' }).errorCount).toBe(1);
  });

  it('reports each empty line and then file.empty for a file of line breaks only', () => {
    const r = parse(new Uint8Array([0x0d, 0x0a, 0x0d, 0x0a]), { kind: 'table6Plan' });
    expect(locatedAll(r.issues)).toEqual([
      { code: 'csv.emptyLine', severity: 'warning', line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: 0 },
      { code: 'csv.emptyLine', severity: 'warning', line: 2, record: null, column: null, field: null, fieldJa: null, byteOffset: 2 },
      { code: 'file.empty', severity: 'error', ...NONE },
    ]);
  });
});
