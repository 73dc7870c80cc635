import type { Locale } from '../issues/locales/index.js';
import { printable } from './format.js';
import type { ReportSkipped as Skipped } from '../report/data.js';
import { messagesFor } from './messages/index.js';

/** An entry of the input that was not checked: reported, counted in the summary, and exit code 2 (the report's type). */
export type { ReportSkipReason as SkipReason, ReportSkipped as Skipped } from '../report/data.js';

/** The stderr line of a skipped entry: `careplan-csv: PATH: why`. */
export function skippedLine(s: Skipped, locale: Locale): string {
  return `careplan-csv: ${printable(s.file)}: ${printable(skippedWhy(s, locale))}`;
}

/** Why an entry was skipped, in `locale`. */
function skippedWhy(s: Skipped, locale: Locale): string {
  const m = messagesFor(locale);
  const error = s.error ?? '?';
  switch (s.reason) {
    case 'notRegularFile':
      return m.skippedNotRegular({ type: s.type ?? 'other' });
    case 'linkOutside':
      return m.skippedLinkOutside({});
    case 'noFiles':
      return m.skippedNoFiles({});
    case 'unreadable':
      return s.type === 'directory' ? m.skippedDirUnreadable({ error }) : m.skippedUnreadable({ error });
  }
}

/** The one line printed for an unexpected exception (a bug), naming the file being handled. */
export function internalErrorLine(file: string | null, e: unknown, locale: Locale): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const detail = what.length > 300 ? `${what.slice(0, 300)}…` : what;
  return `careplan-csv: ${printable(messagesFor(locale).internalError({ file, detail }))}`;
}
