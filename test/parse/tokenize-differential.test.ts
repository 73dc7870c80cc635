import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_QUOTED } from '../../src/parse/tokenize.js';
import { csvDocument, csvRecord, documentBytes, lineBreak, physicalLines, writeDocument, writeField } from './tokenize-arbitraries.js';
import { bytesOf, run } from './tokenize-harness.js';

/**
 * csv-parse with options matching our rules: any of CRLF, LF, CR ends a record; no BOM handling; no
 * column-count check; latin1 so that each byte is one character.
 */
function csvParse(bytes: Uint8Array, skipEmptyLines = false): string[][] {
  return parse(Buffer.from(bytes), {
    bom: false,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    encoding: 'latin1',
    skip_empty_lines: skipEmptyLines,
  });
}

describe('tokenize: differential against csv-parse on well-formed CSV', () => {
  it('produces the same rows and field values as csv-parse and as the model', () => {
    fc.assert(
      fc.property(csvDocument, (doc) => {
        const bytes = documentBytes(doc);
        const ours = run(bytes);
        expect(ours.problems).toEqual([]);
        const values = ours.rows.map((r) => r.values);
        expect(values).toEqual(csvParse(bytes));
        expect(values).toEqual(doc.records.map((rec) => rec.map((f) => f.value)));
        // Quoted flag as written, and the line count.
        expect(ours.rows.map((r) => r.flags.map((f) => (f & FIELD_QUOTED) !== 0))).toEqual(doc.records.map((rec) => rec.map((f) => f.quoted)));
        expect(ours.lines).toBe(physicalLines(writeDocument(doc)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives each row and field the physical line it starts on', () => {
    fc.assert(
      fc.property(csvDocument, (doc) => {
        const { rows } = run(documentBytes(doc));
        // Model: count the line breaks written before each field.
        let text = '';
        const expected: number[][] = [];
        doc.records.forEach((rec, i) => {
          const lines: number[] = [];
          rec.forEach((f, k) => {
            if (k > 0) text += ',';
            lines.push(physicalLines(`${text}x`));
            text += writeField(f);
          });
          expected.push(lines);
          text += doc.breaks[i];
        });
        expect(rows.map((r) => r.fieldLine)).toEqual(expected);
        expect(rows.map((r) => r.line)).toEqual(expected.map((l) => l[0]));
      }),
      { numRuns: 1000 },
    );
  });

  it('skips empty lines like csv-parse with skip_empty_lines, reporting each one', () => {
    const withEmptyLines = fc.array(
      fc.oneof(
        fc.tuple(csvRecord, lineBreak).map(([rec, eol]) => ({ text: rec.map(writeField).join(',') + eol, empty: false })),
        lineBreak.map((eol) => ({ text: eol, empty: true })),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(withEmptyLines, (parts) => {
        // A record ending in CR followed by an empty line starting with LF would be one CRLF break:
        // skip those.
        const text = parts.map((p) => p.text).join('');
        fc.pre(!parts.some((p, i) => p.text.endsWith('\r') && parts[i + 1]?.text.startsWith('\n')));
        const bytes = bytesOf(text);
        const ours = run(bytes);
        expect(ours.rows.map((r) => r.values)).toEqual(csvParse(bytes, true));
        expect(ours.problems.map((p) => p.code)).toEqual(parts.filter((p) => p.empty).map(() => 'emptyLine'));
      }),
      { numRuns: 1000 },
    );
  });
});
