/**
 * Reports of a validation run: the data (`validateReport`, what `careplan-csv validate --format json` prints)
 * and the self-contained HTML page rendered from it (`renderHtmlReport`). Browser-safe.
 * @module
 */
export {
  validateReport,
  type FileReport,
  type FileSummary,
  type ReportEntryType,
  type ReportIssue,
  type ReportSkipReason,
  type ReportSkipped,
  type UnitReport,
  type UnitSummary,
  type ValidateReport,
  type ValidateReportOptions,
  type WithdrawalReport,
} from './data.js';
export { renderHtmlReport, writeHtmlReport, type HtmlReportOptions } from './html.js';
