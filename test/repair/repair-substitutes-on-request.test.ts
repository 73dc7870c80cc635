// repair's opt-in substitution policy: in text input (a UTF-8 file), a character MS932 lacks is written as its
// usual substitute only with `substitute: 'jisx0213'`, each one reported as a change at its line; by default
// the file is not rewritten and the character stays an error.
import { describe, expect, it } from 'vitest';
import { decodeMs932, isUsageError, repair } from '../../src/index.js';
import { ms932 } from '../helpers/bytes.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { run } from '../cli/harness.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const records = [validRecord(), validRecord({ serviceDate: '20250512', planManagerName: '\u{20B9F}田　太郎' })];
const utf8 = new TextEncoder().encode(recordsText(records));
const expected = ms932(recordsText([records[0] as never, { ...records[1], planManagerName: '叱田　太郎' } as never]));

describe('repair: substitution of characters MS932 lacks, on request only', () => {
  it('by default the file is not rewritten: the character stays an error', () => {
    const r = repair(utf8, { fileName: NAME });
    expect(r.bytes).toBeNull();
    expect(r.changes).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain('encoding.unmappable');
  });

  it("with substitute: 'jisx0213' the substitute is written and the change listed at its line, without values", () => {
    const r = repair(utf8, { fileName: NAME, substitute: 'jisx0213' });
    expect(r.bytes).toEqual(expected);
    expect(r.ok).toBe(true);
    expect(r.changes).toEqual([
      { kind: 'utf8', line: 1, record: null, column: null, field: null, fieldJa: null, count: 1, message: 'UTF-8 を Shift_JIS（MS932）に変換' },
      { kind: 'substituted', line: 2, record: null, column: null, field: null, fieldJa: null, count: 1, message: 'MS932 にない文字を通常の代替字に' },
    ]);
    expect(decodeMs932(r.bytes as Uint8Array).text).toContain('叱田');
  });

  it('the characters only with includeValues; a string input is substituted the same way', () => {
    const r = repair(utf8, { fileName: NAME, substitute: 'jisx0213', includeValues: true });
    expect(r.changes.find((c) => c.kind === 'substituted')).toMatchObject({ from: '\u{20B9F}', to: '叱', line: 2 });
    const s = repair(recordsText(records), { fileName: NAME, substitute: 'jisx0213' });
    expect(s.bytes).toEqual(expected);
    expect(s.changes.map((c) => c.kind)).toEqual(['substituted']);
  });

  it("'none' is the default spelled out; another value is misuse with a code", () => {
    expect(repair(utf8, { fileName: NAME, substitute: 'none' }).bytes).toBeNull();
    let caught: unknown;
    try {
      repair(utf8, { fileName: NAME, substitute: 'all' as never });
    } catch (e) {
      caught = e;
    }
    expect(isUsageError(caught)).toBe(true);
  });

  it('careplan-csv fix --substitute jisx0213 writes the substitute and lists the change', () => {
    const input = `in/${NAME}`;
    const r = run(['fix', '--diff', '--substitute', 'jisx0213', input, '-o', 'out.CSV'], { [input]: utf8 });
    expect(r.code).toBe(0);
    expect(r.written['out.CSV']).toEqual(expected);
    expect(r.stdout).toContain(`${input}:2: substituted MS932 にない文字を通常の代替字に`);
    const plain = run(['fix', input, '-o', 'out.CSV'], { [input]: utf8 });
    expect(plain.code).toBe(1);
    expect(plain.written['out.CSV']).toBeUndefined();
  });
});
