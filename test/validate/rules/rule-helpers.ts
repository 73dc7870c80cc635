/**
 * Helpers for the rule tests: records of any kind written by the library's serializer (also when they
 * are invalid) and read back, and a projection of issues onto what the rule tests assert.
 */
import { parse, type ParseResult } from '../../../src/api.js';
import type { Issue } from '../../../src/issues/types.js';
import type { ParseOptions } from '../../../src/options.js';
import type { SupportedKind } from '../../../src/schemas/layouts.js';
import { bytesOf, minimalRecord } from '../../helpers/records.js';

/** A minimal valid record of `kind` (202407) with `overrides` applied. */
export function rec(kind: SupportedKind, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...minimalRecord(kind), ...overrides };
}

/** Writes the records (one physical line each when no free text holds a line break) and parses them. */
export function read(kind: SupportedKind, records: readonly Record<string, unknown>[], options: ParseOptions = {}): ParseResult<SupportedKind> {
  return parse(bytesOf(kind, records), { kind, ...options }) as ParseResult<SupportedKind>;
}

/** What the rule tests assert of an issue. */
export interface Brief {
  code: string;
  severity: string;
  line: number | null;
  record: number | null;
  column: number | null;
  field: string | null;
  fieldJa: string | null;
  params: Issue['params'];
}

/** Projects issues onto {@link Brief}. */
export function brief(issues: readonly Issue[]): Brief[] {
  return issues.map((i) => ({
    code: i.code,
    severity: i.severity,
    line: i.line,
    record: i.record,
    column: i.column,
    field: i.field,
    fieldJa: i.fieldJa,
    params: i.params,
  }));
}
