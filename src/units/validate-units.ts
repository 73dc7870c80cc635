import type { ParseInput, ParseResult, ValidateResult } from '../api.js';
import { summary } from '../summary.js';
import type { InjectedProblem } from '../parse/rows.js';
import { encodeForReading } from '../parse/text-input.js';
import { baseName, parseFileName } from '../filename/parse.js';
import type { FileNameParts, ParseFileNameResult } from '../filename/types.js';
import { IssueCollector } from '../issues/collector.js';
import { IMAGE_PREFIX, type Kind } from '../kinds.js';
import { misuse, typeName } from '../errors.js';
import { DEFAULTS, normalizeUnitsOptions, type NormalizedParseOptions } from '../options.js';
import { readBytes } from '../parse/read.js';
import { checkFileName } from '../validate/file-name.js';
import { checkUnit, isDeleteSlot, sortEntries, type UnitContext, type UnitEntry } from './checks.js';
import { LINKS, slotOf, type Slot } from './combinations.js';
import { KeyObserver, keysFromRecords, noKeys, type FileKeys } from './keys.js';
import type { SendUnit, UnitFile, UnitFileInput, UnitMemberKind, UnitsResult, UnitValidator, UnitVerdict, ValidateUnitsOptions } from './types.js';

function isValidateResult(v: unknown): v is ValidateResult {
  const r = v as ValidateResult | null;
  return typeof r === 'object' && r !== null && Array.isArray(r.issues) && typeof r.errorCount === 'number';
}

function verdictOf(errors: number, warnings: number): UnitVerdict {
  if (errors > 0) return 'invalid';
  return warnings > 0 ? 'warnings' : 'valid';
}

/** The id of a unit: the segments its file names share. */
function unitId(p: FileNameParts): string {
  return p.style === 'v4'
    ? `${p.senderOffice}_${p.senderServiceType ?? ''}_${p.receiverOffice}_${p.receiverServiceType ?? ''}_${p.serial}`
    : `${p.senderOffice}_${p.receiverOffice}_${p.serial}`;
}

/** The default `maxWithdrawals`. */
export const MAX_WITHDRAWALS: number = DEFAULTS.maxWithdrawals;

/**
 * From the names of all files: per unit id, the slots it will hold. A file needs its keys read only when
 * its unit holds a file it links to (a delete file and 利用者基本情報 always: withdrawals, image names).
 */
function plannedSlots(names: readonly string[], parsed: Map<string, ParseFileNameResult>): Map<string, Set<Slot>> {
  const units = new Map<string, Set<Slot>>();
  for (const name of names) {
    const p = parseFileName(name);
    parsed.set(name, p);
    const parts = p.ok ? p.parts : p.parts;
    if (parts === null) continue;
    const kind: UnitMemberKind | null = parts.attachment === 'familyImage' ? 'familyImage' : parts.kind;
    if (kind === null) continue;
    const id = unitId(parts);
    let slots = units.get(id);
    if (slots === undefined) units.set(id, (slots = new Set()));
    slots.add(slotOf(kind, parts.month));
  }
  return units;
}

function needsKeys(slot: Slot, inUnit: ReadonlySet<Slot> | undefined): boolean {
  if (inUnit === undefined || slot === 'preventionBasicInfo' || isDeleteSlot(slot)) return true;
  return LINKS.some((l) => (l.master === slot && inUnit.has(l.dependant)) || (l.dependant === slot && inUnit.has(l.master)));
}

/**
 * Starts a validation of send units that takes files one at a time: each file is validated when added
 * (as by `validate`) and only its result and the key values the unit checks need are kept, so a batch of
 * any size needs memory for the results, not for the files. {@link UnitValidator.finish} groups the files
 * into units and checks them.
 *
 * @throws TypeError on unknown options or wrongly typed values (as `validate`), and when `fileName` is
 *   given (each file has its own).
 */
export function createUnitValidator(options?: ValidateUnitsOptions): UnitValidator {
  return unitValidator(options, 'createUnitValidator');
}

/** How one CSV file is read for the unit checks (see {@link UnitBatch.readPlan}). @internal */
export interface UnitReadPlan {
  readonly kind: Kind | null;
  readonly slot: Slot | null;
  /** Whether its keys are read (a check of its unit needs them). */
  readonly observe: boolean;
  readonly maxWithdrawals: number;
}

/** What the unit checks keep of one CSV file: its own result and its key values. @internal */
export interface UnitRead {
  readonly result: ValidateResult;
  readonly keys: FileKeys;
}

