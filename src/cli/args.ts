import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../issues/locales/index.js';
import { isKind, KINDS, type Kind } from '../kinds.js';
import type { ReadLimits } from '../options.js';
import { usageError } from './errors.js';
import { closest } from './suggest.js';

/** The commands, each with the flags it takes (every command also takes the common flags). */
export type Command = 'validate' | 'fix' | 'to-json' | 'from-json' | 'diff' | 'explain' | 'serve';
export const COMMANDS: readonly Command[] = ['validate', 'fix', 'to-json', 'from-json', 'diff', 'explain', 'serve'];

interface FlagSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The key of the config file that sets it too (none: a flag only). */
  readonly config?: string;
  /** The config file gives it as a number (as the `max…` keys). */
  readonly number?: true;
}

const LIMIT_FLAGS = {
  'max-file-bytes': { type: 'string', config: 'maxFileBytes' },
  'max-record-bytes': { type: 'string', config: 'maxRecordBytes' },
  'max-field-bytes': { type: 'string', config: 'maxFieldBytes' },
  'max-records': { type: 'string', config: 'maxRecords' },
  'max-issues': { type: 'string', config: 'maxIssues' },
  'max-errors': { type: 'string', config: 'maxErrors' },
  'deadline-ms': { type: 'string', config: 'deadlineMs' },
} as const satisfies Record<string, FlagSpec>;

const COMMON_FLAGS = {
  locale: { type: 'string', config: 'locale' },
  config: { type: 'string' },
  'no-config': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, FlagSpec>;

const REPORT_FLAGS = {
  quiet: { type: 'boolean', config: 'quiet' },
  'max-warnings': { type: 'string', config: 'maxWarnings' },
} as const satisfies Record<string, FlagSpec>;

const PARSE_FLAGS = {
  kind: { type: 'string' },
  'include-values': { type: 'boolean', config: 'includeValues' },
  'require-uncertain-fields': { type: 'boolean', config: 'requireUncertainFields' },
  'skip-header': { type: 'boolean', config: 'skipHeader' },
  profile: { type: 'string', config: 'profile' },
  'check-jisx0213': { type: 'boolean', config: 'checkJisX0213' },
  ...LIMIT_FLAGS,
} as const satisfies Record<string, FlagSpec>;

/** The flags of each command. */
export const FLAGS = {
  validate: {
    format: { type: 'string', config: 'format' },
    out: { type: 'string', short: 'o' },
    explain: { type: 'boolean', config: 'explain' },
    jobs: { type: 'string', config: 'jobs', number: true },
    units: { type: 'boolean', config: 'units' },
    'no-units': { type: 'boolean' },
    ...REPORT_FLAGS,
    ...PARSE_FLAGS,
    ...COMMON_FLAGS,
  },
  fix: {
    out: { type: 'string', short: 'o' },
    'dry-run': { type: 'boolean' },
    diff: { type: 'boolean' },
    quiet: { type: 'boolean', config: 'quiet' },
    substitute: { type: 'string', config: 'substitute' },
    ...PARSE_FLAGS,
    ...COMMON_FLAGS,
  },
  'to-json': { jsonl: { type: 'boolean' }, ...REPORT_FLAGS, ...PARSE_FLAGS, ...COMMON_FLAGS },
  'from-json': {
    out: { type: 'string', short: 'o' },
    jsonl: { type: 'boolean' },
    kind: { type: 'string' },
    'allow-invalid': { type: 'boolean', config: 'allowInvalid' },
    variants: { type: 'string', config: 'variants' },
    'replace-unmappable': { type: 'string', config: 'replaceUnmappable' },
    'include-values': { type: 'boolean', config: 'includeValues' },
    'require-uncertain-fields': { type: 'boolean', config: 'requireUncertainFields' },
    profile: { type: 'string', config: 'profile' },
    substitute: { type: 'string', config: 'substitute' },
    ...REPORT_FLAGS,
    ...COMMON_FLAGS,
  },
  diff: {
    format: { type: 'string', config: 'format' },
    'all-providers': { type: 'boolean', config: 'allProviders' },
    'include-values': { type: 'boolean', config: 'includeValues' },
    ...COMMON_FLAGS,
  },
  explain: { ...COMMON_FLAGS },
  serve: {
    port: { type: 'string' },
    host: { type: 'string' },
    workers: { type: 'string' },
    'deadline-ms': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'idle-ms': { type: 'string' },
    'total-ms': { type: 'string' },
    'max-queue': { type: 'string' },
    'max-issues': { type: 'string', config: 'maxIssues' },
    'max-errors': { type: 'string', config: 'maxErrors' },
    profile: { type: 'string', config: 'profile' },
    'check-jisx0213': { type: 'boolean', config: 'checkJisX0213' },
    quiet: { type: 'boolean', config: 'quiet' },
    ...COMMON_FLAGS,
  },
} as const satisfies { readonly [C in Command]: Record<string, FlagSpec> };

/** Every key a config file may have, with its type (each applies to the commands that have the flag). */
export type ConfigType = 'boolean' | 'string' | 'number' | 'replacement' | 'rules';
export const CONFIG_KEYS: { readonly [key: string]: ConfigType } = (() => {
  const keys: { [key: string]: ConfigType } = {};
  for (const flags of Object.values(FLAGS)) {
    for (const spec of Object.values(flags) as FlagSpec[]) {
      if (spec.config === undefined) continue;
      keys[spec.config] =
        spec.type === 'boolean'
          ? 'boolean'
          : spec.config.startsWith('max') || spec.config.endsWith('Ms') || spec.number === true
            ? 'number'
            : 'string';
    }
  }
  keys.replaceUnmappable = 'replacement';
  // Per-code overrides over the profile ({"csv.lineBreak": "error"}): a config key only.
  keys.rules = 'rules';
  return keys;
})();

/** Values as given: flags first, then the config file. A value's `name` says where it came from, for messages. */
export interface Given {
  readonly value: string | boolean;
  readonly name: string;
}

export interface Parsed {
  readonly command: Command;
  readonly flags: { readonly [flag: string]: string | boolean | undefined };
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/**
 * Parses the arguments of a command. Unknown flags (with the closest known one as a suggestion), a string
 * flag without its value and a boolean flag given a value are usage errors, in the message tables'
 * words (never `parseArgs`' English).
 */
export function parseCommand(command: Command, args: readonly string[]): Parsed {
  const specs: Record<string, FlagSpec> = FLAGS[command];
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, s.short === undefined ? { type: s.type } : { type: s.type, short: s.short }]),
  );
  const { values, positionals, tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const help = values.help === true;
  if (!help) {
    for (const t of tokens) {
      if (t.kind !== 'option') continue;
      const spec = specs[t.name];
      if (spec === undefined) {
        const names = Object.keys(specs).map((n) => `--${n}`);
        throw usageError('unknownFlag', {
          flag: t.rawName,
          command,
          suggestion: closest(t.rawName.startsWith('--') ? t.rawName : `--${t.name}`, names),
        });
      }
      // A value taken from the next argument that looks like a flag (`--kind --locale en`) is a value forgotten.
      if (spec.type === 'string' && (t.value === undefined || (t.inlineValue === false && t.value.startsWith('-')))) {
        throw usageError('missingValue', { flag: t.rawName });
      }
      if (spec.type === 'boolean' && t.inlineValue === true) throw usageError('noValueExpected', { flag: t.rawName });
    }
  }
  return { command, flags: values as Parsed['flags'], positionals, help };
}

