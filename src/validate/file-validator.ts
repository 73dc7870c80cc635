import type { IssueCollector } from '../issues/collector.js';
import type { FieldDef } from '../schemas/field.js';
import {
  getLayout,
  VERSION_ALIASES,
  versionForMonth,
  type CsvVersion,
  type Layout,
  type SupportedKind,
} from '../schemas/layouts.js';
import { compileFieldCheck, isYearMonth, type FieldCheck } from './field-checks.js';
import { RECORD_RULES, type RecordRule } from './rules/index.js';

/** Where the current row is. Per-field arrays are optional (the serializer has no byte positions). */
export interface RowPosition {
  /** 1-based physical line where the row starts. */
  line: number;
  /** 1-based record number. */
  record: number;
  byteOffset: number | null;
  /** Physical line of each field's start (index = CSV field index), when known. */
  fieldLines: ArrayLike<number> | null;
  /** Byte offset of each field's start, when known. */
  fieldOffsets: ArrayLike<number> | null;
}

export interface FileValidatorOptions {
  readonly requireUncertainFields: boolean;
  /** The YYYYMM segment of the file name, when a file name was given and has one. */
  readonly fileNameMonth: string | null;
  /** The style of the file name, when a file name was given. */
  readonly fileNameStyle: 'v4' | 'v3' | null;
}

/** A layout compiled for checking: per-column checks and the column index of each key. */
interface CompiledLayout {
  readonly layout: Layout;
  readonly fields: readonly FieldDef[];
  readonly checks: readonly (FieldCheck | null)[];
  readonly required: readonly boolean[];
  readonly index: ReadonlyMap<string, number>;
  readonly monthIndex: number;
  readonly rules: readonly RecordRule[];
}

const compiledCache = new Map<string, CompiledLayout>();

function compile(layout: Layout, requireUncertain: boolean): CompiledLayout {
  const id = `${layout.kind}:${layout.version}:${requireUncertain}`;
  let c = compiledCache.get(id);
  if (!c) {
    const index = new Map<string, number>();
    layout.fields.forEach((f, i) => index.set(f.key, i));
    c = {
      layout,
      fields: layout.fields,
      checks: layout.fields.map(compileFieldCheck),
      required: layout.fields.map((f) => f.required === 'required' || (requireUncertain && f.required === 'uncertain')),
      index,
      monthIndex: index.get('targetMonth') ?? -1,
      rules: RECORD_RULES[layout.kind],
    };
    compiledCache.set(id, c);
  }
  return c;
}

/**
 * Validates the rows of one file, given as arrays of field strings: field checks, record rules and the
 * file-level rules (one CSVバージョン and one 対象年月 per file, version against month, file name against
 * content). The same code checks parsed bytes and records about to be serialized.
 */
export class FileValidator {
  private firstVersion: { value: string; line: number } | null = null;
  private firstMonth: { value: string; line: number } | null = null;
  private readonly aliasesReported = new Set<string>();
  private readonly unknownReported = new Set<string>();
  private readonly fieldOk: boolean[] = [];
  private current: CompiledLayout | null = null;
  private values: readonly string[] = [];
  records = 0;

  private readonly get = (key: string): string => {
    const i = this.current?.index.get(key);
    return i === undefined ? '' : (this.values[i] ?? '');
  };
  private readonly ok = (key: string): boolean => {
    const i = this.current?.index.get(key);
    return i !== undefined && this.fieldOk[i] === true;
  };

  constructor(
    readonly kind: SupportedKind,
    private readonly issues: IssueCollector,
    private readonly options: FileValidatorOptions,
  ) {}

  /**
   * Picks the layout of a row from its column 1 (CSVバージョン): 202407 and 202208 directly, the known
   * aliases as 202407 with a warning, anything else by the row's column count with an error.
   */
  layoutFor(versionValue: string, columnCount: number, at: RowPosition): Layout {
    let version: CsvVersion;
    if (versionValue === '202407' || versionValue === '202208') {
      version = versionValue;
    } else if (VERSION_ALIASES[versionValue] !== undefined) {
      version = VERSION_ALIASES[versionValue];
      if (!this.aliasesReported.has(versionValue)) {
        this.aliasesReported.add(versionValue);
        this.issues.add('file.versionAlias', this.recordAt(at, 0), { actual: versionValue, expected: version });
      }
    } else {
      const v3 = getLayout(this.kind, '202208');
      version = columnCount === v3.fields.length ? '202208' : '202407';
      if (/^\d{6}$/.test(versionValue) && !this.unknownReported.has(versionValue)) {
        this.unknownReported.add(versionValue);
        this.issues.add('file.unknownVersion', this.recordAt(at, 0), { actual: versionValue });
      }
    }
    return getLayout(this.kind, version);
  }

  private recordAt(at: RowPosition, fieldIndex: number | null) {
    return {
      line: at.line,
      record: at.record,
      byteOffset: fieldIndex === null ? at.byteOffset : (at.fieldOffsets?.[fieldIndex] ?? at.byteOffset),
    };
  }

