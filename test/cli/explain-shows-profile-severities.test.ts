// `careplan-csv explain CODE` shows, for a code whose severity differs between profiles, the severity under
// each profile and why (the table of docs/profiles.md); a code the profiles do not change shows no such line.
import { describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../src/issues/profiles.js';
import { run } from './harness.js';

describe('explain: severities by profile', () => {
  it('csv.lineBreak: error under strict, info otherwise, with the reason (ja)', () => {
    const r = run(['explain', 'csv.lineBreak']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('プロファイルごとの区分: strict error, standard info, lenient info\n');
    const reason = PROFILE_RULES.find((p) => p.code === 'csv.lineBreak')?.reason.ja as string;
    expect(r.stdout).toContain(`  ${reason}\n`);
  });

  it('in English, and every code of the table has the line', () => {
    for (const rule of PROFILE_RULES) {
      const r = run(['explain', '--locale', 'en', rule.code]);
      expect(r.stdout).toContain(`Severity by profile: strict ${rule.strict}, standard ${rule.standard}, lenient ${rule.lenient}\n`);
      expect(r.stdout).toContain(`  ${rule.reason.en}\n`);
    }
  });

  it('a code the profiles leave alone has no profile line', () => {
    const r = run(['explain', '--locale', 'en', 'field.date']);
    expect(r.stdout).not.toContain('Severity by profile');
  });
});
