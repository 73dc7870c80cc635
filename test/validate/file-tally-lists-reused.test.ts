import { describe, expect, it } from 'vitest';
import { validate as validateAny } from '../../src/api.js';
import type { ParseOptions } from '../../src/options.js';
import { ReadSession } from '../../src/parse/read.js';
import { normalizeParseOptions } from '../../src/options.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { ms932 } from '../helpers/bytes.js';
import { cellOffset, cellsOf, csvText, locatedAll, validRecord, validV3Record } from '../helpers/table6.js';

// The places of the records of each CSVバージョン and 対象年月 value are kept in lists that a file hands back
// when it is reported and the next file reuses, written over and never emptied. Whatever the files read
// before, and however many are read at once, a file's issues are its own.

const june = (day: string) => validRecord({ targetMonth: '202506', serviceDate: `202506${day}` });
const may = (day: string) => validRecord({ serviceDate: `202505${day}` });
const day = (n: number) => String((n % 28) + 1).padStart(2, '0');

const PLAN: ParseOptions = { kind: 'table6Plan' };
const validate = (bytes: Uint8Array) => validateAny(bytes, PLAN);

/** A file of `mays` May records and then `junes` June records (the smaller month is reported). */
function file(mays: number, junes: number): { rows: string[][]; bytes: Uint8Array } {
  const records = [...Array.from({ length: mays }, (_, n) => may(day(n))), ...Array.from({ length: junes }, (_, n) => june(day(n)))];
  const rows = records.map((r) => cellsOf(r));
  return { rows, bytes: ms932(csvText(rows)) };
}

/** 202208 and 202407 records in one file: two layouts, so two fields (and columns) of 対象年月. */
function mixedVersions(): Uint8Array {
  const records = [validRecord(), validRecord({ serviceDate: '20250506' }), validV3Record(), validRecord({ serviceDate: '20250507' })];
  return ms932(csvText(records.map((r) => cellsOf(r))));
}

describe('the lists of kept record places are reused between files', () => {
  it('a file read after a larger one reports its own records only, at their own places', () => {
    const small = file(3, 1);
    const alone = validate(small.bytes);
    // A large file with many records of each month fills the lists that the small file then reuses.
    const large = file(60, 45);
    const big = validate(large.bytes);
    expect(big.issues.filter((i) => i.code === 'file.mixedMonth').map((i) => i.record)).toEqual(Array.from({ length: 45 }, (_, n) => 61 + n));
    const after = validate(small.bytes);
    expect(after.issues).toEqual(alone.issues);
    expect(locatedAll(after.issues)).toEqual([
      {
        code: 'file.mixedMonth',
        severity: 'error',
        line: 4,
        record: 4,
        column: 5,
        field: 'targetMonth',
        fieldJa: '対象年月',
        byteOffset: cellOffset(small.rows, 3, 5),
      },
    ]);
  });

  it('records of two versions keep their own field and column after the lists were reused', () => {
    const before = validate(mixedVersions());
    validate(file(50, 50).bytes);
    const after = validate(mixedVersions());
    expect(after.issues).toEqual(before.issues);
    const mixed = after.issues.filter((i) => i.code === 'file.mixedVersion');
    expect(mixed.map((i) => [i.record, i.column, i.field])).toEqual([[3, 1, 'csvVersion']]);
  });

  it('a file ended twice reports the same the second time, after another file took the lists it handed back', () => {
    const small = file(3, 1);
    const session = new ReadSession(normalizeParseOptions(PLAN), null);
    session.write(small.bytes, true);
    const first = session.end().issues;
    validate(file(10, 9).bytes);
    const second = session.end().issues;
    expect(second).toEqual(first);
    expect(first.filter((i) => i.code === 'file.mixedMonth').map((i) => i.record)).toEqual([4]);
  });

  it('files read at once (streams interleaved piece by piece) report what each reports alone', async () => {
    const files = [file(40, 12), file(5, 30), file(2, 1)];
    const alone = files.map((f) => validate(f.bytes).issues);
    // Each stream gives one row at a time and lets the others read in between.
    async function* rowsOf(f: { rows: string[][] }): AsyncGenerator<Uint8Array> {
      for (const row of f.rows) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        yield ms932(csvText([row]));
      }
    }
    const together = await Promise.all(files.map((f) => validateStream(rowsOf(f), PLAN)));
    expect(together.map((r) => r.issues)).toEqual(alone);
    expect(together.map((r) => r.issues.filter((i) => i.code === 'file.mixedMonth').length)).toEqual([12, 5, 1]);
  });
});
