// Our additions to the spec data (spec/layouts/<kind>.json), one file per layout under scripts/overlay/: the record
// key of every column, the field type where the spec data's classification is too coarse (`id` → insurer /
// insured / office number), repeated groups, and how this library reads the details the spec data marks
// uncertain. Consumed by scripts/gen-layouts.mjs only.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * @typedef {object} Reading
 * @property {'required' | 'optional' | 'conditional' | 'uncertain'} [required]
 * @property {number | null} [maxLength]
 * @property {string} [type]
 * @property {string} note why the detail is uncertain and how it is read (English)
 */
/**
 * @typedef {object} Overlay
 * @property {string} exportName UPPER_SNAKE name of the generated column table
 * @property {string} typeName PascalCase name of the generated record interface (ends in `Record`)
 * @property {string[]} keys one per column in CSV order; inside a repeated group the member key
 * @property {{ from: number, slots: number, size: number, key: string, itemTypeName: string }[]} [groups]
 * @property {Record<number, string>} [types] field type per column No.
 * @property {number[]} [allowNoTime] time columns that accept 9999
 * @property {Record<number, '202407'>} [addedIn] columns added in 202407
 * @property {Record<number, number>} [lengthIn202208] 項目長 in 202208 where it differs
 * @property {Record<number, string>} [placeholders] placeholder value accepted by a date / month column
 * @property {Record<number, Reading>} [readings]
 */

const dir = join(dirname(fileURLToPath(import.meta.url)), 'overlay');

/** @type {Record<string, Overlay>} */
export const OVERLAY = {};
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  const kind = file.slice(0, -'.mjs'.length);
  OVERLAY[kind] = (await import(pathToFileURL(join(dir, file)).href)).default;
}
