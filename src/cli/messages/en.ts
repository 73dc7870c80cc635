/** The CLI's messages in English: the ids and parameters of `ja.ts` (type-checked, and tested). @module */
import type { Messages } from './ja.js';
import { USAGE } from './usage.js';
import { repairChangeMessage } from '../../repair/messages.js';
import { COMBINATION_LABELS } from '../../units/labels.js';

const TYPE = {
  file: 'file',
  directory: 'directory',
  symlink: 'symbolic link',
  fifo: 'named pipe',
  socket: 'socket',
  characterDevice: 'character device',
  blockDevice: 'block device',
  other: 'unknown type',
} as const;

const LIMITS_HELP = `Read limits (per file; a larger file is read piece by piece up to the limit, and gets limit.fileBytes):
  --max-file-bytes N (default 1G)   --max-record-bytes N (1M)   --max-field-bytes N (64K)
  --max-records N (10000000)        --max-issues N (1000 listed per file)
  --max-errors N (stop reading at N errors; default: read all)   --deadline-ms N (most milliseconds per file)
  N is a whole number, optionally with K, M or G (×1024, ×1024², ×1024³).`;

const PARSE_HELP = `  --kind KIND                    the file kind (default: from the file name)
  --include-values               put field values into issues (personal data: off by default)
  --require-uncertain-fields     treat the columns whose 必須 mark is uncertain in the spec as required
  --skip-header                  skip a first line not starting with a CSVバージョン, as a header (warning)
  --profile strict|standard|lenient
                                 the reading of the standard (default standard; docs/profiles.md): strict for
                                 senders, lenient for receivers; config key "rules" overrides codes
  --check-jisx0213               warn per character outside JIS X 0213 (the 2027 Web service's set)`;

const COMMON_HELP = `  --locale ja|en                 language of messages (default: config file, LC_ALL/LC_MESSAGES/LANG, else ja)
  --config PATH                  config file (default: careplan-csv.config.json, looked for upward from the
                                 working directory)
  --no-config                    read no config file
  -h, --help                     this help`;

const EXIT_HELP = `Exit codes: 0 no error (warnings allowed), 1 a file or send unit has an error (diff: differences; more
warnings than --max-warnings), 2 usage or I/O problem (an entry that could not be read, or was skipped),
3 internal error (a bug: please report it).`;

