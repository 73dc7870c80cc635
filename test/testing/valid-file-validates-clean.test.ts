import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { parseFileName } from '../../src/filename/parse.js';
import { KIND_INFO, KINDS } from '../../src/kinds.js';
import { getLayout } from '../../src/schemas/layouts.js';
import { validFile } from '../../src/testing/files.js';

describe('validFile: the bytes validate clean under the generated file name', () => {
  for (const kind of KINDS) {
    it(`${kind}: no issue, and the name agrees with kind, version and month`, () => {
      fc.assert(
        fc.property(validFile(kind, { maxRecords: 4 }), (file) => {
          expect(file.kind).toBe(kind);
          const r = validate(file.bytes, { fileName: file.fileName });
          expect(r.issues).toEqual([]);
          expect(r.kind).toBe(kind);
          expect(r.version).toBe(file.version);
          expect(r.recordCount).toBe(file.records.length);

          const name = parseFileName(file.fileName);
          expect(name.ok).toBe(true);
          if (!name.ok) return;
          expect(name.parts.kind).toBe(kind);
          expect(name.parts.style).toBe(file.version === '202208' ? 'v3' : 'v4');
          const monthKey = getLayout(kind, file.version).monthKey;
          if (!KIND_INFO[kind].monthSegment || monthKey === null) expect(name.parts.month).toBeNull();
          else expect(name.parts.month).toBe((file.records[0] as Record<string, unknown>)[monthKey]);
        }),
        { numRuns: 20 },
      );
    });
  }
});
