import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createReadStream } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, PLAN_NAME_202505, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { cutAt } from './harness.js';

// 300 records, one with a bad date: about 50 KB.
const rows = Array.from({ length: 300 }, (_, i) => cellsOf(validRecord(i === 150 ? { serviceDate: '20250532' } : {})));
const bytes = ms932(csvText(rows));
const options = { fileName: PLAN_NAME_202505 };
const expected = validate(bytes, options);
const chunks = cutAt(bytes, [1, 1000, 1001, 20_000, 40_000]);

const dir = mkdtempSync(join(tmpdir(), 'careplan-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateStream: every kind of source gives the same result', () => {
  it('sanity: the file has one error', () => {
    expect(expected.issues.map((i) => [i.code, i.line])).toEqual([['field.date', 151]]);
  });

  it('an array of chunks, and one chunk larger than a piece', async () => {
    expect(await validateStream(chunks, options)).toEqual(expected);
    expect(await validateStream([bytes], options)).toEqual(expected);
  });

  it('an async generator', async () => {
    const source = (async function* () {
      yield* chunks;
    })();
    expect(await validateStream(source, options)).toEqual(expected);
  });

  it('a WHATWG ReadableStream (as file.stream() and fetch bodies give)', async () => {
    expect(await validateStream(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream(), options)).toEqual(expected);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    expect(await validateStream(stream, options)).toEqual(expected);
  });

  it('Node streams: Readable.from and fs.createReadStream (Buffers)', async () => {
    expect(await validateStream(Readable.from(chunks.map((c) => Buffer.from(c))), options)).toEqual(expected);
    const path = join(dir, PLAN_NAME_202505);
    writeFileSync(path, bytes);
    // Small highWaterMark: many chunks, cut anywhere.
    expect(await validateStream(createReadStream(path, { highWaterMark: 777 }), { fileName: path })).toEqual({
      ...validate(bytes, { fileName: path }),
    });
  });
});
