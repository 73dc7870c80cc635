/**
 * What of a file being read is valid but not in the canonical form the serializer writes: line ends other
 * than CRLF, no line end after the last record, quotes around a column that is not free text (or none
 * around an empty free text), duplicate MS932 codes. Counted per kind while reading, with the first place
 * of each, and reported once per kind at the end as `info` issues, so that the whole-buffer and the
 * streaming reader give the same issues however the bytes are cut.
 * @module
 */
import type { IssueCode } from '../issues/codes.js';
import type { IssueCollector, IssueLocation } from '../issues/collector.js';

/** One kind of deviation: how often, and where first. */
interface Tally {
  count: number;
  first: IssueLocation | null;
}

/** The kinds, in the order they are reported. */
const KINDS = ['csv.lineBreak', 'csv.finalLineBreak', 'csv.quoting', 'encoding.nonCanonical'] as const satisfies readonly IssueCode[];
type DeviationCode = (typeof KINDS)[number];

/** @internal */
export class CanonicalTally {
  private readonly tallies = new Map<DeviationCode, Tally>();
  /** Which of LF and CR ended records (for `csv.lineBreak`'s detail). */
  private lf = false;
  private cr = false;

  /** Whether the first place of `code` is still to be recorded (callers compute places only then). */
  needsPlace(code: DeviationCode): boolean {
    return !this.tallies.has(code);
  }

  /** Counts `n` deviations of `code`; `at` is taken when it is the first (see {@link needsPlace}). */
  add(code: DeviationCode, n: number, at: (() => IssueLocation) | null): void {
    const t = this.tallies.get(code);
    if (t !== undefined) t.count += n;
    else this.tallies.set(code, { count: n, first: at === null ? null : at() });
  }

  /** A record ended with LF (`lf` true) or a lone CR. */
  lineBreak(lf: boolean, at: () => IssueLocation): void {
    if (lf) this.lf = true;
    else this.cr = true;
    this.add('csv.lineBreak', 1, at);
  }

  /** Reports one `info` issue per kind seen, at its first place, with the count. Call once, at the end. */
  report(issues: IssueCollector): void {
    for (const code of KINDS) {
      const t = this.tallies.get(code);
      if (t === undefined) continue;
      if (code === 'csv.lineBreak') {
        issues.add(code, t.first ?? {}, { actual: t.count, detail: this.lf && this.cr ? 'lf+cr' : this.lf ? 'lf' : 'cr' });
      } else {
        issues.add(code, t.first ?? {}, { actual: t.count });
      }
    }
    this.tallies.clear();
  }
}
