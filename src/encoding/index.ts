/**
 * Strict MS932 (Windows-31J / Shift_JIS as used by Windows) codec: decoding with exact byte
 * offsets for every invalid sequence and 外字, UTF-8 detection, and encoding that never changes a
 * character silently.
 * @module
 */

export { ByteSink } from './byte-sink.js';
export { decodeMs932, decodeRange } from './decode.js';
export type { DecodeProblem, DecodeResult } from './decode.js';
export { detectUtf8 } from './detect.js';
export { encodeInto, encodeMs932, normalizeEncodeOptions } from './encode.js';
export type { EncodeOptions, EncodeProblem, EncodeResult, NormalizedEncodeOptions } from './encode.js';
export { outsideJisX0213, type OutsideJisX0213 } from './jisx0213.js';
export {
  applySubstitutions,
  substituteFor,
  SUBSTITUTION_POLICIES,
  type Substitution,
  type SubstitutionPolicy,
} from './substitution.js';