/**
 * Reads one CSV file as {@link UnitValidator.add} does (the same function: a worker thread of the CLI's
 * `validate --jobs` calls it, so its result is the in-process one). @internal
 */
export function readUnitCsv(data: Uint8Array, options: NormalizedParseOptions, plan: UnitReadPlan, injected: InjectedProblem[] = []): UnitRead {
  const observer = plan.observe && plan.kind !== null && plan.slot !== null ? new KeyObserver(plan.kind, plan.slot, plan.maxWithdrawals) : null;
  const result = summary(readBytes(data, options, false, injected, false, observer === null ? [] : [observer]));
  return { result, keys: observer === null ? noKeys(true) : observer.finish(result) };
}

/**
 * A {@link UnitValidator} whose files may be read elsewhere (a worker thread): {@link readPlan} says how
 * to read one with {@link readUnitCsv}, {@link addRead} takes what that gave. Files must still be added in
 * their order (add or addRead). @internal
 */
export interface UnitBatch extends UnitValidator {
  /** The options every CSV file is read with (plain data), with `fileName` null: each file gives its own. */
  readonly readOptions: NormalizedParseOptions;
  /** How to read the CSV file `name`, or null when its contents are not read (an image name). */
  readPlan(name: string): UnitReadPlan | null;
  /** Adds a file read with {@link readUnitCsv} after {@link readPlan}. */
  addRead(name: string, read: UnitRead): UnitFile;
}

/** {@link createUnitValidator} for the CLI, which reads files on worker threads. @internal */
export function createUnitBatch(options?: ValidateUnitsOptions): UnitBatch {
  return unitValidator(options, 'createUnitValidator');
}

