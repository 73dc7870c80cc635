// Entries that could not be read are listed in the HTML report, and the verdict's box says the check is
// incomplete (the CLI exits 2), so that a pass is not taken for a complete one.
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from '../cli/harness.js';
import { one, parseHtml, tableRows, text } from './html.js';

describe('the HTML report of a run with entries not read', () => {
  it('lists them and says the check is incomplete, in the verdict box', () => {
    const r = run(['validate', '--format', 'html', SAMPLE_PLAN, 'missing/<b>UPPLAN.CSV'], {});
    expect(r.code).toBe(2);
    const doc = parseHtml(r.stdout);
    const overall = one(doc, 'div', 'overall');
    expect(text(one(overall, 'p', 'incomplete'))).toBe('読めなかったもの・読まなかったものがあります。検査は完全ではありません。');
    expect(tableRows(one(doc, 'table', 'skipped'))).toEqual([
      ['ファイル名', '理由'],
      ['missing/<b>UPPLAN.CSV', '読めない ENOENT'],
    ]);
  });
});
