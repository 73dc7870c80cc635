import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { validFile } from '../../src/testing/files.js';
import { mutatedFile } from '../../src/testing/mutations.js';
import { serializeGeneral } from '../helpers/general-path.js';

// The serializer proves most records valid while writing them (fast path) and writes the rest on the
// general path. Whatever the records, both must give the same bytes and the same issues.
function bothWays(kind: (typeof KINDS)[number], records: readonly Record<string, unknown>[], fileName: string) {
  const fast = serialize(kind, records, { fileName, allowInvalid: true });
  const fastStrict = serialize(kind, records, { fileName, requireUncertainFields: true });
  const general = serializeGeneral(kind, records, { fileName, allowInvalid: true });
  const generalStrict = serializeGeneral(kind, records, { fileName, requireUncertainFields: true });
  expect(fast.bytes).toEqual(general.bytes);
  expect(fast.issues).toEqual(general.issues);
  expect(fastStrict.issues).toEqual(generalStrict.issues);
  expect(fastStrict.bytes).toEqual(generalStrict.bytes);
}

describe('serializer: the fast path and the general path agree', () => {
  for (const kind of KINDS) {
    it(`${kind}: valid records, and records read back from files broken in one known way`, () => {
      fc.assert(
        fc.property(validFile(kind, { maxRecords: 6 }), (file) => bothWays(kind, file.records, file.fileName)),
        { numRuns: 10 },
      );
      fc.assert(
        fc.property(mutatedFile(kind), (m) => {
          const read = parse(m.bytes, { fileName: m.file.fileName });
          bothWays(kind, read.records as Record<string, unknown>[], m.file.fileName);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('values the fast path leaves to the general path: wrong types, specials, conversions, line breaks', () => {
    const file = fc.sample(validFile('table6Plan', { maxRecords: 1, version: '202407' }), { numRuns: 1, seed: 7 })[0];
    const base = file?.records[0] as Record<string, unknown>;
    const odd: unknown[] = [42, null, 'a,b', 'a"b', '〜', '𠮷', 'line\r\nbreak', 'ｶﾅ', ' 1', ''];
    for (const key of Object.keys(base)) {
      for (const v of odd) bothWays('table6Plan', [base, { ...base, [key]: v }, base], file?.fileName ?? 'x.CSV');
    }
  });
});
