import { describe, expect, it } from 'vitest';
import { parse, serialize, validate } from '../../src/api.js';
import { isUsageError } from '../../src/errors.js';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { validateUnits } from '../../src/units/index.js';
import { ms932 } from '../helpers/bytes.js';
import { recordsText, validRecord } from '../helpers/table6.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
/** A file with LF line ends and an empty プラン担当業者コード: one info in standard, two errors in strict. */
const BYTES = ms932(recordsText([validRecord({ planOfficeCode: '' })], '\n'));
const codes = (r: { issues: readonly { code: string; severity: string }[] }) => r.issues.map((i) => `${i.code}:${i.severity}`);
const STRICT = ['field.requiredUncertain:error', 'csv.lineBreak:error'];
const STANDARD = ['csv.lineBreak:info'];

describe('the profile option reaches every API', () => {
  it('validate and parse', () => {
    expect(codes(validate(BYTES, { fileName: NAME }))).toEqual(STANDARD);
    expect(codes(validate(BYTES, { fileName: NAME, profile: 'strict' }))).toEqual(STRICT);
    const p = parse(BYTES, { fileName: NAME, profile: 'strict' });
    expect(codes(p)).toEqual(STRICT);
    expect(p.ok).toBe(false);
    // The data is read the same in every profile.
    expect(p.records).toEqual(parse(BYTES, { fileName: NAME }).records);
  });

  it('parseStream and validateStream', async () => {
    const s = parseStream([BYTES], { fileName: NAME, profile: 'strict' });
    for await (const _ of s);
    expect(codes(await s.result)).toEqual(STRICT);
    expect(codes(await validateStream([BYTES], { fileName: NAME, profile: 'strict' }))).toEqual(STRICT);
    expect(codes(await validateStream([BYTES], { fileName: NAME, profile: 'lenient' }))).toEqual(STANDARD);
  });

  it('validateUnits (per file, and the units’ own codes)', () => {
    const r = validateUnits([{ name: NAME, bytes: BYTES }], { profile: 'strict' });
    expect(codes(r.units[0]?.files[0]?.result ?? { issues: [] })).toEqual(STRICT);
    // unit.memberMissing (a warning: 第6表 without 第7表) can be raised, or turned off, like any code.
    const unitCodes = (o: object) => validateUnits([{ name: NAME, bytes: BYTES }], o).units.flatMap((u) => codes(u));
    expect(unitCodes({})).toContain('unit.memberMissing:warning');
    expect(unitCodes({ rules: { 'unit.memberMissing': 'error' } })).toContain('unit.memberMissing:error');
    expect(unitCodes({ rules: { 'unit.memberMissing': 'off' } })).not.toContain('unit.memberMissing:warning');
  });

  it('serialize checks the written records with the profile', () => {
    const records = [validRecord({ planOfficeCode: '' })];
    expect(serialize('table6Plan', records).ok).toBe(true);
    const strict = serialize('table6Plan', records, { profile: 'strict' });
    expect(codes(strict)).toEqual(['field.requiredUncertain:error']);
    expect(strict.bytes).toBeNull();
  });
});

describe('per-code overrides (rules)', () => {
  it('set a code off, or to another severity, over the profile', () => {
    expect(codes(validate(BYTES, { fileName: NAME, profile: 'strict', rules: { 'csv.lineBreak': 'off' } }))).toEqual([
      'field.requiredUncertain:error',
    ]);
    const r = validate(BYTES, { fileName: NAME, rules: { 'csv.lineBreak': 'warning', 'field.requiredUncertain': 'warning' } });
    expect(codes(r)).toEqual(['field.requiredUncertain:warning', 'csv.lineBreak:warning']);
    expect(r.ok).toBe(true);
    expect(r.warningCount).toBe(2);
    // Off still leaves the file non-canonical: the bytes are what they are.
    expect(validate(BYTES, { fileName: NAME, rules: { 'csv.lineBreak': 'off' } }).canonical).toBe(false);
  });

  it('an error turned into a warning makes the file ok, and its value is read', () => {
    const bytes = ms932(recordsText([validRecord({ createdDate: '20250230' })]));
    const r = parse(bytes, { fileName: NAME, rules: { 'field.date': 'warning' } });
    expect(r.ok).toBe(true);
    expect((r.records[0] as { createdDate?: string }).createdDate).toBe('20250230');
  });

  it('misuse throws a coded usage error', () => {
    const bad: unknown[] = [
      { profile: 'loose' },
      { rules: 'strict' },
      { rules: { 'csv.nope': 'off' } },
      { rules: { 'csv.lineBreak': 'fatal' } },
      { rules: { 'limit.fileBytes': 'off' } },
      { rules: { 'limit.errors': 'error' } },
    ];
    for (const options of bad) {
      let thrown: unknown = null;
      try {
        validate(BYTES, options as never);
      } catch (e) {
        thrown = e;
      }
      expect(isUsageError(thrown), JSON.stringify(options)).toBe(true);
    }
  });
});
