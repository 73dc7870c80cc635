import { describe, expect, it } from 'vitest';
import { run, SAMPLE_ACTUAL, SAMPLE_PLAN } from './harness.js';
import { readFileSync } from 'node:fs';
import { serialize } from '../../src/api.js';
import { validRecord } from '../helpers/table6.js';

// Regression (issue 12): UPJSK given first labelled the planned rows 実績のみ and reversed the times; two
// UPPLAN files gave "一致 8 件".
const planBytes = readFileSync(SAMPLE_PLAN);
const actualBytes = readFileSync(SAMPLE_ACTUAL);

describe('careplan-csv diff: which file is 予定 and which 実績', () => {
  const inOrder = run(['diff', SAMPLE_PLAN, SAMPLE_ACTUAL]);

  it('gives the same answer whichever order the files come in (told by their names)', () => {
    const swapped = run(['diff', SAMPLE_ACTUAL, SAMPLE_PLAN]);
    expect(swapped.code).toBe(inOrder.code);
    expect(swapped.stdout).toBe(inOrder.stdout);
    expect(swapped.stdout).not.toContain('1030→1000');
    const json = (args: string[]) => JSON.parse(run(['diff', '--format', 'json', ...args]).stdout);
    expect(json([SAMPLE_ACTUAL, SAMPLE_PLAN])).toEqual(json([SAMPLE_PLAN, SAMPLE_ACTUAL]));
    expect(json([SAMPLE_ACTUAL, SAMPLE_PLAN]).plan.file).toBe(SAMPLE_PLAN);
  });

  it('refuses two files of the same kind with exit 2 and a localised message', () => {
    const r = run(['diff', SAMPLE_PLAN, SAMPLE_PLAN]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('どちらも UPPLAN です');
    const en = run(['diff', '--locale', 'en', SAMPLE_ACTUAL, SAMPLE_ACTUAL]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('are both UPJSK');
    expect(run(['diff', '--format', 'json', SAMPLE_PLAN, SAMPLE_PLAN]).code).toBe(2);
  });

  it('when one name tells, the other file is the other kind', () => {
    const r = run(['diff', 'actual.csv', SAMPLE_PLAN], { 'actual.csv': actualBytes });
    expect(r.code).toBe(inOrder.code);
    expect(r.stdout).toBe(inOrder.stdout.replaceAll(SAMPLE_ACTUAL, 'actual.csv'));
  });

  it('when no name tells, the content does (実績 is made after its 対象年月), in either order', () => {
    const plan = [validRecord({ serviceDate: '20250505' }), validRecord({ serviceDate: '20250508', startTime: '0900', endTime: '1000' })];
    const actual = [
      validRecord({ serviceDate: '20250505', createdDate: '20250603' }),
      validRecord({ serviceDate: '20250508', startTime: '0930', endTime: '1030', createdDate: '20250603' }),
    ];
    const files = {
      'p.csv': serialize('table6Plan', plan).bytes as Uint8Array,
      'a.csv': serialize('table6Actual', actual).bytes as Uint8Array,
    };
    const expected = run(['diff', 'p.csv', 'a.csv'], files).stdout;
    expect(expected).toContain('p.csv:2 a.csv:2: changed');
    expect(expected).toContain('0900→0930');
    for (const args of [
      ['p.csv', 'a.csv'],
      ['a.csv', 'p.csv'],
    ]) {
      const r = run(['diff', ...args], files);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(expected);
      expect(r.stderr).toBe('');
    }
  });

  it('when neither names nor content tell, the order given stands, with a note', () => {
    const r = run(['diff', 'x.csv', 'y.csv'], { 'x.csv': planBytes, 'y.csv': actualBytes });
    expect(r.stderr).toContain('指定順に x.csv を予定、y.csv を実績として比べます');
    expect(r.stdout).toBe(inOrder.stdout.replaceAll(SAMPLE_ACTUAL, 'y.csv').replaceAll(SAMPLE_PLAN, 'x.csv'));
  });
});
