// `fix --diff` prints the kind of each change (lineBreak, leadingZeros, …); `explain` takes those kinds
// too: the change, the issue codes it mends and their explanations (before, it refused them as unknown
// issue codes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISSUE_HELP } from '../../src/issues/help/index.js';
import { HINT_CODES, isHintCode } from '../../src/issues/hints.js';
import { HINT_MESSAGES } from '../../src/issues/locales/hints.js';
import { REPAIR_CHANGE_ISSUES, REPAIR_CHANGE_KINDS } from '../../src/repair/repair.js';
import { run, SAMPLE_PLAN } from './harness.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const text = new TextDecoder('shift_jis').decode(new Uint8Array(readFileSync(SAMPLE_PLAN)));
const damaged = `\ufeff${text.replaceAll('\r\n', '\n').replace(',0000123456,', ',123456,').replace(',20250505,', ',2025/5/5,')}`;

describe('careplan-csv explain KIND, for the kinds of change fix prints', () => {
  it('every kind fix --diff printed is explained', () => {
    const diff = run(['fix', '--diff', '--dry-run', NAME], { [NAME]: damaged });
    const kinds = [...diff.stdout.matchAll(/^[^\n]*?:\d+(?::\d+)?: (\w+) /gm)].map((m) => m[1] as string);
    expect(kinds).toEqual(['utf8', 'bom', 'lineBreak', 'leadingZeros', 'dateFormat']);
    const r = run(['explain', ...kinds]);
    expect(r.code).toBe(0);
    for (const k of kinds) expect(r.stdout).toContain(`${k}（fix の変更）`);
  });

  for (const locale of ['ja', 'en'] as const) {
    it(`${locale}: each kind prints the change, the issues it mends and their explanations`, () => {
      for (const kind of REPAIR_CHANGE_KINDS) {
        const r = run(['explain', '--locale', locale, kind]);
        expect(r.code, kind).toBe(0);
        const codes = REPAIR_CHANGE_ISSUES[kind];
        if (codes.length > 0) {
          expect(r.stdout).toContain(`${locale === 'ja' ? '直す指摘:' : 'Mends:'} ${codes.join(', ')}`);
          for (const c of codes) expect(r.stdout).toContain(ISSUE_HELP[locale][c].remedy);
        } else {
          // The value causes of the field types: the field issues that carry the cause as their hint.
          expect(isHintCode(kind), kind).toBe(true);
          if (isHintCode(kind)) expect(r.stdout).toContain(HINT_MESSAGES[locale][kind]({}));
        }
      }
    });
  }

  it('the shape changes mend the issues the reader reports for them', () => {
    expect(REPAIR_CHANGE_ISSUES.lineBreak).toEqual(['csv.lineBreak']);
    expect(REPAIR_CHANGE_ISSUES.headerRow).toEqual(['file.headerRow', 'csv.headerSkipped']);
    expect(REPAIR_CHANGE_ISSUES.utf8).toEqual(['encoding.utf8']);
    // A BOM is removed in front of MS932 content and from a UTF-8 file.
    expect(REPAIR_CHANGE_ISSUES.bom).toEqual(['encoding.bom', 'encoding.utf8']);
    expect(REPAIR_CHANGE_ISSUES.leadingZeros).toEqual([]);
  });

  it('a misspelt kind is still a usage error, with the kind suggested', () => {
    const r = run(['explain', '--locale', 'en', 'lineBrek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(did you mean lineBreak?)');
  });

  it('takes every hint code of JSON output (hint.code): the probable cause, whether fix mends it, the issues given with it', () => {
    for (const locale of ['ja', 'en'] as const) {
      for (const hint of HINT_CODES) {
        const r = run(['explain', '--locale', locale, hint]);
        expect(r.code, hint).toBe(0);
        expect(r.stdout).toContain(HINT_MESSAGES[locale][hint]({ prefix: '…' }));
      }
      const utf8 = run(['explain', '--locale', locale, 'utf8Content']).stdout;
      expect(utf8).toContain(locale === 'ja' ? 'このヒントが付く指摘: encoding.utf8' : 'Given with: encoding.utf8');
      expect(utf8).toContain(ISSUE_HELP[locale]['encoding.utf8'].remedy);
      expect(run(['explain', '--locale', locale, 'otherKind']).stdout).toContain(ISSUE_HELP[locale]['csv.columnCount'].remedy);
      expect(run(['explain', '--locale', locale, 'bomAdded']).stdout).toContain(ISSUE_HELP[locale]['encoding.bom'].remedy);
    }
    // A hint the reader gives in JSON output is one explain takes.
    const json = JSON.parse(run(['validate', '--format', 'json', NAME], { [NAME]: damaged }).stdout);
    const hints = json.files.flatMap((f: { issues: { hint?: { code: string } }[] }) => f.issues.flatMap((i) => (i.hint ? [i.hint.code] : [])));
    expect(hints.length).toBeGreaterThan(0);
    expect(run(['explain', ...new Set<string>(hints)]).code).toBe(0);
  });
});