export const en: Messages = {
  helpMain: () => `careplan-csv — ケアプランデータ連携標準仕様 CSV files (strict MS932)

Usage:
  ${USAGE.validate}
  ${USAGE.fix}
  ${USAGE.toJson}
  ${USAGE.fromJson}
  ${USAGE.diff}
  ${USAGE.explain}
  careplan-csv serve [OPTIONS]
  careplan-csv --version | --help | help COMMAND

validate   checks files, and the send units they form (same ファイル連番, sender and receiver: combination,
           links by key, 第6表 ↔ 第7表, family images, what delete files withdraw); directories are walked
           for .CSV files and UPKIHON_IMAGE JPEGs (regular files only; symbolic links are followed only
           within the directory given). Entries not read are reported and counted.
           Text output: FILE:LINE:COLUMN: severity code 項目名 message [(→ OTHER FILE:LINE)]
fix        mends what has one reading (encoding, line ends, header row, leading zeros, 2025/5/1, 6:00, …)
           and writes the canonical file (--diff: each change; --dry-run: nothing written)
to-json    prints {kind, version, fileName, records} (--jsonl: one record per line); issues go to stderr
from-json  reads {kind, records} (the to-json shape) or JSON Lines and writes the canonical CSV file to OUT
diff       compares 第6表 予定 (UPPLAN) with 実績 (UPJSK)
explain    what an issue code means, its usual causes and what to do (e.g. careplan-csv explain field.tooLong)
serve      a small HTTP validation service (POST /validate, GET /health; docs/relay.md)

Help of a command: careplan-csv COMMAND --help

${EXIT_HELP}

The kind comes from the file name (e.g. UPPLAN_202505_…CSV) or --kind.
Field values are never printed in issues unless --include-values is given (care data is personal).
`,
  helpValidate: () => `Usage: ${USAGE.validate}

Checks files and directories, and the send units they form.

Options:
  --format text|json|html        output format (default text); html: a printable report (one file, no network)
  -o, --out FILE                 write to FILE instead of stdout (renamed to FILE once complete)
  --explain                      text output: a line with the remedy under each issue (JSON always has help)
  --quiet                        print errors only (no warning or withdrawal lines; JSON is unchanged)
  --max-warnings N               exit 1 when there are more than N warnings
  --jobs N                       check files on N threads at once, this one and N-1 workers (default:
                                 the available cores for 32 MiB of files or more, else 1: this thread
                                 only); the output is the same whatever N
  --units                        always report the files a send unit lacks (unit.memberMissing, unit.masterFileMissing)
  --no-units                     never report them (default: only for send units of two files or more)
${PARSE_HELP}
${COMMON_HELP}

${LIMITS_HELP}

${EXIT_HELP}
`,
  helpToJson: () => `Usage: ${USAGE.toJson}

Reads a CSV file and writes {kind, version, fileName, records} as JSON to stdout (records are written as
they are read: memory does not grow with the file). Issues go to stderr.

Options:
  --jsonl                        JSON Lines: one record per line (no kind/version header)
  --quiet                        print error issues only
  --max-warnings N               exit 1 when there are more than N warnings
${PARSE_HELP}
${COMMON_HELP}

${LIMITS_HELP}

${EXIT_HELP}
`,
  helpFromJson: () => `Usage: ${USAGE.fromJson}

Reads the to-json output ({kind, records}), or with --jsonl JSON Lines (one record per line), and writes the
canonical CSV file to OUT; nothing is written when there is an error (unless --allow-invalid). JSON Lines are
read and written piece by piece. A record's issues are shown where the record starts in the JSON (JSON:LINE:COLUMN;
JSON Lines: JSON:LINE).

Options:
  -o, --out OUT                  the file to write (required; its name is checked too)
  --jsonl                        the input is JSON Lines (the kind from --kind or the name of OUT)
  --kind KIND                    the file kind (with --jsonl; default: from the name of OUT)
  --allow-invalid                write even when there are errors (never when a character cannot be encoded)
  --variants convert|error       write 〜 ‖ − ¢ £ ¬ — in their MS932 form (default convert, a warning), or error
  --replace-unmappable CHAR      write CHAR for a character MS932 does not have (default: an error)
  --include-values               put field values into issues
  --require-uncertain-fields     treat the columns whose 必須 mark is uncertain in the spec as required
  --profile strict|standard|lenient
                                 how the written records are checked (default standard)
  --substitute jisx0213          write JIS X 0213 characters MS932 lacks as their usual substitutes
                                 (each reported; default: an error; docs/jisx0213.md)
  --quiet                        print error issues only
  --max-warnings N               exit 1 when there are more than N warnings
${COMMON_HELP}

${EXIT_HELP}
`,
  helpDiff: () => `Usage: ${USAGE.diff}

Compares a 第6表 予定 file (UPPLAN) with a 実績 file (UPJSK), per user-month, and prints one line per
difference: missing (planned, not delivered), extra (delivered, not planned), changed (columns differ).
Only the providers and service types present in ACTUAL are compared (a UPJSK file comes from one
provider); --all-providers compares every plan row. The files may come in either order: which is 予定
and which 実績 is told by their names (UPPLAN, UPJSK) or content (実績 is made after its 対象年月); two
files of the same kind are refused (exit 2). 被保険者番号 and free text are printed only with
--include-values.

Options:
  --format text|json             output format (default text)
  --all-providers                compare every plan row
  --include-values               print 被保険者番号 and free text
${COMMON_HELP}

Exit 0 when there is no difference, 1 when there are, 2 on usage or I/O problems or when a file has
errors that prevent matching (run validate on it), 3 internal error.
`,
  helpServe: () => `Usage: ${USAGE.serve}

An HTTP service that validates the body of POST /validate?name=FILE and answers validate's JSON result
(and GET /health), to run beside a vendor's upload endpoint. Nothing of an upload is logged, not even its name.

Options:
  --port N                       the port to listen on (default 8080; 0: any free port)
  --host H                       the address to listen on (default 127.0.0.1)
  --workers N                    validation worker threads (default: the number of CPUs)
  --deadline-ms N                most milliseconds to read and validate one upload (default 2000; then limit.deadline)
  --max-body-bytes N             largest body in bytes (default 32M; K, M, G allowed)
  --idle-ms N                    most milliseconds without a byte of the body (default 10000; then 408)
  --total-ms N                   most milliseconds for a whole request (default 30000; then 408)
  --max-queue N                  uploads waiting for a worker (default 64 per worker; then 503)
  --max-issues N                 most issues listed in a result
  --max-errors N                 stop reading at this many errors (default 100; 0: all)
  --profile strict|standard|lenient
                                 how the spec is read for every upload (default standard; docs/profiles.md)
  --check-jisx0213               warn of each character outside JIS X 0213
  --quiet                        no log line per request
${COMMON_HELP}

Exit 0 once started (the process lives on; SIGTERM or SIGINT stops it), 2 on a usage problem or when it
cannot listen.
`,
  serveListening: (p) => `serve: listening on ${p.url}`,
  serveStopping: () => 'serve: shutting down (waiting for the requests in progress)',
  serveStopped: () => 'serve: stopped',
  serveCannotListen: (p) => `serve: cannot listen (${p.error})`,
  unexpectedArgument: (p) => `${p.command} takes no argument (${p.got})`,
  helpExplain: () => `Usage: ${USAGE.explain}

Prints, for each issue code (the code of validate's output), what it means, its usual causes, what to do
and the types of its params. For a kind of change that fix prints (lineBreak, leadingZeros, …), prints the
change and the issues it mends; for the hint of an issue (hint.code in JSON: utf8Content, otherKind, …), the
probable cause and the issues given with it. The whole catalogue is docs/issue-codes.md.

Options:
${COMMON_HELP}

Exit 0 when printed, 2 for an unknown code.
`,
  explainCauses: () => 'Usual causes:',
  explainChange: (p) => `${p.kind} (a change of fix)`,
  explainChangeMends: () => 'Mends:',
  explainHint: (p) => `${p.hint} (a probable cause: the hint of an issue)`,
  explainHintMended: () => 'fix mends it.',
  explainHintNotMended: () => 'fix does not mend it: check which file this is.',
  explainHintIssues: () => 'Given with:',
  explainChangeValues: () => 'Mends: value issues (field.*) whose probable cause is',
  explainProfiles: () => 'Severity by profile:',
  hintLine: (p: { message: string; repairable: boolean }): string =>
    `Probable cause: ${p.message}${p.repairable ? ' (careplan-csv fix mends this)' : ''}`,
  helpFix: () => `Usage: ${USAGE.fix}

Mends only what has one reading and writes the canonical CSV file (MS932, CRLF, only free text quoted) to
OUT: encoding (UTF-8 → MS932, a BOM, duplicate MS932 codes, JIS-style characters), shape (line ends, the
final line end, blank lines, a header row, quotes) and values (CSVバージョン aliases, leading zeros,
2025/5/1 and 6:00 formats, full-width digits and letters, spaces around a value outside free text). Nothing else: a wrong code, a missing required
value or a date that is not a day stays, and the result's check reports it. Given a DIR, each of its .CSV
files is written under the same name in the directory OUT (which must exist).

Options:
  -o, --out OUT                  where to write (for a DIR, an existing directory)
  --dry-run                      write nothing (show the changes and the issues left)
  --diff                         print each change (values only with --include-values)
  --substitute jisx0213          in UTF-8 input, write characters MS932 lacks as their usual substitutes
                                 (each reported as a change; default: not mended, an error)
  --quiet                        print error issues only
${PARSE_HELP}
${COMMON_HELP}

${LIMITS_HELP}

Exit codes: 0 the result has no error, 1 errors remain (or a file could not be rewritten), 2 usage or I/O problem, 3 internal error.
`,
  fixChange: (p) => repairChangeMessage(p.kind, p.count, 'en'),
  fixSummary: (p) =>
    `${p.file}: ${p.changes} change(s)${p.target === null ? ' (nothing written)' : ` → ${p.target}`}${p.errors > 0 ? `, ${p.errors} error(s) remain` : ''}`,
  fixNotWritten: (p) => `${p.file}: not rewritten (its records cannot be read faithfully, or a character is not in MS932; ${p.errors} error(s))`,
  explainRemedy: () => 'What to do:',
  explainMore: () => 'Catalogue:',
  usageLine: (p) => `Usage: ${p.usage}`,
  seeHelp: (p) => `See careplan-csv ${p.command === null ? '' : `${p.command} `}--help`,

  noCommand: () => 'no command given',
  unknownCommand: (p) => `unknown command ${p.name}${p.suggestion === null ? '' : ` (did you mean ${p.suggestion}?)`}`,
  unknownFlag: (p) => `unknown option ${p.flag} for ${p.command}${p.suggestion === null ? '' : ` (did you mean ${p.suggestion}?)`}`,
  missingValue: (p) => `${p.flag} needs a value`,
  noValueExpected: (p) => `${p.flag} takes no value`,
  conflictingFlags: (p) => `${p.a} and ${p.b} cannot be given together`,
  badChoice: (p) => `${p.name} must be ${p.choices.length === 2 ? p.choices.join(' or ') : `one of ${p.choices.join(', ')}`} (got ${p.got})`,
  badNumber: (p) => `${p.name} must be a whole number, optionally with K, M or G (got ${p.got})`,
  badCount: (p) => `${p.name} must be a whole number (got ${p.got})`,
  outOfRange: (p) => `${p.name} must be a whole number ${p.max === null ? `of at least ${p.min}` : `from ${p.min} to ${p.max}`}`,
  badText: (p) => `${p.name} must be a non-empty string`,
  needsPaths: () => 'validate needs at least one DIR or FILE',
  needsOneFile: (p) => `${p.command} needs exactly one FILE`,
  needsOut: () => 'from-json needs -o OUT',
  needsOutFix: () => 'fix needs -o OUT (or --dry-run to write nothing)',
  needsTwoFiles: () => 'diff needs exactly two files: PLAN ACTUAL',
  needsIssueCode: () => 'explain needs one or more issue codes (e.g. field.tooLong)',
  unknownIssueCode: (p) => `unknown issue code ${p.code}${p.suggestion === null ? '' : ` (did you mean ${p.suggestion}?)`}`,
  jsonlNeedsKind: (p) => `--jsonl needs --kind, or an OUT whose name gives the kind (${p.out})`,

  configUnreadable: (p) => `cannot read the config file ${p.file} (${p.error})`,
  configNotJson: (p) => `the config file ${p.file} is not valid JSON (line ${p.line}, column ${p.column})`,
  configNotObject: (p) => `the config file ${p.file} is not a JSON object {…}`,
  configUnknownKey: (p) => `config file ${p.file}: unknown setting "${p.key}"${p.suggestion === null ? '' : ` (did you mean "${p.suggestion}"?)`}`,
  configBadType: (p) =>
    `config file ${p.file}: "${p.key}" must be ${{ boolean: 'true or false', string: 'a string', number: 'a number (or a string such as "1G")', replacement: '"error" or {"replacement": "〓"}', rules: 'an object of issue code → "off", "info", "warning" or "error"' }[p.expected]}`,
  configUnknownRule: (p) =>
    `config file ${p.file}: "rules" names an unknown issue code "${p.code}"${p.suggestion === null ? '' : ` (did you mean "${p.suggestion}"?)`}`,

  cannotRead: (p) => `cannot read ${p.file} (${p.error})`,
  noCsvToFix: (p) => `${p.file} holds no .CSV file to fix`,
  cannotWrite: (p) => `cannot write ${p.file} (${p.error})`,
  notUtf8: (p) => `${p.file} is not valid UTF-8`,
  notJson: (p) => `${p.file} is not valid JSON (line ${p.line}, column ${p.column})`,
  notToJsonShape: (p) => `${p.file} must be an object {"kind": KIND, "records": [...]} (the to-json output)`,
  notRecordLine: (p) => `line ${p.line} of ${p.file} is not a JSON object (one record)`,
  jsonRecord: (p) => `record ${p.n}`,
  notWritten: (p) => `${p.file} not written (errors)`,
  tooManyWarnings: (p) => `too many warnings (${p.count}; at most ${p.max}: --max-warnings)`,
  internalError: (p) => `internal error${p.file === null ? '' : ` while handling ${p.file}`}: ${p.detail} (a bug: please report it)`,

  skippedNotRegular: (p) => `not a regular file (${TYPE[p.type]}): not read`,
  skippedLinkOutside: () => 'symbolic link leading out of the given directory: not followed',
  skippedNoFiles: () => 'directory holding no file to check (no .CSV file, no UPKIHON_IMAGE_….jpg, at any depth)',
  skippedDirUnreadable: (p) => `cannot read the directory (${p.error})`,
  skippedUnreadable: (p) => `cannot read (${p.error})`,
  skippedSummary: (p) =>
    `${p.n} entry(ies) not checked (see the careplan-csv: lines)${p.checked === 0 ? ': no file was checked' : ': the check is incomplete'}`,
  filesSummary: (p) =>
    `${p.files} file(s): ${p.errors} error(s), ${p.warnings} warning(s)${p.infos > 0 ? `, ${p.infos} info(s)` : ''} (${p.invalidFiles} file(s) with errors)`,
  unitsSummary: (p) =>
    `${p.units} send unit(s): ${p.invalid} invalid, ${p.warnings} with warnings (checks between files: ${p.unitErrors} error(s), ${p.unitWarnings} warning(s))`,
  unitVerdict: (p) =>
    `${p.label} ${p.combination}: send unit ${p.invalid ? 'invalid' : 'with warnings'} (${p.errors} error(s), ${p.warnings} warning(s) in its files and between them)`,
  withdrawal: (p) => `${p.where} withdraws ${p.what}${p.month}${p.cascade === '' ? '' : ` (with ${p.cascade})`}${p.key}`,
  progress: (p) => `${p.done}/${p.total} files (${p.rate} files/s)`,
  combination: COMBINATION_LABELS.en,

  diffNotTable6: (p) => `${p.file} is not a 第6表 file (UPPLAN or UPJSK): its name says ${p.kind}`,
  diffSameKind: (p) => `${p.first} and ${p.second} are both ${p.kind}: diff needs one 予定 file (UPPLAN) and one 実績 file (UPJSK)`,
  diffNoteOrder: (p) =>
    `note: neither the file names nor the content tell 予定 from 実績; comparing ${p.plan} as 予定 and ${p.actual} as 実績 (the order given)`,
  diffBlocked: (p) => `cannot compare: ${p.file} has ${p.n} error(s) that prevent matching`,
  diffNoteErrors: (p) => `note: ${p.file} has ${p.n} error(s) outside the matching columns (run validate)`,
  diffNoteMonths: (p) => `note: the files are for different months (${p.plan}: ${p.planMonths}; ${p.actual}: ${p.actualMonths})`,
};
