/** The usage line of each command (the same in every language: flags and placeholders). */
export const USAGE = {
  validate:
    'careplan-csv validate [--format text|json|html] [-o FILE] [--explain] [--locale ja|en] [--kind KIND] [--include-values] [--quiet] [--max-warnings N] [--jobs N] [OPTIONS] DIR|FILE...',
  toJson: 'careplan-csv to-json [--jsonl] [--kind KIND] [--locale ja|en] [OPTIONS] FILE',
  fromJson: 'careplan-csv from-json [--jsonl] [--locale ja|en] [--allow-invalid] [OPTIONS] JSON -o OUT',
  diff: 'careplan-csv diff [--format text|json] [--locale ja|en] [--all-providers] [--include-values] PLAN ACTUAL',
  explain: 'careplan-csv explain [--locale ja|en] CODE...',
  fix: 'careplan-csv fix [--dry-run] [--diff] [--profile P] [--substitute jisx0213] [--kind KIND] [--include-values] [--locale ja|en] [OPTIONS] FILE|DIR -o OUT',
  serve:
    'careplan-csv serve [--port N] [--host H] [--workers N] [--deadline-ms N] [--max-body-bytes N] [--idle-ms N] [--total-ms N] [--max-queue N] [--max-issues N] [--max-errors N] [--profile P] [--check-jisx0213] [--locale ja|en] [--quiet]',
  main: 'careplan-csv validate|fix|to-json|from-json|diff|explain|serve [OPTIONS] ...',
} as const;
