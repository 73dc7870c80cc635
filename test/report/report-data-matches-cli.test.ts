// A page that checks files in the browser prints the same report as the CLI: validateReport over the result
// of validateUnits is the document `validate --format json` prints, and renderHtmlReport of it is the page
// `validate --format html` writes.
import { describe, expect, it } from 'vitest';
import { damagedSampleFiles } from '../../scripts/lib/damaged-sample.mjs';
import { renderHtmlReport, validateReport, validateUnits, type UnitFile, type UnitsResult } from '../../src/index.js';
import { run } from '../cli/harness.js';

const files = damagedSampleFiles();
const names = Object.keys(files).sort();
const inputs = names.map((name) => ({ name, bytes: files[name] as Uint8Array }));

/** The report with the files in the order given, as the CLI lists them (the default is unit order). */
function report(result: UnitsResult) {
  const all = [...result.units.flatMap((u) => u.files), ...result.ungrouped];
  return validateReport(result, { files: names.map((n) => all.find((f) => f.file === n) as UnitFile) });
}

describe('validateReport and renderHtmlReport: the CLI report from the library', () => {
  it('validateReport(validateUnits(files)) is the JSON the CLI prints', () => {
    const cli = JSON.parse(run(['validate', '--format', 'json', ...names], files).stdout);
    expect(JSON.parse(JSON.stringify(report(validateUnits(inputs))))).toEqual(cli);
  });

  it('renderHtmlReport of it is the page the CLI writes (given the same time and generator)', () => {
    const cli = run(['validate', '--format', 'html', '--locale', 'en', ...names], files).stdout;
    const generatedAt = /<p class="meta generated">Created: ([^<]*)<\/p>/.exec(cli)?.[1] as string;
    const html = renderHtmlReport(report(validateUnits(inputs, { locale: 'en' })), {
      locale: 'en',
      generatedAt,
      generator: 'careplan-csv 0.0.0-test',
    });
    expect(html).toBe(cli);
  });

  it('renders a report read back from the JSON, also one naming a code this version does not know', () => {
    const json = JSON.parse(run(['validate', '--format', 'json', ...names], files).stdout);
    const cli = run(['validate', '--format', 'html', ...names], files).stdout;
    const generatedAt = /<p class="meta generated">作成日時: ([^<]*)<\/p>/.exec(cli)?.[1] as string;
    expect(renderHtmlReport(json, { generatedAt, generator: 'careplan-csv 0.0.0-test' })).toBe(cli);
    json.files[1].issues[0].code = 'field.fromTheFuture';
    json.files[1].issues[0].help = 'docs/issue-codes.md#fieldfromthefuture';
    const html = renderHtmlReport(json);
    expect(html).toContain(
      '<div class="code" title="コード">field.fromTheFuture</div></td><td><span class="code">docs/issue-codes.md#fieldfromthefuture</span>',
    );
  });
});
