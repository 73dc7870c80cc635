import { basename } from 'node:path';
import type { Locale } from '../issues/locales/index.js';
import { PROFILES, type Profile, type RuleOverrides } from '../issues/profiles.js';
import { SUBSTITUTION_POLICIES } from '../encoding/substitution.js';
import { kindFromFileName } from '../filename/index.js';
import {
  bool,
  choice,
  COMMANDS,
  given,
  jobsOf,
  kindOf,
  limitsOf,
  localeFromEnv,
  localeInArgv,
  localeOf,
  maxWarningsOf,
  unitsOf,
  parseCommand,
  type Command,
  type ConfigValues,
  type Parsed,
} from './args.js';
import { loadConfig } from './config.js';
import { runDiff } from './diff.js';
import { runExplain } from './explain.js';
import { runFix } from './fix.js';
import { CliError, EXIT, InternalError, usageError } from './errors.js';
import { printable } from './format.js';
import { OutputClosed, type CliIo } from './io.js';
import { runFromJson, runToJson } from './json-commands.js';
import { internalErrorLine } from './messages.js';
import { messagesFor, USAGE, type Messages } from './messages/index.js';
import { closest } from './suggest.js';
import { runServe } from './serve.js';
import { runValidate } from './validate.js';

export { nodeIo, OutputClosed, type CliIo, type DirEntry, type EntryType, type FileWriter } from './io.js';

/** Exit codes: 0 no error, 1 a file has an error, 2 usage or I/O problem, 3 internal error (a bug). See errors.ts. */
export { EXIT };

const COMMAND_USAGE: { readonly [C in Command]: string } = {
  validate: USAGE.validate,
  fix: USAGE.fix,
  'to-json': USAGE.toJson,
  'from-json': USAGE.fromJson,
  diff: USAGE.diff,
  explain: USAGE.explain,
  serve: USAGE.serve,
};

function help(m: Messages, command: Command | null): string {
  switch (command) {
    case 'validate':
      return m.helpValidate();
    case 'fix':
      return m.helpFix();
    case 'to-json':
      return m.helpToJson();
    case 'from-json':
      return m.helpFromJson();
    case 'diff':
      return m.helpDiff();
    case 'explain':
      return m.helpExplain();
    case 'serve':
      return m.helpServe();
    default:
      return m.helpMain();
  }
}

/** `--profile` (flags, then config) and the config file's `rules`, as library options. */
function profileOf(p: Parsed, config: ConfigValues | null): { profile?: Profile; rules?: RuleOverrides } {
  const g = given(p, 'profile', config);
  const rules = config?.values.rules as RuleOverrides | undefined;
  return {
    ...(g === undefined ? {} : { profile: choice(g, PROFILES, 'standard') }),
    ...(rules === undefined ? {} : { rules }),
  };
}

/** The reading options of the reading commands: the profile, the rules and `--check-jisx0213`. */
function readingOf(
  p: Parsed,
  config: ConfigValues | null,
): { profile?: Profile; rules?: RuleOverrides; skipHeader?: boolean; checkJisX0213: boolean } {
  const skip = given(p, 'skip-header', config);
  return {
    ...profileOf(p, config),
    // Absent unless given: its default depends on the profile.
    ...(skip === undefined ? {} : { skipHeader: skip.value === true }),
    checkJisX0213: bool(p, 'check-jisx0213', config),
  };
}

function isCommand(v: string | undefined): v is Command {
  return (COMMANDS as readonly (string | undefined)[]).includes(v);
}

/** Where the run is: the command, and the locale as far as known (for the messages of errors). */
interface Context {
  command: Command | null;
  locale: Locale;
}