  private fieldAt(at: RowPosition, i: number, f: FieldDef) {
    return {
      line: at.fieldLines?.[i] ?? at.line,
      record: at.record,
      // The column No. of the file's own version (202208 numbers its columns without the three added in 202407).
      column: i + 1,
      field: f.key,
      fieldJa: f.nameJa,
      byteOffset: at.fieldOffsets?.[i] ?? at.byteOffset,
    };
  }

  /**
   * Checks one row. `values` holds `count` field strings in CSV order; fields whose entry in `failed` is
   * non-zero already have an issue (bad bytes, CSV syntax) and are not checked again. Returns the layout
   * the row was read with (when the column count does not fit it, no field was checked). `layout` may be
   * passed when the caller already asked {@link layoutFor}.
   */
  row(
    values: readonly string[],
    count: number,
    at: RowPosition,
    failed: ArrayLike<number> | null = null,
    layout: Layout = this.layoutFor(values[0] ?? '', count, at),
  ): Layout {
    this.records++;
    const versionValue = values[0] ?? '';
    const c = compile(layout, this.options.requireUncertainFields);
    const fields = c.fields;
    if (count !== fields.length) {
      this.issues.add('csv.columnCount', { line: at.line, record: at.record, byteOffset: at.byteOffset }, {
        expected: fields.length,
        actual: count,
      });
      return layout;
    }
    this.current = c;
    this.values = values;
    const fieldOk = this.fieldOk;
    for (let i = 0; i < count; i++) {
      const v = values[i] as string;
      let code = null;
      if (failed !== null && failed[i] !== 0) {
        fieldOk[i] = false;
        continue;
      }
      if (v === '') {
        if (c.required[i]) code = 'field.required' as const;
      } else {
        const check = c.checks[i];
        if (check) code = check(v);
      }
      fieldOk[i] = code === null;
      if (code !== null) {
        const f = fields[i] as FieldDef;
        const params = code === 'field.tooLong' ? { expected: f.maxLength ?? 0, actual: v.length } : code === 'field.code' ? { allowed: Object.keys(f.codes ?? {}) } : undefined;
        this.issues.add(code, this.fieldAt(at, i, f), params, v);
      }
    }
    for (const rule of c.rules) {
      const found = rule.check(this.get, layout, this.ok);
      if (found === null) continue;
      for (const r of found) {
        const i = r.field === null ? undefined : c.index.get(r.field);
        const f = i === undefined ? undefined : fields[i];
        if (f !== undefined && i !== undefined) this.issues.add(r.code, this.fieldAt(at, i, f), undefined, values[i]);
        else this.issues.add(r.code, this.recordAt(at, null));
      }
    }
    this.trackFile(versionValue, c, at);
    return layout;
  }

  private trackFile(versionValue: string, c: CompiledLayout, at: RowPosition): void {
    if (versionValue !== '' && this.fieldOk[0]) {
      if (this.firstVersion === null) this.firstVersion = { value: versionValue, line: at.line };
      else if (this.firstVersion.value !== versionValue) {
        this.issues.add('file.mixedVersion', this.recordAt(at, 0), { otherLine: this.firstVersion.line });
      }
    }
    if (c.monthIndex >= 0 && this.fieldOk[c.monthIndex]) {
      const month = this.values[c.monthIndex] as string;
      if (this.firstMonth === null) this.firstMonth = { value: month, line: at.line };
      else if (this.firstMonth.value !== month) {
        this.issues.add('file.mixedMonth', this.recordAt(at, c.monthIndex), { otherLine: this.firstMonth.line });
      }
    }
  }

  /** File-level checks that need the whole file. Returns the file's version (of its first record). */
  finish(): { version: CsvVersion | null; month: string | null } {
    const fv = this.firstVersion;
    const version: CsvVersion | null =
      fv === null
        ? null
        : fv.value === '202407' || fv.value === '202208'
          ? fv.value
          : (VERSION_ALIASES[fv.value] ?? null);
    const month = this.firstMonth?.value ?? null;
    const at = { line: this.firstMonth?.line ?? fv?.line ?? null };
    if (version !== null && month !== null && isYearMonth(month)) {
      const expected = versionForMonth(month);
      if (expected !== null && expected !== version) {
        this.issues.add('file.versionMonth', at, { actual: fv?.value ?? version, expected });
      }
    }
    const o = this.options;
    if (o.fileNameMonth !== null && month !== null && o.fileNameMonth !== month) {
      this.issues.add('file.nameMonth', at, { actual: o.fileNameMonth, expected: month });
    }
    if (o.fileNameStyle !== null && version !== null) {
      const expectedStyle = version === '202208' ? 'v3' : 'v4';
      if (o.fileNameStyle !== expectedStyle) {
        this.issues.add('file.nameStyle', at, { actual: o.fileNameStyle, expected: version });
      }
    }
    return { version, month };
  }
}
