// `careplan-csv validate --format html`: the report of a damaged send unit, parsed as a browser parses it.
// Per unit and per file a verdict, kind, version, month and counts; each issue with line, column No., 項目名,
// message, code, causes and remedy; a self-contained page (no script, nothing loaded, a policy that forbids it).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { damagedSampleFiles } from '../../scripts/lib/damaged-sample.mjs';
import { ISSUE_HELP } from '../../src/issues/help/index.js';
import { run } from '../cli/harness.js';
import { all, attr, elements, one, parseHtml, tableRows, text } from './html.js';

const files = damagedSampleFiles();
const names = Object.keys(files).sort();
const PLAN = names.find((n) => n.startsWith('UPPLAN_')) as string;

function report(args: string[] = []) {
  const r = run(['validate', '--format', 'html', ...args, ...names], files);
  return { ...r, doc: parseHtml(r.stdout) };
}

describe('validate --format html', () => {
  it('writes a whole page to stdout, exit 1 for a unit with errors', () => {
    const { code, stdout, stderr, doc } = report();
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(attr(one(doc, 'html'), 'lang')).toBe('ja');
    expect(text(one(doc, 'title'))).toBe('ケアプランデータ連携 CSV 検査結果');
    expect(attr(all(doc, 'meta').find((m) => attr(m, 'charset') !== undefined) as never, 'charset')).toBe('utf-8');
  });

  it('is self-contained: no script, nothing to load, a policy that forbids every request', () => {
    const { doc } = report();
    const els = elements(doc);
    expect(els.filter((e) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'form', 'base'].includes(e.tagName))).toEqual([]);
    for (const e of els) {
      for (const a of e.attrs) {
        expect(a.name.startsWith('on'), `event handler ${a.name}`).toBe(false);
        if (a.name === 'href') expect(a.value).toMatch(/^#[uf][0-9]+$/);
        expect(['src', 'srcset', 'action', 'style']).not.toContain(a.name);
      }
    }
    const csp = all(doc, 'meta').find((m) => attr(m, 'http-equiv') === 'Content-Security-Policy');
    const policy = attr(csp as never, 'content') as string;
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    // The one style sheet is allowed by its hash (no 'unsafe-inline').
    const style = text(one(doc, 'style'));
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(directives['style-src']).toEqual([`'sha256-${hash}'`]);
    expect(policy).not.toContain('unsafe');
  });

  it('says the overall verdict and the counts at the top', () => {
    const { doc } = report();
    const overall = one(doc, 'div', 'overall');
    expect(attr(overall, 'class')).toBe('overall v-invalid');
    expect(text(overall)).toContain('不合格');
    const counts = Object.fromEntries(
      all(one(doc, 'dl', 'counts'), 'dt').map((dt) => [text(dt), text(dt.parentNode?.childNodes[dt.parentNode.childNodes.indexOf(dt) + 1] as never)]),
    );
    expect(counts).toMatchObject({
      ファイル数: '3 件',
      エラーのあるファイル: '1 件',
      エラー: '3 件',
      警告: '0 件',
      送信単位: '1 件',
      不合格の送信単位: '1 件',
    });
    expect(text(one(doc, 'p', 'privacy'))).toBe('項目の値（個人情報）は含めていません。');
  });

  it('lists each send unit and each file with its verdict, kind, version, month and counts', () => {
    const { doc } = report();
    const units = tableRows(one(doc, 'table', 'units'));
    expect(units[0]).toEqual(['送信単位', '組み合わせ', '判定', 'エラー', '警告', 'ファイル']);
    expect(units.slice(1)).toHaveLength(1);
    expect(units[1]?.slice(0, 5)).toEqual(['1370000001_43_1310000002_11_20250425170512', '利用票（第6表予定・第7表・補足）', '✕ 不合格', '3', '0']);
    const rows = tableRows(one(doc, 'table', 'files'));
    expect(rows[0]).toEqual(['#', 'ファイル名', '種類', 'CSVバージョン', '対象年月', 'レコード数', '判定', 'エラー', '警告', '情報']);
    expect(rows.slice(1)).toEqual([
      ['1', names[0], 'UPHOSOKU 利用者補足情報', '202407', '202505', '2', '✓ 合格', '0', '0', '0'],
      ['2', PLAN, 'UPPLAN 第6表（サービス利用票）予定', '202407', '202505', '8', '✕ 不合格', '3', '0', '0'],
      ['3', names[2], 'UPSIKYU 第7表（サービス利用票別表）', '202407', '202505', '8', '✓ 合格', '0', '0', '0'],
    ]);
  });

  it('lists each issue with line, column No., 項目名, severity, message and code, causes and remedy', () => {
    const { doc } = report();
    const details = all(doc, 'section', 'file');
    expect(details).toHaveLength(1); // only files with issues
    const section = details[0] as never;
    expect(attr(section, 'id')).toBe('f2');
    expect(text(one(section, 'h3'))).toBe(`${PLAN} ✕ 不合格`);
    const rows = tableRows(one(section, 'table', 'issues'));
    expect(rows[0]).toEqual(['行', '項目No.', '項目名', '区分', '内容', 'よくある原因 / 対処']);
    const remedy = (code: 'field.date' | 'field.insuredNumber' | 'field.time') => ISSUE_HELP.ja[code].remedy;
    const causes = (code: 'field.date' | 'field.insuredNumber' | 'field.time') => ISSUE_HELP.ja[code].causes.join('');
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['2', '10', 'サービス利用日', 'エラー'],
      ['3', '3', '被保険者番号', 'エラー'],
      ['4', '12', 'サービス開始時刻', 'エラー'],
    ]);
    expect(rows[1]?.[4]).toBe('正しい日付（YYYYMMDD）ではありません。field.date');
    expect(rows[1]?.[5]).toBe(`${causes('field.date')}対処:${remedy('field.date')}`);
    expect(rows[2]?.[5]).toBe(`${causes('field.insuredNumber')}対処:${remedy('field.insuredNumber')}`);
    expect(rows[3]?.[4]).toContain('field.time');
  });

  it('is English with --locale en (the issues too)', () => {
    const { doc } = report(['--locale', 'en']);
    expect(attr(one(doc, 'html'), 'lang')).toBe('en');
    expect(text(one(doc, 'div', 'overall'))).toContain('Failed');
    const rows = tableRows(one(doc, 'table', 'issues'));
    expect(rows[0]).toEqual(['Line', 'Column No.', '項目名 (field)', 'Severity', 'Message', 'Usual causes / What to do']);
    expect(rows[1]?.[5]).toContain(`What to do:${ISSUE_HELP.en['field.date'].remedy}`);
  });

  it('a valid unit passes, with no issue table', () => {
    const ok = { ...files, [PLAN]: new Uint8Array(readFileSync(`samples/${PLAN}`)) };
    const r = run(['validate', '--format', 'html', ...names], ok);
    expect(r.code).toBe(0);
    const doc = parseHtml(r.stdout);
    expect(attr(one(doc, 'div', 'overall'), 'class')).toBe('overall v-valid');
    expect(all(doc, 'table', 'issues')).toEqual([]);
    expect(text(one(doc, 'section', 'details'))).toBe('指摘の一覧指摘はありません。');
  });
});
