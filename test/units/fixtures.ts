/**
 * Test helper for send units: the bundled samples as unit inputs, and files derived from them (records
 * changed, names with other segments) written by the serializer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, serializeUnknown } from '../../src/api.js';
import { kindFromFileName } from '../../src/filename/parse.js';
import type { UnitFileInput } from '../../src/units/types.js';

export const SAMPLES_DIR = 'samples';

/** The sample CSV file names. */
export const SAMPLE_NAMES = readdirSync(SAMPLES_DIR).filter((n) => n.endsWith('.CSV'));

/** The name of the family image that the UPKIHON sample names in No.62 (samples/ holds no JPEG). */
export const SAMPLE_IMAGE = 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg';

/** The sample whose name starts with `prefix_` (a unique prefix such as `UPPLAN_202505`). */
export function sampleName(prefix: string): string {
  const found = SAMPLE_NAMES.filter((n) => n.startsWith(`${prefix}_`) && /[0-9]/.test(n[prefix.length + 1] ?? ''));
  if (found.length !== 1) throw new Error(`no single sample for ${prefix}: ${found.join(', ')}`);
  return found[0] as string;
}

/** A sample as a unit input. */
export function sample(prefix: string): UnitFileInput {
  return byName(sampleName(prefix));
}

function byName(name: string): UnitFileInput {
  return { name, bytes: new Uint8Array(readFileSync(join(SAMPLES_DIR, name))) };
}

/** Every sample as unit inputs, plus the family image the UPKIHON sample names. */
export function allSamples(): UnitFileInput[] {
  return [...SAMPLE_NAMES.map(byName), { name: SAMPLE_IMAGE }];
}

/** The records of a sample (parsed). */
export function sampleRecords(prefix: string): Record<string, unknown>[] {
  const name = sampleName(prefix);
  return parse(readFileSync(join(SAMPLES_DIR, name)), { fileName: name }).records as unknown as Record<string, unknown>[];
}

/**
 * A file named `name` holding `records` (written canonically; invalid records are written too, so that
 * tests can give a file with its own errors).
 */
export function fileOf(name: string, records: readonly Record<string, unknown>[]): UnitFileInput {
  const kind = kindFromFileName(name);
  if (kind === null) throw new Error(`not a CSV name: ${name}`);
  const r = serializeUnknown(kind, records, { allowInvalid: true });
  if (r.bytes === null) throw new Error(`cannot write ${name}`);
  return { name, bytes: r.bytes };
}

/** A sample whose records are changed by `edit` (the name stays). */
export function edited(prefix: string, edit: (records: Record<string, unknown>[]) => Record<string, unknown>[]): UnitFileInput {
  return fileOf(sampleName(prefix), edit(sampleRecords(prefix).map((r) => ({ ...r }))));
}

/** A sample with another name (segments changed by `rename`), records unchanged. */
export function renamed(prefix: string, rename: (name: string) => string): UnitFileInput {
  const s = sample(prefix);
  return { name: rename(s.name), bytes: s.bytes as Uint8Array };
}

/** The plan set (UP1KYO, UP2KYO, UP3KYO, UPHOSOKU_000000) of the samples, serial 20250415093000. */
export const PLAN_SET = ['UP1KYO', 'UP2KYO', 'UP3KYO', 'UPHOSOKU_000000'] as const;
/** The 第6表 set (UPPLAN, UPSIKYU, UPHOSOKU of 202505) of the samples, serial 20250425170512. */
export const USAGE_SET = ['UPPLAN_202505', 'UPSIKYU_202505', 'UPHOSOKU_202505'] as const;
/** The 介護予防 set (UPKIHON + 別表, UPYOBO + 別表) of the samples, serial 20250415093000. */
export const PREVENTION_SET = ['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPYOBO', 'UPYOBO_SUB'] as const;