/** `YYYY-MM-DD HH:MM` in local time: when the HTML report was made. */
function localTime(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function runCommand(p: Parsed, config: ConfigValues | null, locale: Locale, io: CliIo, version: string): number | Promise<number> {
  const { flags, positionals } = p;
  switch (p.command) {
    case 'validate': {
      const format = choice(given(p, 'format', config), ['text', 'json', 'html'] as const, 'text');
      if (positionals.length === 0) throw usageError('needsPaths', {});
      const out = flags.out;
      return runValidate(
        positionals,
        {
          format,
          locale,
          kind: kindOf(flags.kind),
          includeValues: bool(p, 'include-values', config),
          requireUncertainFields: bool(p, 'require-uncertain-fields', config),
          ...readingOf(p, config),
          limits: limitsOf(p, config),
          quiet: bool(p, 'quiet', config),
          maxWarnings: maxWarningsOf(p, config),
          explain: bool(p, 'explain', config),
          jobs: jobsOf(p, config),
          units: unitsOf(p, config),
          ...(typeof out === 'string' ? { out } : {}),
          ...(format === 'html' ? { generatedAt: localTime(new Date()), version } : {}),
        },
        io,
      );
    }
    case 'fix': {
      if (positionals.length !== 1) throw usageError('needsOneFile', { command: 'fix' });
      return runFix(
        positionals[0] as string,
        {
          out: typeof flags.out === 'string' ? flags.out : null,
          dryRun: flags['dry-run'] === true,
          diff: flags.diff === true,
          locale,
          kind: kindOf(flags.kind),
          includeValues: bool(p, 'include-values', config),
          requireUncertainFields: bool(p, 'require-uncertain-fields', config),
          skipHeader: bool(p, 'skip-header', config),
          limits: limitsOf(p, config),
          quiet: bool(p, 'quiet', config),
          reading: readingOf(p, config),
          substitute: choice(given(p, 'substitute', config), SUBSTITUTION_POLICIES, 'none'),
        },
        io,
      );
    }
    case 'to-json': {
      if (positionals.length !== 1) throw usageError('needsOneFile', { command: 'to-json' });
      return runToJson(
        positionals[0] as string,
        {
          locale,
          kind: kindOf(flags.kind),
          includeValues: bool(p, 'include-values', config),
          requireUncertainFields: bool(p, 'require-uncertain-fields', config),
          ...readingOf(p, config),
          limits: limitsOf(p, config),
          jsonl: flags.jsonl === true,
          quiet: bool(p, 'quiet', config),
          maxWarnings: maxWarningsOf(p, config),
        },
        io,
      );
    }
    case 'from-json': {
      if (positionals.length !== 1) throw usageError('needsOneFile', { command: 'from-json' });
      const out = flags.out;
      if (typeof out !== 'string') throw usageError('needsOut', {});
      const jsonl = flags.jsonl === true;
      const kind = kindOf(flags.kind) ?? (jsonl ? (kindFromFileName(basename(out)) ?? undefined) : undefined);
      if (jsonl && kind === undefined) throw usageError('jsonlNeedsKind', { out });
      const variants = choice(given(p, 'variants', config), ['convert', 'error'] as const, 'convert');
      const substitute = choice(given(p, 'substitute', config), SUBSTITUTION_POLICIES, 'none');
      const replace = given(p, 'replace-unmappable', config);
      if (replace !== undefined && String(replace.value) === '') throw usageError('badText', { name: replace.name });
      return runFromJson(
        positionals[0] as string,
        {
          out,
          jsonl,
          kind,
          locale,
          quiet: bool(p, 'quiet', config),
          maxWarnings: maxWarningsOf(p, config),
          serialize: {
            allowInvalid: bool(p, 'allow-invalid', config),
            includeValues: bool(p, 'include-values', config),
            requireUncertainFields: bool(p, 'require-uncertain-fields', config),
            ...profileOf(p, config),
            variants,
            substitute,
            ...(replace === undefined ? {} : { unmappable: { replacement: String(replace.value) } }),
          },
        },
        io,
      );
    }
    case 'explain':
      return runExplain(positionals, locale, io);
    case 'serve':
      // The HTTP sidecar (docs/relay.md).
      if (positionals.length > 0) throw usageError('unexpectedArgument', { command: 'serve', got: positionals[0] as string });
      return runServe(p, config, locale, readingOf(p, config), io);
    case 'diff': {
      const format = choice(given(p, 'format', config), ['text', 'json'] as const, 'text');
      if (positionals.length !== 2) throw usageError('needsTwoFiles', {});
      return runDiff(
        positionals[0] as string,
        positionals[1] as string,
        {
          format,
          locale,
          allProviders: bool(p, 'all-providers', config),
          includeValues: bool(p, 'include-values', config),
        },
        io,
      );
    }
  }
}

/** Prints a usage error as eslint does: the message, the usage line of the command, where to read more. */
function printUsageError(io: CliIo, e: CliError, ctx: Context): void {
  const m = messagesFor(ctx.locale);
  const message = e.render(ctx.locale).split('\n').map(printable).join('\n');
  const usage = ctx.command === null ? USAGE.main : COMMAND_USAGE[ctx.command];
  io.stderr(`careplan-csv: ${message}\n${m.usageLine({ usage })}\n${m.seeHelp({ command: ctx.command })}\n`);
}

/**
 * Runs the CLI with the given arguments (without `node` and the script). Returns the exit code (the
 * table in errors.ts): 0, 1, 2 (usage or I/O), or 3 after an unexpected exception (one line on stderr
 * naming the file, no stack). When stdout closes early (EPIPE, `… | head`) the command stops writing and
 * returns its exit code quietly.
 *
 * The locale: `--locale`, else the config file's `locale`, else LC_ALL / LC_MESSAGES / LANG (`ja…` → ja,
 * another language → en), else ja.
 *
 * The exit code comes as a promise only when `validate` checks files on worker threads (`--jobs`, with an
 * `io` that has {@link CliIo.workers}); every other run returns it at once.
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): number | Promise<number> {
  const [first, ...rest] = argv;
  const ctx: Context = { command: null, locale: localeInArgv(argv) ?? localeFromEnv(io.env) ?? 'ja' };
  try {
    switch (first) {
      case '--version':
      case '-v':
        io.stdout(`${version}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help': {
        const topic = rest[0];
        if (first === 'help' && topic !== undefined && !isCommand(topic)) {
          throw usageError('unknownCommand', { name: topic, suggestion: closest(topic, COMMANDS) });
        }
        io.stdout(help(messagesFor(ctx.locale), first === 'help' && isCommand(topic) ? topic : null));
        return EXIT.ok;
      }
      case undefined:
        throw usageError('noCommand', {});
      default:
        if (!isCommand(first)) throw usageError('unknownCommand', { name: first, suggestion: closest(first, COMMANDS) });
    }
    ctx.command = first;
    const parsed = parseCommand(first, rest);
    const flagLocale = localeOf(given(parsed, 'locale', null));
    if (flagLocale !== undefined) ctx.locale = flagLocale;
    if (parsed.help) {
      io.stdout(help(messagesFor(ctx.locale), first));
      return EXIT.ok;
    }
    const configFlag = parsed.flags.config;
    const config = loadConfig(io, typeof configFlag === 'string' ? configFlag : undefined, parsed.flags['no-config'] === true);
    const locale = flagLocale ?? localeOf(given(parsed, 'locale', config)) ?? localeFromEnv(io.env) ?? 'ja';
    ctx.locale = locale;
    const code = runCommand(parsed, config, locale, io, version);
    return typeof code === 'number' ? code : code.catch((e: unknown) => failed(e, io, ctx));
  } catch (e) {
    return failed(e, io, ctx);
  }
}

/** The exit code of a run that threw, with its message on stderr. */
function failed(e: unknown, io: CliIo, ctx: Context): number {
  try {
    if (e instanceof CliError) {
      if (e.code === 'usage') printUsageError(io, e, ctx);
      else io.stderr(`careplan-csv: ${e.render(ctx.locale).split('\n').map(printable).join('\n')}\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputClosed) return EXIT.ok;
    if (e instanceof InternalError) io.stderr(`${internalErrorLine(e.file, e.error, ctx.locale)}\n`);
    else io.stderr(`${internalErrorLine(null, e, ctx.locale)}\n`);
  } catch {
    // stderr failed as well: the exit code is all that is left
  }
  return EXIT.internal;
}
