import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { UTF8_WINDOW } from '../../src/parse/read.js';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { collect, cutAt } from './harness.js';

const utf8 = new TextEncoder();
// ASCII-only records (no Japanese in the free text), enough to pass the window the stream holds back.
const asciiRow = csvText([cellsOf(validRecord({ planManagerName: 'Hanako', providerName: 'Himawari' }))]);
const asciiRows = Math.ceil((UTF8_WINDOW * 1.2) / asciiRow.length);
const asciiPart = asciiRow.repeat(asciiRows);
const japaneseRow = csvText([cellsOf(validRecord())]);
const options = { kind: 'table6Plan' as const };
const chunks = (bytes: Uint8Array) =>
  cutAt(
    bytes,
    Array.from({ length: 40 }, (_, i) => i * 40_000 + 7),
  );

describe('streaming reader: a file whose first MiB leaves open whether it is UTF-8', () => {
  it("UTF-8 Japanese after the window: the result is exactly validate's, but records were delivered before", async () => {
    const bytes = utf8.encode(asciiPart + japaneseRow);
    const expected = validate(bytes, options);
    expect(expected.issues.map((i) => [i.code, i.params])).toEqual([['encoding.utf8', { detail: 'utf8' }]]);
    expect(parse(bytes, options).records).toEqual([]);
    expect(await validateStream(chunks(bytes), options)).toEqual(expected);
    const s = await collect(parseStream(chunks(bytes), options));
    expect(s.result).toEqual(expected);
    // The difference, documented: the ASCII records were read as MS932 and delivered before the end.
    expect(s.records.length).toBeGreaterThanOrEqual(Math.floor(UTF8_WINDOW / asciiRow.length));
  });

  it('MS932 Japanese after the window: read as MS932 from the start, exactly as parse', async () => {
    const bytes = new Uint8Array([...ms932(asciiPart), ...ms932(japaneseRow)]);
    const { records, ...expected } = parse(bytes, options);
    expect(expected.ok).toBe(true);
    const s = await collect(parseStream(chunks(bytes), options));
    expect(s.result).toEqual(expected);
    expect(s.records.map((r) => r.record)).toEqual(records);
  });

  it('with maxFileBytes, the part read decides, in both (also when the cut splits a UTF-8 character)', async () => {
    const bytes = utf8.encode(asciiPart + japaneseRow.repeat(3));
    for (const back of [1, 2, 10, japaneseRow.length + 5]) {
      const o = { ...options, maxFileBytes: bytes.length - back };
      expect(await validateStream(chunks(bytes), o)).toEqual(validate(bytes, o));
    }
  });

  it('a shorter file is decided on all of it: no record of a UTF-8 file is delivered', async () => {
    const bytes = utf8.encode(asciiRow.repeat(100) + japaneseRow);
    const s = await collect(parseStream(cutAt(bytes, [100, 5000]), options));
    expect(s.records).toEqual([]);
    expect(s.result).toEqual(validate(bytes, options));
  });
});