/** {@link createUnitValidator}, with misuse reported as misuse of `fn`. */
function unitValidator(options: ValidateUnitsOptions | undefined, fn: string): UnitBatch {
  const { file: base, checkImages, checkMembers, names, maxWithdrawals } = normalizeUnitsOptions(options, fn);
  // The names parsed in advance (each is taken out when its file is added).
  const parsedNames = new Map<string, ParseFileNameResult>();
  const planned = names === null ? null : plannedSlots(names, parsedNames);
  // One options object for every file: only the name changes.
  const fileOptions: { -readonly [K in keyof NormalizedParseOptions]: NormalizedParseOptions[K] } = { ...base };
  const entries: UnitEntry[] = [];
  const ungrouped: UnitFile[] = [];
  let order = 0;

  /** How a CSV file named `name` (of `kind`, in `slot` of unit `id`) is read: its keys only when a check needs them. */
  const planOf = (kind: Kind | null, slot: Slot | null, id: string | null): UnitReadPlan => {
    // A file listed in `names` whose unit holds nothing it links to needs no keys (they count as unknown,
    // so no check relies on them). Otherwise they are read in the same pass as the file is validated.
    const skip = planned !== null && id !== null && slot !== null && !needsKeys(slot, planned.get(id));
    return { kind, slot, observe: kind !== null && slot !== null && !skip, maxWithdrawals };
  };

  const readCsv = (
    name: string,
    kind: Kind | null,
    slot: Slot | null,
    id: string | null,
    bytes: ParseInput,
  ): { result: ValidateResult; keys: FileKeys } => {
    let data: Uint8Array;
    let injected: InjectedProblem[] = [];
    if (typeof bytes === 'string') ({ bytes: data, injected } = encodeForReading(bytes, fileOptions.includeValues));
    else if (bytes instanceof ArrayBuffer) data = new Uint8Array(bytes);
    else if (bytes instanceof Uint8Array) data = bytes;
    else misuse('ERR_CAREPLAN_ARGUMENT', fn, `a file's "bytes" must be a Uint8Array, an ArrayBuffer or a string, got ${typeName(bytes)}`);
    fileOptions.fileName = name;
    return readUnitCsv(data, fileOptions, planOf(kind, slot, id), injected);
  };

  /** What the name of a file says: its unit, kind and slot. `take`: forget the name parsed in advance. */
  const classify = (name: string, take: boolean) => {
    const p = parsedNames.get(name) ?? parseFileName(name);
    if (take) parsedNames.delete(name);
    const parts = p.ok ? p.parts : p.parts;
    const id = parts === null ? null : unitId(parts);
    const isImage = p.ok ? p.parts.attachment === 'familyImage' : p.prefix === IMAGE_PREFIX;
    const kind: UnitMemberKind | null = isImage ? 'familyImage' : p.ok ? p.parts.kind : p.kind;
    const csvKind: Kind | null = kind === 'familyImage' ? null : kind;
    const slot: Slot | null = parts === null || kind === null ? null : slotOf(kind, parts.month);
    return { parts, id, isImage, kind, csvKind, slot, month: parts?.month ?? null };
  };

  /** Keeps a file's result and keys for the unit checks. */
  const place = (name: string, c: ReturnType<typeof classify>, result: ValidateResult, keys: FileKeys): UnitFile => {
    const file: UnitFile = { file: name, kind: c.kind, month: c.month, result };
    if (c.parts === null || c.slot === null) ungrouped.push(file);
    else entries.push({ file, parts: c.parts, unit: c.id ?? '', slot: c.slot, keys, order: order++ });
    return file;
  };

  const add = (input: UnitFileInput): UnitFile => {
    if (typeof input !== 'object' || input === null)
      misuse('ERR_CAREPLAN_ARGUMENT', fn, 'each file must be an object { name, bytes } or { name, parsed }');
    const name: unknown = input.name;
    if (typeof name !== 'string') misuse('ERR_CAREPLAN_ARGUMENT', fn, `a file's "name" must be a string, got ${typeName(name)}`);
    const c = classify(name, true);
    const { id, isImage, csvKind, slot } = c;

    let result: ValidateResult;
    let keys: FileKeys;
    if (isImage) {
      const issues = new IssueCollector(name, base.locale, base.includeValues, Number.POSITIVE_INFINITY, base.severities);
      checkFileName(name, null, issues);
      result = {
        kind: null,
        version: null,
        fileName: name,
        recordCount: 0,
        issues: issues.issues,
        ok: issues.errorCount === 0,
        errorCount: issues.errorCount,
        warningCount: issues.warningCount,
        infoCount: issues.infoCount,
        canonical: false, // not a CSV file
        truncated: false,
      };
      keys = noKeys(false);
    } else if (input.parsed !== undefined) {
      if (!isValidateResult(input.parsed)) misuse('ERR_CAREPLAN_ARGUMENT', fn, 'a file\'s "parsed" must be a result of parse or validate');
      result = summary(input.parsed);
      const records = (input.parsed as Partial<ParseResult>).records as Record<string, unknown>[] | undefined;
      keys = csvKind === null || slot === null ? noKeys(true) : keysFromRecords(records, csvKind, slot, input.parsed, maxWithdrawals);
    } else if (input.bytes !== undefined) {
      ({ result, keys } = readCsv(name, csvKind, slot, id, input.bytes));
    } else if (csvKind === null) {
      // No contents, and a name of no kind: not a family image either (`upkihon_image_….jpg`,
      // `UPKIHON_IMAGE_….JPEG`). Not misuse: the file is read as empty, and its issues say what is wrong.
      ({ result, keys } = readCsv(name, csvKind, slot, id, new Uint8Array(0)));
    } else {
      misuse('ERR_CAREPLAN_ARGUMENT', fn, 'a CSV file needs "bytes" or "parsed" (only an UPKIHON_IMAGE file may come without)');
    }

    return place(name, c, result, keys);
  };

  const finish = (): UnitsResult => {
    const groups = new Map<string, UnitEntry[]>();
    for (const e of entries) {
      const list = groups.get(e.unit);
      if (list === undefined) groups.set(e.unit, [e]);
      else list.push(e);
    }
    // Indexes for the rare lookups across units, built on first use.
    let bySerial: Map<string, UnitEntry[]> | null = null;
    let byName: Map<string, UnitEntry> | null = null;
    const ctx: UnitContext = {
      locale: base.locale,
      severities: base.severities,
      checkImages,
      checkMembers,
      includeValues: base.includeValues,
      maxWithdrawals,
      elsewhere: (serial, slot, id) => {
        if (bySerial === null) {
          bySerial = new Map();
          for (const e of entries) {
            const same = bySerial.get(e.parts.serial);
            if (same === undefined) bySerial.set(e.parts.serial, [e]);
            else same.push(e);
          }
        }
        return bySerial.get(serial)?.find((e) => e.slot === slot && e.unit !== id) ?? null;
      },
      byName: (lower) => {
        if (byName === null) {
          byName = new Map();
          for (const e of entries) {
            const key = baseName(e.file.file).toLowerCase();
            if (!byName.has(key)) byName.set(key, e);
          }
        }
        return byName.get(lower) ?? null;
      },
    };
    const units: SendUnit[] = [];
    for (const [id, list] of groups) {
      const sorted = sortEntries(list);
      const first = sorted[0] as UnitEntry;
      const f = checkUnit(id, sorted, ctx);
      let errors = f.errors;
      let warnings = f.warnings;
      for (const e of sorted) {
        errors += e.file.result.errorCount;
        warnings += e.file.result.warningCount;
      }
      units.push({
        id,
        serial: first.parts.serial,
        sender: { office: first.parts.senderOffice, serviceType: first.parts.senderServiceType },
        receiver: { office: first.parts.receiverOffice, serviceType: first.parts.receiverServiceType },
        style: first.parts.style,
        combination: f.combination?.id ?? null,
        files: sorted.map((e) => e.file),
        issues: f.issues,
        withdrawals: f.withdrawals,
        verdict: verdictOf(errors, warnings),
        errorCount: errors,
        warningCount: warnings,
      });
    }
    // Processing order (spec §2.5): ascending ファイル連番; then sender and receiver, for a stable order.
    units.sort((a, b) => (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let errorCount = 0;
    let warningCount = 0;
    for (const u of units) {
      errorCount += u.errorCount;
      warningCount += u.warningCount;
    }
    for (const f of ungrouped) {
      errorCount += f.result.errorCount;
      warningCount += f.result.warningCount;
    }
    return { units, ungrouped: ungrouped.slice(), ok: errorCount === 0, errorCount, warningCount };
  };

  return {
    add,
    finish,
    readOptions: { ...base, fileName: null },
    readPlan(name) {
      const c = classify(name, false);
      return c.isImage ? null : planOf(c.csvKind, c.slot, c.id);
    },
    addRead(name, read) {
      return place(name, classify(name, true), read.result, read.keys);
    },
  };
}

/**
 * Validates files as send units (spec §2.4–§2.5, §3.4–§3.5, §11): each file on its own (as `validate`
 * does), then grouped into units by ファイル連番, sender and receiver (事業所番号 + サービス種類コード of the
 * file names), in processing order (ascending ファイル連番), and checked as units:
 *
 * - the kinds form one of the spec's combinations (`unit.combination`), once each (`unit.duplicateFile`),
 *   with every file the combination lists (`unit.memberMissing`, a warning) and with the master of every
 *   dependant (`unit.masterFileMissing`; a master with other segments in the same serial is named); the
 *   files a unit lacks are reported for units of two files or more unless `checkMembers` says otherwise;
 * - links by key (保険者番号 + 被保険者番号 + 計画作成（変更）日 / 対象年月 / 相談日): every dependant record
 *   has its master record (`link.masterMissing`), every master record has dependant records
 *   (`link.dependantMissing`, a warning);
 * - 第6表 ↔ 第7表 per user: the same service types (`link.table7TypeMissing`, `link.table6TypeMissing`)
 *   and subtotal rows for types with several lines (`link.subtotalMissing`), all warnings;
 * - the family image named in 利用者基本情報 No.62 has the file's segments (`link.imageName`) and is
 *   there (`link.imageMissing`); an image nobody names is a warning (`link.imageUnreferenced`);
 * - the records of delete files are listed as {@link Withdrawal}s with the cascade the spec states (their
 *   keys only with `includeValues`; at most `maxWithdrawals` per unit).
 *
 * Each cross-file issue is located in one file (line and record) and names the other in `related`.
 * Bad input never throws: it yields issues. Files whose name is not a spec name are returned in
 * `ungrouped`.
 *
 * @throws TypeError on API misuse: a file that is not `{ name, bytes }` / `{ name, parsed }`, or wrong options.
 *   A file without `bytes` or `parsed` whose name is of no kind (not even a family image, e.g.
 *   `upkihon_image_….jpg`) is no misuse: it is read as empty and gets issues (its name, no records).
 *
 * @example
 * ```ts
 * const r = validateUnits(files.map((f) => ({ name: f.name, bytes: f.bytes })));
 * for (const u of r.units) console.log(u.serial, u.combination, u.verdict, u.issues.length);
 * ```
 */
export function validateUnits(files: Iterable<UnitFileInput>, options?: ValidateUnitsOptions): UnitsResult {
  if (files === null || typeof files !== 'object' || typeof (files as Iterable<unknown>)[Symbol.iterator] !== 'function') {
    misuse('ERR_CAREPLAN_ARGUMENT', 'validateUnits', 'files must be an iterable of { name, bytes } objects');
  }
  const list = Array.from(files);
  const names = list.map((f) => (typeof f === 'object' && f !== null && typeof f.name === 'string' ? f.name : ''));
  const v = unitValidator({ ...options, names }, 'validateUnits');
  for (const f of list) v.add(f);
  return v.finish();
}
