import type { ValidateResult } from './api.js';

/** The result of reading (or a parse result), without the records. @internal */
export function summary(r: Omit<ValidateResult, 'ok' | 'truncated'> & { readonly truncated?: boolean }): ValidateResult {
  return {
    kind: r.kind,
    version: r.version,
    fileName: r.fileName,
    recordCount: r.recordCount,
    issues: r.issues,
    ok: r.errorCount === 0,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    canonical: r.canonical,
    truncated: r.truncated === true,
  };
}
