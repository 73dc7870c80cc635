// The types of the report API: validateReport gives the document `validate --format json` prints, whose issues
// keep their per-code params and carry `help`; renderHtmlReport takes it and gives a string.
import { describe, expectTypeOf, it } from 'vitest';
import {
  renderHtmlReport,
  validateReport,
  validateUnits,
  writeHtmlReport,
  type FileReport,
  type HtmlReportOptions,
  type ReportIssue,
  type UnitReport,
  type ValidateReport,
} from '../../src/index.js';

describe('validateReport and renderHtmlReport', () => {
  it('build and render the report', () => {
    const report = validateReport(validateUnits([{ name: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV', bytes: new Uint8Array() }]));
    expectTypeOf(report).toEqualTypeOf<ValidateReport>();
    expectTypeOf(report.files).toEqualTypeOf<readonly FileReport[]>();
    expectTypeOf(report.units).toEqualTypeOf<readonly UnitReport[]>();
    expectTypeOf(renderHtmlReport(report)).toEqualTypeOf<string>();
    expectTypeOf(renderHtmlReport).parameter(1).toEqualTypeOf<HtmlReportOptions | undefined>();
    expectTypeOf(writeHtmlReport).returns.toEqualTypeOf<void>();
    // @ts-expect-error: the locale is ja or en
    renderHtmlReport(report, { locale: 'de' });
  });

  it('keeps the issues narrowed by code, with help', () => {
    const i = validateReport(validateUnits([])).files[0]?.issues[0] as ReportIssue;
    expectTypeOf(i.help).toEqualTypeOf<string>();
    if (i.code === 'field.tooLong') expectTypeOf(i.params.expected).toEqualTypeOf<number>();
  });
});
