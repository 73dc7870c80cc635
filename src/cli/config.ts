import { dirname, join } from 'node:path';
import { CONFIG_KEYS, type ConfigValues } from './args.js';
import { errnoCode, ioError, usageError } from './errors.js';
import type { CliIo } from './io.js';
import { jsonErrorPosition } from './json-position.js';
import { closest } from './suggest.js';
import { ALL_ISSUE_CODES, isIssueCode } from '../issues/codes.js';
import { isRuleSetting } from '../issues/profiles.js';

/** The name of the config file, looked for in the working directory and each directory above it. */
export const CONFIG_NAME = 'careplan-csv.config.json';

/** Largest config file read (a config file is a few lines; anything larger is not one). */
const MAX_CONFIG_BYTES = 64 * 1024;

/**
 * Reads and validates a config file: JSON, an object whose keys are settings (camelCase flag names, see
 * `CONFIG_KEYS`; `$schema` is allowed and ignored) with values of the right type. An unknown key or a
 * value of the wrong type is a usage error naming the key; a file that is not JSON says where.
 */
function readConfig(file: string, bytes: Uint8Array): ConfigValues {
  if (bytes.length > MAX_CONFIG_BYTES) throw usageError('configNotObject', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw usageError('configNotJson', { file, line: 1, column: 1 });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw usageError('configNotJson', { file, ...(jsonErrorPosition(text) ?? { line: 1, column: 1 }) });
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw usageError('configNotObject', { file });
  const values: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === '$schema') continue;
    const type = CONFIG_KEYS[key];
    if (type === undefined) throw usageError('configUnknownKey', { file, key, suggestion: closest(key, Object.keys(CONFIG_KEYS)) });
    if (type === 'rules') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw usageError('configBadType', { file, key, expected: type });
      for (const [code, setting] of Object.entries(value)) {
        if (!isIssueCode(code)) throw usageError('configUnknownRule', { file, code, suggestion: closest(code, ALL_ISSUE_CODES) });
        if (!isRuleSetting(setting)) throw usageError('configBadType', { file, key: `${key}.${code}`, expected: type });
      }
      values[key] = value;
      continue;
    }
    const ok =
      type === 'boolean'
        ? typeof value === 'boolean'
        : type === 'number'
          ? (typeof value === 'number' && Number.isSafeInteger(value)) || typeof value === 'string'
          : type === 'replacement'
            ? value === 'error' ||
              (value !== null &&
                typeof value === 'object' &&
                !Array.isArray(value) &&
                Object.keys(value).length === 1 &&
                typeof (value as { replacement?: unknown }).replacement === 'string')
            : typeof value === 'string';
    if (!ok) throw usageError('configBadType', { file, key, expected: type });
    values[key] = type === 'replacement' ? (value === 'error' ? undefined : (value as { replacement: string }).replacement) : value;
  }
  return { file, values };
}

/**
 * The config file to use: `--config PATH` (which must exist), else `careplan-csv.config.json` in the
 * working directory or the nearest directory above it that has one, else none. `--no-config` reads none.
 */
export function loadConfig(io: CliIo, explicit: string | undefined, disabled: boolean): ConfigValues | null {
  if (explicit !== undefined) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(explicit);
    } catch (e) {
      throw ioError('configUnreadable', { file: explicit, error: errnoCode(e) });
    }
    return readConfig(explicit, bytes);
  }
  if (disabled || io.cwd === undefined) return null;
  let dir = io.cwd();
  for (;;) {
    const file = join(dir, CONFIG_NAME);
    let bytes: Uint8Array | null = null;
    try {
      bytes = io.readFile(file);
    } catch (e) {
      const code = errnoCode(e);
      // Nothing there (or no way through): look further up. Anything else is the file's problem.
      if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EACCES') throw ioError('configUnreadable', { file, error: code });
    }
    if (bytes !== null) return readConfig(file, bytes);
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
