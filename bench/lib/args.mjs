/**
 * Command-line options of the benchmark scripts, read with Node's own `util.parseArgs` (strict: an unknown
 * option is an error) and converted here: `--help` prints the usage and exits.
 */
import { parseArgs } from 'node:util';

/**
 * The options given in `argv`: each of `names` a string option, each of `flags` a boolean one (`true` when
 * given), or exits after printing `usage` for `--help`. An unknown option or a missing value throws, with
 * the usage.
 * @param {string[]} argv
 * @param {string[]} names
 * @param {string} usage
 * @param {string[]} [flags]
 * @returns {Record<string, string | boolean | undefined>}
 */
export function readOptions(argv, names, usage, flags = []) {
  /** @type {Record<string, { type: 'string' } | { type: 'boolean' }>} */
  const options = { help: { type: 'boolean' } };
  for (const name of names) options[name] = { type: 'string' };
  for (const name of flags) options[name] = { type: 'boolean' };
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (e) {
    throw new Error(`${/** @type {Error} */ (e).message}\n${usage}`);
  }
  if (values.help === true) {
    console.log(usage);
    process.exit(0);
  }
  return /** @type {Record<string, string | boolean | undefined>} */ (values);
}

/** `value` as a positive integer, or an error naming `--name`. */
export function positiveInt(/** @type {string} */ name, /** @type {string} */ value) {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive integer`);
  return n;
}

/** `value` as a non-negative integer, or an error naming `--name`. */
export function nonNegativeInt(/** @type {string} */ name, /** @type {string} */ value) {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a non-negative integer`);
  return n;
}

/** `value` as a positive number, or an error naming `--name`. */
export function positiveNumber(/** @type {string} */ name, /** @type {string} */ value) {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new Error(`--${name} needs a positive number`);
  return n;
}
