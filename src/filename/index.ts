/**
 * File names of ケアプランデータ連携標準仕様: parse (v4 = 第4.1版 and v3 = 第3.x styles) and build.
 */
export { buildFileName } from './build.js';
export { toDateString, toFileSerial, toYearMonthString } from './dates.js';
export { kindFromFileName, parseFileName } from './parse.js';
export {
  FILE_NAME_PROBLEM_CODES,
  type BuildFileNameInput,
  type FileNameAttachment,
  type FileNameParts,
  type FileNameProblem,
  type FileNameProblemCode,
  type FileNameSegment,
  type FileNameStyle,
  type ParseFileNameFailure,
  type ParseFileNameResult,
  type ParseFileNameSuccess,
} from './types.js';
