/**
 * `careplan-csv/testing`: [fast-check](https://fast-check.dev) arbitraries for property tests of code that
 * reads or writes ケアプランデータ連携 CSV files, for all 17 kinds.
 *
 * - {@link validRecord} / {@link validRecords}: valid records (one CSVバージョン, one 対象年月 per set).
 * - {@link validFile}: a valid whole file: records, their canonical MS932 bytes and a spec file name.
 * - {@link mutatedFile}: a valid file broken in one known way, with the issue (code, line, column, field)
 *   a correct validator must report — at least that issue; others may come with it.
 * - {@link damagedFile}: a valid file damaged as spreadsheets and editors damage files (UTF-8, a BOM, LF,
 *   a header row, dropped leading zeros, `2025/5/1`, `6:00`, …), with the original bytes and the damages.
 * - Building blocks: {@link fieldValue}, {@link ms932Char}, {@link ms932Characters}, {@link freeText},
 *   {@link calendarDate}, {@link dateInMonth}.
 *
 * `fast-check` (v4) must be installed next to `careplan-csv`: it is an optional peer dependency, needed
 * only by this entry point.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { validate } from 'careplan-csv';
 * import { mutatedFile } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(mutatedFile('table6Plan'), (m) => {
 *   const { issues } = validate(m.bytes, { fileName: m.file.fileName });
 *   return issues.some((i) => i.code === m.expected.code && i.line === m.expected.line);
 * }));
 * ```
 *
 * @packageDocumentation
 */
export {
  calendarDate,
  dateInMonth,
  fieldValue,
  freeText,
  ms932Char,
  ms932Characters,
  validRecord,
  validRecords,
  type RecordOptions,
} from './arbitraries.js';
export { validFile, type ValidFile, type ValidFileOptions } from './files.js';
export {
  ALL_MUTATION_KINDS,
  MUTATION_KINDS,
  applicableMutations,
  mutatedFile,
  type ExpectedIssue,
  type MutatedFile,
  type MutatedFileOptions,
  type MutationKind,
} from './mutations.js';
export { DAMAGE_KINDS, damagedFile, type Damage, type DamagedFile, type DamagedFileOptions, type DamageKind } from './damages.js';