/** A config file's settings, after validation (see config.ts). */
export interface ConfigValues {
  readonly file: string;
  readonly values: { readonly [key: string]: unknown };
}

/** Reads the value of a flag: from the command line, else from the config file (when the flag has a key there). */
export function given(p: Parsed, flag: string, config: ConfigValues | null): Given | undefined {
  const v = p.flags[flag];
  if (v !== undefined) return { value: v, name: `--${flag}` };
  const spec = (FLAGS[p.command] as Record<string, FlagSpec>)[flag];
  if (spec?.config === undefined || config === null) return undefined;
  const c = config.values[spec.config];
  if (c === undefined) return undefined;
  const value = typeof c === 'number' ? String(c) : (c as string | boolean);
  return { value, name: `"${spec.config}" (${config.file})` };
}

export function bool(p: Parsed, flag: string, config: ConfigValues | null): boolean {
  return given(p, flag, config)?.value === true;
}

export function choice<T extends string>(g: Given | undefined, choices: readonly T[], fallback: T): T {
  if (g === undefined) return fallback;
  const v = String(g.value);
  if (!(choices as readonly string[]).includes(v)) throw usageError('badChoice', { name: g.name, choices, got: v });
  return v as T;
}

export function localeOf(g: Given | undefined): Locale | undefined {
  if (g === undefined) return undefined;
  return choice(g, ['ja', 'en'] as const, 'ja');
}

export function kindOf(v: string | boolean | undefined): Kind | undefined {
  if (v === undefined || v === false) return undefined;
  if (!isKind(v)) throw usageError('badChoice', { name: '--kind', choices: KINDS, got: String(v) });
  return v;
}

