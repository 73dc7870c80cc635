import { describe, expect, it } from 'vitest';
import { normalizeParseOptions, type ParseOptions } from '../../src/options.js';
import { ReadSession, UTF8_WINDOW } from '../../src/parse/read.js';
import { PIECE_BYTES } from '../../src/stream/source.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

/** Feeds `total` bytes made by `next` in pieces of PIECE_BYTES; returns the largest buffer the session held. */
function feed(options: ParseOptions, total: number, next: (piece: Uint8Array, at: number) => void): { peak: number; session: ReadSession } {
  const session = new ReadSession(normalizeParseOptions({ kind: 'table6Plan', ...options }), null);
  let peak = 0;
  const piece = new Uint8Array(PIECE_BYTES);
  for (let at = 0; at < total && !session.done; at += PIECE_BYTES) {
    next(piece, at);
    session.write(piece);
    peak = Math.max(peak, session.bufferBytes);
  }
  return { peak, session };
}

const record = ms932(csvText([cellsOf(validRecord())]));

describe('streaming reader: memory does not grow with the input', () => {
  it('a valid file holds at most a record and a piece, however long', () => {
    // 64 MiB of records, cut anywhere by the pieces.
    const { peak, session } = feed({}, 64 * 2 ** 20, (piece, at) => {
      for (let i = 0; i < piece.length; i++) piece[i] = record[(at + i) % record.length]!;
    });
    // The unfinished record plus the next piece, in a buffer that grows by doubling.
    expect(peak).toBeLessThanOrEqual(2 * (PIECE_BYTES + record.length));
    // The last record is cut by the end of the 64 MiB inside a quoted field: that is the one error.
    const end = session.end();
    expect(end.issues.map((i) => i.code)).toEqual(['csv.unterminatedQuote']);
  });

  it('a quote that is never closed holds at most about twice maxRecordBytes', () => {
    const maxRecordBytes = 200_000;
    const { peak, session } = feed({ maxRecordBytes }, 32 * 2 ** 20, (piece, at) => {
      // "あAAAA… : one opening quote at the start, and no line break anywhere. (あ, 82 A0 in MS932, tells
      // at once that the file is not UTF-8.)
      piece.fill(0x41);
      if (at === 0) piece.set([0x22, 0x82, 0xa0]);
    });
    expect(peak).toBeLessThanOrEqual(2 * (maxRecordBytes + 2) + 2 * PIECE_BYTES);
    const r = session.end();
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([
      ['limit.recordBytes', { expected: maxRecordBytes, detail: 'openQuote' }],
      ['file.empty', {}],
    ]);
  });

  it('a line without line breaks or quotes is skipped without holding it', () => {
    const maxRecordBytes = 100_000;
    const { peak, session } = feed({ maxRecordBytes }, 16 * 2 ** 20, (piece, at) => {
      piece.fill(0x31);
      if (at === 0) piece.set([0x82, 0xa0]);
    });
    expect(peak).toBeLessThanOrEqual(2 * (maxRecordBytes + 2) + 2 * PIECE_BYTES);
    expect(session.end().issues.map((i) => i.code)).toEqual(['limit.recordBytes', 'file.empty']);
  });

  it('pure ASCII (undecided UTF-8) is held back at most UTF8_WINDOW bytes', () => {
    const ascii = ms932(csvText([cellsOf(validRecord({ planManagerName: 'Hanako', providerName: 'Himawari' }))]));
    const { peak } = feed({}, 8 * 2 ** 20, (piece, at) => {
      for (let i = 0; i < piece.length; i++) piece[i] = ascii[(at + i) % ascii.length]!;
    });
    expect(peak).toBeGreaterThanOrEqual(UTF8_WINDOW);
    expect(peak).toBeLessThanOrEqual(2 * (UTF8_WINDOW + PIECE_BYTES));
  });
});
