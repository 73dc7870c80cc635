/**
 * Text input: a string given to `parse`, `validate` or the unit checks is encoded to MS932 once, here,
 * and then read as bytes.
 * @module
 */
import { ByteSink } from '../encoding/byte-sink.js';
import { encodeInto, encodeMs932, normalizeEncodeOptions, type EncodeProblem } from '../encoding/encode.js';
import { encodeProblemIssue } from '../serialize/serialize.js';
import type { InjectedProblem } from './rows.js';

/**
 * Encodes a string input to MS932 for reading. Characters MS932 cannot hold become 〓 (so the rest of
 * the file is still checked) and are reported as errors at their record and field; converted variants are
 * reported as warnings. Returns the bytes and the problems at their byte offsets (for `readBytes`).
 */
export function encodeForReading(text: string, includeValues: boolean): { bytes: Uint8Array; injected: InjectedProblem[] } {
  const options = normalizeEncodeOptions({ unmappable: { replacement: '〓' } });
  const { bytes, problems } = encodeMs932(text, { unmappable: { replacement: '〓' } });
  const injected: InjectedProblem[] = [];
  // Byte offset of each problem: the text between consecutive problems is encoded again into one sink
  // (each character once: linear overall).
  const sink = new ByteSink(256);
  const scratch: EncodeProblem[] = [];
  let offset = 0;
  let from = 0;
  for (const p of problems) {
    sink.pos = 0;
    encodeInto(text.slice(from, p.index), sink, options, scratch);
    scratch.length = 0;
    offset += sink.pos;
    from = p.index;
    // 〓 stands in for an unmappable character here, but for the reader it is an error, not a choice.
    const issue = encodeProblemIssue(p.code === 'replaced' ? { ...p, code: 'unmappable' } : p, null, includeValues);
    // String input is encoded without a substitution policy: nothing is substituted.
    if (issue.code === 'encoding.substituted') continue;
    const { code, params } = issue;
    injected.push({ offset, code: code === 'encoding.converted' ? code : 'encoding.unmappable', params });
  }
  return { bytes: bytes as Uint8Array, injected };
}