const SUFFIX: { readonly [s: string]: number } = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A whole number, optionally with K, M or G (unless `suffixes` is false), from `min` to `max` (null: no upper bound). */
export function count(g: Given, min: number, max: number | null, suffixes = true): number {
  const text = String(g.value);
  const m = (suffixes ? /^([0-9]{1,16})([kmg]?)$/i : /^([0-9]{1,16})()$/).exec(text);
  if (m === null) throw usageError(suffixes ? 'badNumber' : 'badCount', { name: g.name, got: text });
  const n = Number(m[1]) * (SUFFIX[(m[2] as string).toLowerCase()] as number);
  if (n < min || (max !== null && n > max)) throw usageError('outOfRange', { name: g.name, min, max });
  return n;
}

/** Largest byte limit of the library (offsets stay 32-bit). */
const MAX_BYTES = 2 ** 31 - 1;

/** The read limits of the CLI: the library's, and `deadlineMs` (per file). */
export type CliReadLimits = ReadLimits & { readonly deadlineMs?: number };

/** The read limits given (flags, then config), checked as the library checks its options. */
export function limitsOf(p: Parsed, config: ConfigValues | null): CliReadLimits {
  const limits: { -readonly [K in keyof CliReadLimits]: number } = {};
  const set = (flag: keyof typeof LIMIT_FLAGS, option: keyof CliReadLimits, min: number, max: number | null): void => {
    const g = given(p, flag, config);
    if (g !== undefined) limits[option] = count(g, min, max);
  };
  set('max-file-bytes', 'maxFileBytes', 1, MAX_BYTES);
  set('max-record-bytes', 'maxRecordBytes', 1, MAX_BYTES);
  set('max-field-bytes', 'maxFieldBytes', 1, MAX_BYTES);
  set('max-records', 'maxRecords', 1, null);
  set('max-issues', 'maxIssues', 0, null);
  // 0: no limit (as serve's --max-errors).
  set('max-errors', 'maxErrors', 0, null);
  if (limits.maxErrors === 0) limits.maxErrors = Number.POSITIVE_INFINITY;
  set('deadline-ms', 'deadlineMs', 1, null);
  return limits;
}

/**
 * `--units` (true: report the files a send unit lacks, whatever it holds), `--no-units` (false: never),
 * else the config file's `units`, else 'auto' (units of two files or more). Both flags at once is a usage error.
 */
export function unitsOf(p: Parsed, config: ConfigValues | null): boolean | 'auto' {
  const on = p.flags.units === true;
  const off = p.flags['no-units'] === true;
  if (on && off) throw usageError('conflictingFlags', { a: '--units', b: '--no-units' });
  if (on) return true;
  if (off) return false;
  const c = config?.values.units;
  return typeof c === 'boolean' ? c : 'auto';
}

/** `--max-warnings N` (flags, then config), or null. */
export function maxWarningsOf(p: Parsed, config: ConfigValues | null): number | null {
  const g = given(p, 'max-warnings', config);
  return g === undefined ? null : count(g, 0, null);
}

/** Most worker threads `--jobs` may ask for. */
const MAX_JOBS = 256;

/** `--jobs N` (flags, then config), or null (the default: see `defaultJobs` in validate.ts). */
export function jobsOf(p: Parsed, config: ConfigValues | null): number | null {
  const g = given(p, 'jobs', config);
  return g === undefined ? null : count(g, 1, MAX_JOBS, false); // a number of threads: no K, M or G
}

/** The `--locale` on the command line, if valid: for the messages of errors found before the rest is parsed. */
export function localeInArgv(argv: readonly string[]): Locale | undefined {
  let v: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--locale') v = argv[i + 1];
    else if (a.startsWith('--locale=')) v = a.slice('--locale='.length);
  }
  return isLocale(v) ? v : undefined;
}

/**
 * The locale the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX order).
 * `ja…` gives ja; another language (`en_US.UTF-8`, `de_DE`) gives en; `C`, `POSIX` or nothing set says
 * nothing about a language, and gives undefined (the CLI then speaks Japanese, its first language).
 */
export function localeFromEnv(env: { readonly [name: string]: string | undefined } | undefined): Locale | undefined {
  if (env === undefined) return undefined;
  const v = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((x) => x !== undefined && x !== '');
  if (v === undefined) return undefined;
  if (/^ja([_.@-]|$)/i.test(v)) return 'ja';
  if (/^(C|POSIX)([.@]|$)/i.test(v)) return undefined;
  return 'en';
}
