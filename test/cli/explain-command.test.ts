import { describe, expect, it } from 'vitest';
import { ISSUE_HELP } from '../../src/issues/help/index.js';
import { run } from './harness.js';

const BAD = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

describe('careplan-csv explain CODE', () => {
  it('prints the meaning, the causes, the remedy and the params of the code (ja by default)', () => {
    const r = run(['explain', 'field.insurerNumber']);
    expect(r.code).toBe(0);
    const h = ISSUE_HELP.ja['field.insurerNumber'];
    expect(r.stdout).toContain('field.insurerNumber (error)');
    expect(r.stdout).toContain(h.meaning);
    for (const c of h.causes) expect(r.stdout).toContain(`  - ${c}`);
    expect(r.stdout).toContain(`対処: ${h.remedy}`);
    expect(r.stdout).toContain('docs/issue-codes.md#fieldinsurernumber');
  });

  it('--locale en prints English, with the params and their types', () => {
    const r = run(['explain', '--locale', 'en', 'field.tooLong']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(ISSUE_HELP.en['field.tooLong'].meaning);
    expect(r.stdout).toContain(`What to do: ${ISSUE_HELP.en['field.tooLong'].remedy}`);
    expect(r.stdout).toContain('params: expected: number, actual: number');
  });

  it('an unknown code is a usage error with a suggestion; no code is a usage error', () => {
    const r = run(['explain', '--locale', 'en', 'field.toolong']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown issue code field.toolong (did you mean field.tooLong?)');
    expect(run(['explain']).code).toBe(2);
  });

  it('validate --explain puts the remedy under each issue; JSON issues carry a help reference', () => {
    const text = run(['validate', '--explain', '--locale', 'en', BAD], { [BAD]: '202407,1\r\n' });
    expect(text.stdout).toContain(
      `csv.columnCount The record has 2 columns; this layout has 25.\n  What to do: ${ISSUE_HELP.en['csv.columnCount'].remedy}\n`,
    );
    const plain = run(['validate', '--locale', 'en', BAD], { [BAD]: '202407,1\r\n' });
    expect(plain.stdout).not.toContain('What to do:');
    const json = JSON.parse(run(['validate', '--format', 'json', BAD], { [BAD]: '202407,1\r\n' }).stdout);
    expect(json.files[0].issues[0]).toMatchObject({ code: 'csv.columnCount', help: 'docs/issue-codes.md#csvcolumncount' });
  });
});
