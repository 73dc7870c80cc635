#!/usr/bin/env node
// @ts-check
/**
 * Benchmark of careplan-csv (entry point of `npm run bench`, which builds dist/ first).
 *
 * Generates (or reuses from bench/.data/) realistic files (bench/generate.mjs) — a ≥ 50 MiB 第6表
 * UPPLAN, a ≥ 20 MiB 第7表 UPSIKYU, a ≥ 20 MiB 利用者補足情報 UPHOSOKU and a batch of 10,000 small
 * (10–15 KB) UPPLAN files — checks that the library finds no error in any of them (the run stops if it
 * does), and measures, in one run, with warm-up and repetitions (median reported):
 *   per kind: validate, parse, serialize (library) · naive baseline (iconv-lite + csv-parse + zod) ·
 *   practical limit (TextDecoder + line scan); for 第6表 also csv-stringify + iconv-lite (serializer
 *   baseline) · warm validate of small (~15 KB) files · the batch read + validated through the API in
 *   this process and through the CLI · CLI start-up (`node dist/cli.js --version`).
 * Prints tables, the ratios and the peak RSS after each phase, and writes bench/.data/results.json.
 * Targets are shown, never asserted. 1 MB = 10^6 bytes.
 *
 * Options: node bench/run.mjs --help
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { naiveValidate, naiveValidateWithSchema, practicalLimit, recordsFloor, stringifyBaseline, stringifyPlainBaseline } from './baselines.mjs';
import {
  GENERATOR_VERSIONS,
  batchTable6File,
  generateSmallTable6File,
  generateTable6File,
  generatePlan2File,
  generateTable7File,
  generateUserSupplementFile,
  generatedFileName,
} from './generate.mjs';
import { nonNegativeInt, readOptions } from './lib/args.mjs';
import { median } from './lib/stats.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const DATA_DIR = join(BENCH_DIR, '.data');

const TARGETS = { validateMBps: 60, validateVsNaive: 6, serializeMBps: 80, batchVsBigFile: 0.5, jobsSpeedup: 1.7 };

/**
 * Targets of issue 15, as ratios of the same run: per kind (第6表, 第7表, 利用者補足情報; 2表 shown for
 * information), parse ≥ 0.6 × validate, validate and serialize ≥ 0.4 × the practical limit; the moonshot,
 * 第6表 validate ≥ 0.8 × the practical limit.
 */
const RATIO_TARGETS = /** @type {const} */ ([
  { ratio: 'parseVsValidate', label: 'parse / validate', target: 0.6 },
  { ratio: 'validateVsPracticalLimit', label: 'validate / practical limit', target: 0.4 },
  { ratio: 'serializeVsPracticalLimit', label: 'serialize / practical limit', target: 0.4 },
]);
const TARGET_KINDS = ['table6', 'table7', 'userSupplement'];
const MOONSHOT = { section: 'table6', ratio: 'validateVsPracticalLimit', target: 0.8 };

/** The issue 15 targets met or not (see {@link RATIO_TARGETS}), one entry per kind and ratio measured. */
function ratioTargets(/** @type {Record<string, Record<string, number | null>>} */ ratios) {
  /** @type {{ section: string, ratio: string, label: string, target: number, value: number | null, met: boolean, counts: boolean }[]} */
  const out = [];
  for (const [section, r] of Object.entries(ratios)) {
    for (const t of RATIO_TARGETS) {
      const value = r[t.ratio] ?? null;
      if (value === null) continue;
      out.push({ section, ratio: t.ratio, label: t.label, target: t.target, value, met: value >= t.target, counts: TARGET_KINDS.includes(section) });
    }
  }
  const m = ratios[MOONSHOT.section]?.[MOONSHOT.ratio] ?? null;
  if (m !== null)
    out.push({
      section: MOONSHOT.section,
      ratio: MOONSHOT.ratio,
      label: 'moonshot: validate / practical limit',
      target: MOONSHOT.target,
      value: m,
      met: m >= MOONSHOT.target,
      counts: false,
    });
  return out;
}

/** Sections of the run (`--only`). */
const SECTIONS = ['table6', 'table7', 'userSupplement', 'plan2', 'small', 'batch', 'cli', 'stream'];

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const USAGE = `Usage: node bench/run.mjs [options]
  --size=<MiB>       size of the 第6表 UPPLAN file (default 50; the file is at least size × 2^20 bytes)
  --size7=<MiB>      size of the 第7表 UPSIKYU file (default 20)
  --size-hosoku=<MiB> size of the 利用者補足情報 UPHOSOKU file (default 20)
  --size-plan2=<MiB> size of the 居宅サービス計画2表 UP2KYO file (default 20)
  --batch=<n>        small UPPLAN files in the batch (default 10000)
  --batch-runs=<n>   timed runs of the CLI over the batch (default 3, after one warm-up run)
  --reps=<n>         timed repetitions per measurement (default 5; reduced to ≥ 3 for very slow ones)
  --warmup=<n>       warm-up runs per measurement (default 1)
  --small=<n>        small-file validations per timed batch (default 2000)
  --cli-runs=<n>     CLI start-up spawns (default 10)
  --stream-size=<MB> bytes streamed through validateStream by bench/stream.mjs in a child process
                     (default 1000, i.e. 1 GB; 0 skips it)
  --seed=<n>         generator seed (default 1)
  --only=<list>      run only these sections, comma separated: ${SECTIONS.join(', ')}
  --lib=<path>       ESM entry of the library to measure (default dist/index.js; cli.js and zod.js are
                     looked for next to it)
  --no-cache         regenerate the data even if bench/.data/ holds it
  --quick            smoke run: --size=5 --size7=2 --size-hosoku=2 --size-plan2=2 --batch=500 --batch-runs=1 --reps=3
                     --small=300 --cli-runs=3 --stream-size=50 (the options given beside it still apply)
  --help`;

function parseArgs(/** @type {string[]} */ argv) {
  const names = [
    'size',
    'size7',
    'size-hosoku',
    'size-plan2',
    'batch',
    'batch-runs',
    'reps',
    'warmup',
    'small',
    'cli-runs',
    'stream-size',
    'seed',
    'only',
    'lib',
  ];
  const v = /** @type {Record<string, string | undefined> & { quick?: boolean, 'no-cache'?: boolean }} */ (
    readOptions(argv, names, USAGE, ['quick', 'no-cache'])
  );
  const options = {
    size: 50,
    size7: 20,
    sizeHosoku: 20,
    sizePlan2: 20,
    batch: 10_000,
    batchRuns: 3,
    reps: 5,
    warmup: 1,
    small: 2000,
    cliRuns: 10,
    streamSize: 1000,
    seed: 1,
    only: [...SECTIONS],
    lib: join(ROOT, 'dist', 'index.js'),
    cache: v['no-cache'] !== true,
  };
  // --quick sets smaller defaults; the options given beside it still apply.
  if (v.quick === true) {
    Object.assign(options, {
      size: 5,
      size7: 2,
      sizeHosoku: 2,
      sizePlan2: 2,
      batch: 500,
      batchRuns: 1,
      reps: 3,
      small: 300,
      cliRuns: 3,
      streamSize: 50,
    });
  }
  /** The value of `--name` as a non-negative integer (at least `min`), or `fallback` when not given. */
  const int = (/** @type {string} */ name, /** @type {number} */ fallback, min = 0) => {
    const value = v[name];
    return value === undefined ? fallback : Math.max(min, nonNegativeInt(name, value));
  };
  options.size = int('size', options.size, 1);
  options.size7 = int('size7', options.size7, 1);
  options.sizeHosoku = int('size-hosoku', options.sizeHosoku, 1);
  options.sizePlan2 = int('size-plan2', options.sizePlan2, 1);
  options.batch = int('batch', options.batch);
  options.batchRuns = int('batch-runs', options.batchRuns, 1);
  options.reps = int('reps', options.reps, 1);
  options.warmup = int('warmup', options.warmup);
  options.small = int('small', options.small, 1);
  options.cliRuns = int('cli-runs', options.cliRuns);
  options.seed = int('seed', options.seed);
  options.streamSize = int('stream-size', options.streamSize);
  if (v.only !== undefined) {
    const list = v.only
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    const unknown = list.filter((x) => !SECTIONS.includes(x));
    if (unknown.length > 0 || list.length === 0) throw new Error(`--only takes sections among ${SECTIONS.join(', ')}`);
    options.only = list;
  }
  if (v.lib !== undefined) options.lib = resolve(v.lib);
  return options;
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers
// ---------------------------------------------------------------------------------------------

v8.setFlagsFromString('--expose-gc');
/** @type {() => void} */
const gc = vm.runInNewContext('gc');

const round = (/** @type {number} */ x, /** @type {number} */ digits = 1) => Number(x.toFixed(digits));
const mib = (/** @type {number} */ bytes) => round(bytes / 2 ** 20);
const peakRssMiB = () => round(process.resourceUsage().maxRSS / 1024); // maxRSS is in KiB
const fmtInt = (/** @type {number} */ n) => Math.round(n).toLocaleString('en');

/** Longest wall time the timed repetitions of one measurement should take, in ms. */
const REPS_BUDGET_MS = 25_000;
/** The same for the timed runs of the CLI over the batch. */
const CLI_BATCH_BUDGET_MS = 60_000;

/**
 * Runs fn `warmup` times, then `reps` timed times (GC before each); returns the median and the last
 * result. Very slow functions get fewer repetitions (never fewer than 3) to keep the run short. A rotation
 * of one step (see {@link measureRound}).
 * @template T
 * @param {() => T} fn
 * @param {{ warmup: number, reps: number }} plan
 * @returns {{ medianMs: number, minMs: number, maxMs: number, samplesMs: number[], firstMs: number | null, result: T }}
 */
function measure(fn, plan) {
  return /** @type {any} */ (measureRound([fn], plan)[0]);
}

/**
 * Measures several steps in rotation: each repetition runs every step once, in order (GC before each), so
 * that the ratios of their medians come from the same minutes of a noisy machine instead of from minutes
 * apart. Each step gets the previous step's result of the same repetition (serialize takes parse's
 * records), and a result is released once the next step has run, so no step runs with another's large
 * result alive unless it takes it. Returns, per step, what {@link measure} returns; `result` is the last
 * repetition's.
 * @param {((carry: any) => any)[]} steps
 * @param {{ warmup: number, reps: number }} plan
 */
function measureRound(steps, plan) {
  const samples = steps.map(() => /** @type {number[]} */ ([]));
  /** @type {(number | null)[]} */
  const first = steps.map(() => null);
  const warm = steps.map(() => 0);
  /** @type {any[]} */
  const last = steps.map(() => undefined);
  const pass = (/** @type {boolean} */ timed, /** @type {boolean} */ keep) => {
    /** @type {any} */
    let carry;
    for (let i = 0; i < steps.length; i++) {
      gc();
      const t = performance.now();
      const result = /** @type {(carry: any) => any} */ (steps[i])(carry);
      const ms = performance.now() - t;
      if (timed) /** @type {number[]} */ (samples[i]).push(ms);
      else {
        warm[i] = ms;
        first[i] ??= ms;
      }
      carry = result;
      if (keep) last[i] = result;
    }
  };
  for (let i = 0; i < plan.warmup; i++) pass(false, false);
  const warmMs = warm.reduce((a, b) => a + b, 0);
  let reps = plan.reps;
  const budget = REPS_BUDGET_MS * steps.length;
  if (warmMs > 0 && warmMs * reps > budget) reps = Math.min(reps, Math.max(3, Math.floor(budget / warmMs)));
  for (let i = 0; i < reps; i++) pass(true, i === reps - 1);
  return steps.map((_, i) => {
    const xs = /** @type {number[]} */ (samples[i]);
    return {
      medianMs: median(xs),
      minMs: Math.min(...xs),
      maxMs: Math.max(...xs),
      samplesMs: xs.map((x) => round(x, 2)),
      firstMs: first[i] ?? null,
      result: last[i],
    };
  });
}

/** Median wall time of spawning `node args…`, in ms. */
function spawnTime(/** @type {string[]} */ args, /** @type {number} */ runs) {
  /** @type {number[]} */
  const samples = [];
  let stdout = '';
  let status = /** @type {number | null} */ (0);
  for (let i = 0; i < runs + 2; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: ROOT });
    const ms = performance.now() - t;
    if (i >= 2) samples.push(ms); // two warm-up spawns (file-system cache)
    stdout = r.stdout;
    status = r.status;
  }
  return { medianMs: samples.length > 0 ? round(median(samples), 1) : null, stdout: stdout.trim(), status };
}

/** Timing fields shared by the throughput measurements. */
function timing(
  /** @type {{ medianMs: number, minMs: number, maxMs: number, samplesMs: number[], firstMs: number | null }} */ m,
  /** @type {number} */ megabytes,
) {
  return {
    firstMs: m.firstMs === null ? null : round(m.firstMs, 1),
    medianMs: round(m.medianMs, 1),
    minMs: round(m.minMs, 1),
    maxMs: round(m.maxMs, 1),
    samplesMs: m.samplesMs,
    MBps: round(megabytes / (m.medianMs / 1000), 1),
  };
}

/** Issue counts by code (at most 10 codes). */
function summariseIssues(/** @type {readonly { code: string }[] | undefined} */ issues) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const issue of issues ?? []) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return Object.fromEntries(
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10),
  );
}

const formatCodes = (/** @type {Record<string, number>} */ codes) =>
  Object.entries(codes)
    .map(([c, k]) => `${c}×${k}`)
    .join(', ') || 'none';

function sameBytes(/** @type {Uint8Array} */ a, /** @type {Uint8Array} */ b) {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/** Stops the run: the benchmark's own input is wrong, so its figures would mean nothing. */
function fail(/** @type {string} */ message) {
  console.error(`\nBENCH INPUT ERROR: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ records: number, users: number, bytes: number, generatedMs?: number, fileName?: string }} DataMeta
 * @typedef {{ bytes: Uint8Array, meta: DataMeta, path: string }} DataFile
 */

/**
 * A large generated file: read from bench/.data/ when cached (and consistent), else generated and
 * written there.
 * @param {string} base cache name without extension
 * @param {() => import('./generate.mjs').GeneratedFile & { fileName?: string }} generate
 * @param {boolean} cache
 * @returns {DataFile}
 */
function loadOrGenerate(base, generate, cache) {
  const dataFile = join(DATA_DIR, `${base}.CSV`);
  const metaFile = join(DATA_DIR, `${base}.json`);
  if (cache && existsSync(dataFile) && existsSync(metaFile)) {
    const bytes = new Uint8Array(readFileSync(dataFile)); // plain Uint8Array, as a browser caller would pass
    /** @type {DataMeta} */
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.bytes !== bytes.length) throw new Error(`cache ${base} is inconsistent; rerun with --no-cache`);
    console.log(`data: ${relative(process.cwd(), dataFile)} (cached)`);
    return { bytes, meta, path: dataFile };
  }
  const t = performance.now();
  const file = generate();
  const generatedMs = round(performance.now() - t, 0);
  writeFileSync(dataFile, file.bytes);
  /** @type {DataMeta} */
  const meta = { records: file.records, users: file.users, bytes: file.bytes.length, generatedMs };
  if (file.fileName !== undefined) meta.fileName = file.fileName;
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  console.log(`data: generated ${relative(process.cwd(), dataFile)} in ${(generatedMs / 1000).toFixed(1)} s`);
  return { bytes: new Uint8Array(file.bytes), meta, path: dataFile };
}

/**
 * The batch of small UPPLAN files in bench/.data/batch/<name>/ (generated once, then reused while the
 * manifest matches the directory).
 * @param {{ batch: number, seed: number, cache: boolean }} options
 */
function loadOrGenerateBatch(options) {
  const name = `UPPLAN-n${options.batch}-seed${options.seed}-g${GENERATOR_VERSIONS.batch}`;
  const root = join(DATA_DIR, 'batch');
  const dir = join(root, name);
  const manifestFile = join(root, `${name}.json`);
  /** @param {string[]} names */
  const totalBytes = (names) => names.reduce((sum, n) => sum + readFileSync(join(dir, n)).length, 0);
  if (options.cache && existsSync(manifestFile) && existsSync(dir)) {
    /** @type {{ files: number, bytes: number, records: number, minBytes: number, maxBytes: number }} */
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const names = readdirSync(dir)
      .filter((n) => n.endsWith('.CSV'))
      .sort();
    if (names.length === manifest.files && totalBytes(names) === manifest.bytes) {
      console.log(`data: ${relative(process.cwd(), dir)}/ (cached, ${fmtInt(names.length)} files)`);
      return { dir, names, manifest };
    }
    console.log(`data: ${relative(process.cwd(), dir)}/ does not match its manifest; regenerating`);
  }
  const t = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  /** @type {string[]} */
  const names = [];
  let bytes = 0;
  let records = 0;
  let minBytes = Infinity;
  let maxBytes = 0;
  for (let i = 0; i < options.batch; i++) {
    const f = batchTable6File(i, { seed: options.seed });
    writeFileSync(join(dir, f.name), f.bytes);
    names.push(f.name);
    bytes += f.bytes.length;
    records += f.records;
    minBytes = Math.min(minBytes, f.bytes.length);
    maxBytes = Math.max(maxBytes, f.bytes.length);
  }
  if (new Set(names).size !== names.length) throw new Error('batch: file names are not distinct (generator bug)');
  names.sort();
  const generatedMs = round(performance.now() - t, 0);
  const manifest = { files: names.length, bytes, records, minBytes, maxBytes, generatedMs };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`data: generated ${relative(process.cwd(), dir)}/ (${fmtInt(names.length)} files) in ${(generatedMs / 1000).toFixed(1)} s`);
  return { dir, names, manifest };
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/** What is measured per large file. */
const KINDS = /** @type {const} */ ([
  { section: 'table6', kind: 'table6Plan', prefix: 'UPPLAN', label: '第6表 UPPLAN' },
  { section: 'table7', kind: 'table7', prefix: 'UPSIKYU', label: '第7表 UPSIKYU' },
  { section: 'userSupplement', kind: 'userSupplement', prefix: 'UPHOSOKU', label: '利用者補足情報 UPHOSOKU' },
  { section: 'plan2', kind: 'plan2', prefix: 'UP2KYO', label: '居宅サービス計画2表 UP2KYO' },
]);

async function main() {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const run = (/** @type {string} */ section) => options.only.includes(section);
  const command = ['node', relative(process.cwd(), fileURLToPath(import.meta.url)) || 'bench/run.mjs', ...process.argv.slice(2)].join(' ');
  const viaNpm = process.env.npm_lifecycle_event === 'bench' ? ' (via npm run bench)' : '';
  console.log(`command: ${command}${viaNpm}`);
  const cpus = os.cpus();
  const env = {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemMiB: mib(os.totalmem()),
    loadAverage: os.loadavg().map((x) => round(x, 2)),
  };
  console.log(`node ${env.node} · ${env.platform} · ${env.cpu} × ${env.cpus} · load average ${env.loadAverage.join(' ')}`);

  /** @type {Record<string, number>} */
  const rss = {};
  /** @type {Record<string, number>} */
  const rssNow = {};
  const phaseDone = (/** @type {string} */ phase) => {
    rss[phase] = peakRssMiB();
    gc();
    rssNow[phase] = mib(process.memoryUsage().rss);
  };

  // -- library -----------------------------------------------------------------------------
  if (!existsSync(options.lib)) {
    console.error(`library not found at ${relative(process.cwd(), options.lib)}: run \`npm run build\` first (or pass --lib=…)`);
    process.exit(1);
  }
  /** @type {any} */
  const lib = await import(pathToFileURL(options.lib).href);
  for (const fn of ['validate', 'parse', 'serialize', 'getLayout']) {
    if (typeof lib[fn] !== 'function') {
      console.error(`the library does not export ${fn}()`);
      process.exit(1);
    }
  }
  const zodEntry = join(dirname(options.lib), 'zod.js');
  /** @type {any} */
  const zodLib = existsSync(zodEntry) ? await import(pathToFileURL(zodEntry).href) : null;
  let libVersion = null;
  try {
    libVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version ?? null;
  } catch {
    // not fatal
  }
  phaseDone('load');

  mkdirSync(DATA_DIR, { recursive: true });
  const plan = { warmup: options.warmup, reps: options.reps };
  /** @type {string[]} */
  const warnings = [];
  /** @type {Record<string, any>} */
  const results = {};
  /** @type {Record<string, any>} */
  const data = {};
  const progress = (/** @type {string} */ label) => process.stdout.write(`  measuring ${label} …\n`);

  // -- large files, one kind after the other -------------------------------------------------
  for (const k of KINDS) {
    if (!run(k.section)) continue;
    const size =
      k.section === 'table6' ? options.size : k.section === 'table7' ? options.size7 : k.section === 'plan2' ? options.sizePlan2 : options.sizeHosoku;
    const version = GENERATOR_VERSIONS[k.section];
    const minBytes = size * 2 ** 20;
    const file = loadOrGenerate(
      `${k.prefix}-${size}MiB-seed${options.seed}-g${version}`,
      () => {
        const f =
          k.section === 'table6'
            ? generateTable6File({ minBytes, seed: options.seed })
            : k.section === 'table7'
              ? generateTable7File({ minBytes, seed: options.seed })
              : k.section === 'plan2'
                ? generatePlan2File({ minBytes, seed: options.seed })
                : generateUserSupplementFile({ minBytes, seed: options.seed });
        // 2表 file names carry no month (the kind is passed instead).
        return k.section === 'plan2' ? f : { ...f, fileName: generatedFileName(k.prefix, f) };
      },
      options.cache,
    );
    const { bytes, meta } = file;
    const MB = bytes.length / 1e6;
    console.log(`      ${fmtInt(bytes.length)} bytes (${MB.toFixed(1)} MB), ${fmtInt(meta.records)} records, ${fmtInt(meta.users)} users`);
    data[k.section] = {
      file: relative(ROOT, file.path),
      bytes: bytes.length,
      MB: round(MB, 2),
      records: meta.records,
      users: meta.users,
      fileName: meta.fileName ?? null,
      generatorVersion: version,
    };

    // The input must be clean: any error means a generator or library bug, not a figure to report.
    const check = lib.validate(bytes, meta.fileName === undefined ? { kind: k.kind } : { fileName: meta.fileName });
    if (check.errorCount > 0 || check.recordCount !== meta.records) {
      const first = check.issues.filter((/** @type {any} */ i) => i.severity === 'error').slice(0, 5);
      fail(
        `${k.label}: the library reports ${check.errorCount} errors (${formatCodes(summariseIssues(check.issues))}) and ` +
          `${check.recordCount} records (expected ${meta.records}) in ${relative(process.cwd(), file.path)}; first: ` +
          first.map((/** @type {any} */ i) => `${i.code} line ${i.line} column ${i.column}`).join('; '),
      );
    }
    if (check.warningCount > 0) warnings.push(`${k.label}: ${check.warningCount} warnings (${formatCodes(summariseIssues(check.issues))})`);
    phaseDone(`${k.section}.data`);
    phaseDone(`${k.section}.validate`);

    /** @type {Record<string, any>} */
    const r = {};
    results[k.section] = r;

    // Baselines before parse: parse keeps the records alive for the serializers, and that large live
    // heap would slow the decode measurements.
    if (k.section === 'table6') {
      progress(`${k.label}: naive baseline (iconv-lite + csv-parse + hand-written zod schema)`);
      const n = measure(() => naiveValidate(bytes), plan);
      if (n.result.rejected > 0 || n.result.records !== meta.records)
        warnings.push(`${k.label} naive baseline: ${n.result.records} rows, ${n.result.rejected} rejected by zod`);
      r.naive = {
        ...timing(n, MB),
        recordsPerSec: round(n.result.records / (n.medianMs / 1000), 0),
        records: n.result.records,
        rejected: n.result.rejected,
        schema: 'hand-written',
      };
      phaseDone(`${k.section}.naive`);
    }
    if (zodLib !== null) {
      progress(`${k.label}: naive baseline (iconv-lite + csv-parse + careplan-csv/zod schema)`);
      const layout = lib.getLayout(k.kind, '202407');
      const schema = zodLib.recordSchema(k.kind, '202407');
      const n = measure(() => naiveValidateWithSchema(bytes, schema, layout.fields.length, layout.buildRecord), plan);
      if (n.result.rejected > 0 || n.result.records !== meta.records)
        warnings.push(`${k.label} naive baseline (careplan-csv/zod): ${n.result.records} rows, ${n.result.rejected} rejected by zod`);
      r[k.section === 'table6' ? 'naiveLibZod' : 'naive'] = {
        ...timing(n, MB),
        recordsPerSec: round(n.result.records / (n.medianMs / 1000), 0),
        records: n.result.records,
        rejected: n.result.rejected,
        schema: 'careplan-csv/zod recordSchema',
      };
      phaseDone(`${k.section}.naiveLibZod`);
    } else {
      warnings.push(`${k.label}: zod.js not found next to the library; no careplan-csv/zod baseline`);
    }

    // validate, the practical limit, parse, serialize and the records floor in rotation (see measureRound):
    // the targets are ratios of these five, and a machine shared with others changes speed from one minute
    // to the next.
    // The peak RSS of validate alone is the one after the check above.
    progress(`${k.label}: validate, practical limit, parse, serialize and the records floor, in rotation`);
    const buildRecord = lib.getLayout(k.kind, '202407').buildRecord;
    const [v, l, p, s, f] = measureRound(
      [
        () => lib.validate(bytes, { kind: k.kind }),
        () => practicalLimit(bytes),
        () => lib.parse(bytes, { kind: k.kind }),
        (/** @type {any} */ parsed) => lib.serialize(k.kind, parsed.records, {}),
        () => recordsFloor(bytes, buildRecord),
      ],
      plan,
    );
    r.validate = {
      ...timing(v, MB),
      recordsPerSec: round(v.result.recordCount / (v.medianMs / 1000), 0),
      ok: v.result.ok,
      recordCount: v.result.recordCount,
      issues: v.result.issues.length,
      issueCodes: summariseIssues(v.result.issues),
      version: v.result.version ?? null,
    };
    v.result = undefined;

    if (l.result.lines !== meta.records) warnings.push(`${k.label} practical limit: ${l.result.lines} line ends (expected ${meta.records})`);
    r.practicalLimit = { ...timing(l, MB), lines: l.result.lines };
    phaseDone(`${k.section}.practicalLimit`);

    /** @type {Record<string, unknown>[]} */
    const records = p.result.records;
    if (records.length !== meta.records) warnings.push(`${k.label} parse: ${records.length} records (expected ${meta.records})`);
    if (p.result.issues.length > 0)
      warnings.push(`${k.label} parse: ${p.result.issues.length} issues: ${formatCodes(summariseIssues(p.result.issues))}`);
    r.parse = {
      ...timing(p, MB),
      recordsPerSec: round(records.length / (p.medianMs / 1000), 0),
      records: records.length,
      issues: p.result.issues.length,
    };
    p.result = undefined;
    phaseDone(`${k.section}.parse`);

    const out = s.result.bytes;
    if (out === null || out === undefined) warnings.push(`${k.label} serialize: no bytes; issues: ${formatCodes(summariseIssues(s.result.issues))}`);
    const outBytes = out?.length ?? 0;
    r.serialize = {
      ...timing(s, outBytes / 1e6),
      recordsPerSec: round(records.length / (s.medianMs / 1000), 0),
      outputBytes: outBytes,
      issues: s.result.issues.length,
      identicalToInput: out ? sameBytes(out, bytes) : false,
    };
    if (out && !r.serialize.identicalToInput) warnings.push(`${k.label} serialize: output differs from the (canonical) input file`);
    s.result = undefined;
    phaseDone(`${k.section}.serialize`);

    // Lines with a line break inside a quoted value are split there: a count that differs says so.
    if (f.result.records !== meta.records) warnings.push(`${k.label} records floor: ${f.result.records} lines (expected ${meta.records} records)`);
    r.recordsFloor = { ...timing(f, MB), records: f.result.records };
    f.result = undefined;
    phaseDone(`${k.section}.recordsFloor`);

    if (k.section === 'table6') {
      progress(`${k.label}: serializer baseline (csv-stringify + iconv-lite)`);
      const columns = Object.keys(records[0] ?? {});
      if (columns.length !== 25) warnings.push(`parse records have ${columns.length} keys (expected 25)`);
      const rows = /** @type {Record<string, string>[]} */ (records);
      const b = measure(() => stringifyBaseline(rows, columns), plan);
      r.stringifyBaseline = { ...timing(b, b.result.length / 1e6), outputBytes: b.result.length, identicalToInput: sameBytes(b.result, bytes) };
      b.result = Buffer.alloc(0);
      phaseDone(`${k.section}.stringifyBaseline`);

      progress(`${k.label}: serializer reference (csv-stringify default quoting + iconv-lite)`);
      const bp = measure(() => stringifyPlainBaseline(rows, columns), plan);
      r.stringifyPlain = { ...timing(bp, bp.result.length / 1e6), outputBytes: bp.result.length };
      bp.result = Buffer.alloc(0);
      phaseDone(`${k.section}.stringifyPlain`);
    }
    records.length = 0; // release the materialised records before the next phase
    phaseDone(`${k.section}.done`);
  }

  // -- small files --------------------------------------------------------------------------
  if (run('small')) {
    progress(`small files (${options.small} validations per batch)`);
    const smallFiles = Array.from({ length: 20 }, (_, i) => new Uint8Array(generateSmallTable6File(1000 + i).bytes));
    const smallBytes = smallFiles.reduce((sum, f) => sum + f.length, 0) / smallFiles.length;
    let smallNotOk = 0;
    for (const f of smallFiles) if (!lib.validate(f, { kind: 'table6Plan' }).ok) smallNotOk++;
    if (smallNotOk > 0) fail(`small files: ${smallNotOk} of ${smallFiles.length} have errors`);
    const batch = () => {
      for (let i = 0; i < options.small; i++) lib.validate(smallFiles[i % smallFiles.length], { kind: 'table6Plan' });
    };
    const sm = measure(batch, { warmup: Math.max(1, options.warmup), reps: options.reps });
    results.smallFileValidate = {
      files: smallFiles.length,
      meanFileBytes: round(smallBytes, 0),
      validationsPerBatch: options.small,
      usPerFile: round((sm.medianMs * 1000) / options.small, 1),
      filesPerSec: round(options.small / (sm.medianMs / 1000), 0),
      MBps: round((smallBytes * options.small) / 1e6 / (sm.medianMs / 1000), 1),
      samplesMs: sm.samplesMs,
    };
    phaseDone('smallFiles');
  }

  // -- batch of small files ------------------------------------------------------------------
  const cli = join(dirname(options.lib), 'cli.js');
  if (run('batch') && options.batch > 0) {
    const batch = loadOrGenerateBatch(options);
    const paths = batch.names.map((n) => join(batch.dir, n));
    const batchMB = batch.manifest.bytes / 1e6;
    data.batch = { dir: relative(ROOT, batch.dir), ...batch.manifest, MB: round(batchMB, 2) };

    /** One pass over the batch: read each file and validate it (kind and month from its name). */
    const apiPass = () => {
      let errors = 0;
      let warningCount = 0;
      let notOk = 0;
      let records = 0;
      let readMs = 0;
      for (let i = 0; i < paths.length; i++) {
        const t = performance.now();
        const bytes = readFileSync(/** @type {string} */ (paths[i]));
        readMs += performance.now() - t;
        const r = lib.validate(bytes, { fileName: batch.names[i] });
        errors += r.errorCount;
        warningCount += r.warningCount;
        records += r.recordCount;
        if (!r.ok) notOk++;
      }
      return { errors, warnings: warningCount, notOk, records, readMs };
    };
    progress(`batch through the API (${fmtInt(paths.length)} files: read + validate each)`);
    const check = apiPass(); // warm-up (file-system cache, JIT) and the input check
    if (check.errors > 0)
      fail(`batch: the library reports ${check.errors} errors in ${check.notOk} of ${paths.length} files in ${relative(process.cwd(), batch.dir)}`);
    if (check.records !== batch.manifest.records) fail(`batch: ${check.records} records read, the manifest says ${batch.manifest.records}`);
    if (check.warnings > 0) warnings.push(`batch: ${check.warnings} warnings`);
    const a = measure(apiPass, { warmup: Math.max(0, options.warmup - 1), reps: options.reps });
    const bigMBps = results.table6?.validate?.MBps ?? null;
    const apiMBps = batchMB / (a.medianMs / 1000);
    results.batchApi = {
      files: paths.length,
      ...timing(a, batchMB),
      filesPerSec: round(paths.length / (a.medianMs / 1000), 0),
      recordsPerSec: round(batch.manifest.records / (a.medianMs / 1000), 0),
      readMsOfLastRun: round(a.result.readMs, 1),
      vsBigFileValidate: bigMBps === null ? null : round(apiMBps / bigMBps, 2),
    };
    phaseDone('batchApi');

    // The same files through the pool's validateMany (worker threads), as a relay server would check a batch.
    const poolPath = join(dirname(options.lib), 'pool.js');
    if (existsSync(poolPath)) {
      const { createValidationPool } = await import(pathToFileURL(poolPath).href);
      const size = os.availableParallelism();
      progress(`batch through the pool's validateMany (${size} worker threads)`);
      const pool = createValidationPool({ size, deadlineMs: Number.POSITIVE_INFINITY, maxQueue: paths.length });
      // 1,000 files at a time (read, then validated), so that the process does not hold the whole batch.
      const poolPass = async () => {
        let errors = 0;
        for (let start = 0; start < paths.length; start += 1000) {
          const items = paths.slice(start, start + 1000).map((p, i) => ({ input: readFileSync(p), options: { fileName: batch.names[start + i] } }));
          for (const r of await pool.validateMany(items)) errors += r.errorCount;
        }
        return errors;
      };
      if ((await poolPass()) > 0) fail('batch: the pool reports errors in the batch');
      /** @type {number[]} */
      const samples = [];
      for (let i = 0; i < options.reps; i++) {
        const t = performance.now();
        await poolPass();
        samples.push(performance.now() - t);
      }
      await pool.close();
      const ms = median(samples);
      results.batchPool = {
        workers: size,
        medianMs: round(ms, 1),
        samplesMs: samples.map((x) => round(x, 1)),
        filesPerSec: round(paths.length / (ms / 1000), 0),
        vsApi: round(a.medianMs / ms, 2),
      };
      phaseDone('batchPool');
    }

    if (existsSync(cli)) {
      progress(`batch through the CLI (a warm-up run, then ≤ ${options.batchRuns} timed runs)`);
      results.batchCli = measureCliBatch(cli, batch, options.batchRuns, warnings);
      if (results.batchCli.medianMs !== undefined) {
        results.batchCli.MBps = round(batchMB / (results.batchCli.medianMs / 1000), 1);
        results.batchCli.vsBigFileValidate = bigMBps === null ? null : round(results.batchCli.MBps / bigMBps, 2);
      }
    } else {
      results.batchCli = { skipped: 'cli.js not found' };
    }
    phaseDone('batchCli');

    // What the cores give to the same read + validate without the CLI: the ceiling of `--jobs`, same minutes.
    if (os.availableParallelism() >= 2) {
      progress('parallel read + validate of the batch without the CLI (bench/parallel.mjs, threads and processes)');
      const args = [join(BENCH_DIR, 'parallel.mjs'), `--dir=${batch.dir}`, `--reps=${options.batchRuns}`, '--json'];
      if (options.lib !== join(ROOT, 'dist', 'index.js')) args.push(`--lib=${options.lib}`);
      const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
      if (r.status === 0) results.batchParallel = JSON.parse(r.stdout);
      else warnings.push(`bench/parallel.mjs exited with ${r.status}: ${(r.stderr ?? '').slice(0, 300)}`);
      phaseDone('batchParallel');
    }

    // What the young generation keeps of the batch: per-file state dies with its file, so little is promoted.
    progress('garbage collection over the batch (bench/batch-gc.mjs, child process with --trace-gc-nvp)');
    const gcArgs = [join(BENCH_DIR, 'batch-gc.mjs'), `--dir=${batch.dir}`, '--json'];
    if (options.lib !== join(ROOT, 'dist', 'index.js')) gcArgs.push(`--lib=${options.lib}`);
    const g = spawnSync(process.execPath, gcArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (g.status === 0) results.batchGc = JSON.parse(g.stdout);
    else warnings.push(`bench/batch-gc.mjs exited with ${g.status}: ${(g.stderr ?? '').slice(0, 300)}`);
    phaseDone('batchGc');
  }

  // -- CLI start-up -------------------------------------------------------------------------
  if (run('cli')) {
    if (options.cliRuns > 0 && existsSync(cli)) {
      progress(`CLI start-up (${options.cliRuns} spawns)`);
      const c = spawnTime([cli, '--version'], options.cliRuns);
      const floor = spawnTime(['-e', ''], options.cliRuns);
      if (c.status !== 0) warnings.push(`CLI --version exited with ${c.status}`);
      results.cliStartup = {
        script: relative(ROOT, cli),
        medianMs: c.medianMs,
        nodeBareMedianMs: floor.medianMs,
        runs: options.cliRuns,
        output: c.stdout,
      };
    } else {
      results.cliStartup = { skipped: options.cliRuns > 0 ? 'cli.js not found' : 'disabled' };
    }
    phaseDone('cli');
  }

  // -- streaming: a fresh process, so that its peak RSS is the stream's own ------------------
  if (run('stream')) {
    if (options.streamSize > 0) {
      progress(`streaming ${options.streamSize} MB through validateStream (bench/stream.mjs, child process)`);
      const args = [join(BENCH_DIR, 'stream.mjs'), `--size=${options.streamSize}`];
      if (options.lib !== join(ROOT, 'dist', 'index.js')) args.push(`--lib=${options.lib}`);
      const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
      const out = r.stdout ?? '';
      const num = (/** @type {RegExp} */ re) => {
        const m = re.exec(out);
        return m === null ? null : Number(m[1]);
      };
      results.stream = {
        status: r.status,
        MB: num(/\((\d+) MB\)/),
        MBps: num(/→ ([\d.]+) MB\/s end to end/),
        peakRssMiB: num(/peak ([\d.]+) MiB sampled/),
        vmHwmMiB: num(/VmHWM ([\d.]+) MiB/),
        ok: /result: ok=true/.test(out),
      };
      if (r.status !== 0) warnings.push(`bench/stream.mjs exited with ${r.status}: ${(r.stderr ?? '').slice(0, 300)}`);
    } else {
      results.stream = { skipped: 'disabled' };
    }
    phaseDone('stream');
  }

  // -- report -------------------------------------------------------------------------------
  const ratios = computeRatios(results);
  const t6 = results.table6;
  const oneJob = results.batchCli?.oneJob;
  // --jobs N against --jobs 1 over the batch (where there are at least 2 cores to share the work).
  const jobsTarget =
    oneJob && results.batchCli.jobs >= 2
      ? { jobsSpeedup: { target: TARGETS.jobsSpeedup, value: oneJob.speedup, met: oneJob.speedup >= TARGETS.jobsSpeedup } }
      : {};
  const targets = t6
    ? {
        ...jobsTarget,
        validateMBps: { target: TARGETS.validateMBps, value: t6.validate.MBps, met: t6.validate.MBps >= TARGETS.validateMBps },
        validateVsNaive: {
          target: TARGETS.validateVsNaive,
          value: ratios.table6?.validateVsNaive ?? null,
          met: (ratios.table6?.validateVsNaive ?? 0) >= TARGETS.validateVsNaive,
        },
        serializeMBps: { target: TARGETS.serializeMBps, value: t6.serialize.MBps, met: t6.serialize.MBps >= TARGETS.serializeMBps },
        ...(results.batchApi?.vsBigFileValidate == null
          ? {}
          : {
              batchVsBigFile: {
                target: TARGETS.batchVsBigFile,
                value: results.batchApi.vsBigFileValidate,
                met: results.batchApi.vsBigFileValidate >= TARGETS.batchVsBigFile,
              },
            }),
      }
    : jobsTarget;
  const totalSec = round((performance.now() - started) / 1000, 1);

  const issue15 = ratioTargets(ratios);
  printReport({ results, ratios, targets, rss, data, options, issue15 });
  for (const w of warnings) console.log(`WARNING: ${w}`);
  console.log(`total ${totalSec} s`);

  const report = {
    date: new Date().toISOString(),
    command,
    library: { version: libVersion, entry: relative(ROOT, options.lib) },
    env,
    options: { ...options, lib: relative(ROOT, options.lib) },
    data: { ...data, seed: options.seed, generatorVersions: GENERATOR_VERSIONS },
    units:
      'MB = 10^6 bytes; times in ms unless named otherwise; rssPeakMiB = process.resourceUsage().maxRSS (peak so far) after each phase; rssAfterPhaseMiB = current RSS after a GC',
    results,
    ratios,
    targets,
    issue15Targets: issue15,
    rssPeakMiB: rss,
    rssAfterPhaseMiB: rssNow,
    warnings,
    totalSec,
  };
  const resultsFile = join(DATA_DIR, 'results.json');
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${relative(process.cwd(), resultsFile)}`);
}

/** The median of CPU times measured, or null when a run did not report one (its hook did not run). */
function cpuMedian(/** @type {number[]} */ ms) {
  return ms.length === 0 || ms.some((m) => !Number.isFinite(m)) ? null : round(median(ms), 1);
}

/**
 * Validates the batch with the CLI: `validate --format json DIR` when the CLI takes a directory (one
 * process), else the file names as arguments, 1,000 per process. One warm-up run, then `runs` timed runs.
 * @param {string} cli
 * @param {{ dir: string, names: string[], manifest: { files: number } }} batch
 * @param {number} runs
 * @param {string[]} warnings
 */
function measureCliBatch(cli, batch, runs, warnings) {
  const files = batch.names.length;
  // The report goes to a file, as `> report.json` would send it: the time is the CLI's, from spawn to
  // exit, not this process's reading of a pipe or its parsing of the report (done after the clock stops).
  const outDir = mkdtempSync(join(os.tmpdir(), 'careplan-bench-'));
  const outFile = join(outDir, 'report.json');
  // The CLI's CPU time (all its threads), written by a preloaded hook when it exits (see bench/lib/cpu-at-exit.cjs).
  const cpuFile = join(outDir, 'cpu-ms');
  const cpuHook = join(BENCH_DIR, 'lib', 'cpu-at-exit.cjs');
  const spawnCli = (/** @type {string[]} */ args) => {
    const fd = openSync(outFile, 'w');
    rmSync(cpuFile, { force: true });
    try {
      const t = performance.now();
      const r = spawnSync(process.execPath, ['--require', cpuHook, cli, 'validate', '--format', 'json', ...args], {
        cwd: batch.dir,
        encoding: 'utf8',
        stdio: ['ignore', fd, 'pipe'],
        maxBuffer: 1 << 24,
        env: { ...process.env, CAREPLAN_BENCH_CPU_FILE: cpuFile },
      });
      const ms = performance.now() - t;
      const cpuMs = existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : Number.NaN;
      return { status: r.status, stderr: r.stderr ?? '', stdout: readFileSync(outFile, 'utf8'), ms, cpuMs };
    } finally {
      closeSync(fd);
    }
  };
  /** Parses the CLI's JSON report; null when the output is not one. */
  const report = (/** @type {string} */ stdout) => {
    try {
      /** @type {any} */
      const json = JSON.parse(stdout);
      return Array.isArray(json?.files) ? json : null;
    } catch {
      return null;
    }
  };
  /** Counts over the files of the reports of one run. */
  const tally = (/** @type {any[]} */ reports) => {
    let seen = 0;
    let errors = 0;
    let warningCount = 0;
    let units = 0;
    let unitErrors = 0;
    let unitWarnings = 0;
    /** @type {Record<string, number>} */
    const unitCodes = {};
    for (const r of reports) {
      seen += r.files.length;
      for (const f of r.files) {
        for (const i of f.issues ?? []) {
          if (i.severity === 'error') errors++;
          else warningCount++;
        }
      }
      // Send units (when the CLI groups the files by ファイル連番): their own issues.
      for (const u of Array.isArray(r.units) ? r.units : []) {
        units++;
        for (const i of u.issues ?? []) {
          if (i.severity === 'error') unitErrors++;
          else unitWarnings++;
          unitCodes[i.code] = (unitCodes[i.code] ?? 0) + 1;
        }
      }
    }
    return { seen, errors, warnings: warningCount, units, unitErrors, unitWarnings, unitCodes };
  };

  // Directory mode, if the CLI accepts it (it prints a JSON report covering every file).
  const probe = spawnCli(['.']);
  const probeMs = probe.ms;
  const probeReport = report(probe.stdout);
  /** @type {'directory' | 'file arguments'} */
  let mode = 'file arguments';
  let note = '';
  if (probeReport !== null && (probe.status === 0 || probe.status === 1) && tally([probeReport]).seen === files) {
    mode = 'directory';
  } else {
    const why =
      probe.status === 2
        ? (probe.stderr.trim().split('\n')[0] ?? 'usage error')
        : `exit ${probe.status}, ${probeReport === null ? 'no JSON report' : `${tally([probeReport]).seen} files in the report`}`;
    note = `the CLI does not validate a directory yet (${why}); file names passed as arguments, 1,000 per process`;
    warnings.push(`batch CLI: ${note}`);
  }
  const PER_SPAWN = 1000;
  const once = (/** @type {string[]} */ extra = []) => {
    /** @type {any[]} */
    const reports = [];
    /** @type {(number | null)[]} */
    const statuses = [];
    let ms = 0;
    let cpuMs = 0;
    if (mode === 'directory') {
      const r = spawnCli([...extra, '.']);
      ms += r.ms;
      cpuMs += r.cpuMs;
      statuses.push(r.status);
      const rep = report(r.stdout);
      if (rep !== null) reports.push(rep);
    } else {
      for (let i = 0; i < files; i += PER_SPAWN) {
        const r = spawnCli([...extra, ...batch.names.slice(i, i + PER_SPAWN)]);
        ms += r.ms;
        cpuMs += r.cpuMs;
        statuses.push(r.status);
        const rep = report(r.stdout);
        if (rep !== null) reports.push(rep);
      }
    }
    return { ms, cpuMs, statuses, ...tally(reports) };
  };
  let warmMs = probeMs;
  if (mode !== 'directory') warmMs = once().ms; // warm-up (the directory probe was the warm-up otherwise)
  // Slow CLI runs get fewer repetitions (at least 1) to keep the whole benchmark short.
  runs = Math.min(runs, Math.max(1, Math.floor(CLI_BATCH_BUDGET_MS / warmMs)));
  /** @type {number[]} */
  const samples = [];
  /** CPU milliseconds of each timed run (all threads of the CLI's process). */
  /** @type {number[]} */
  const cpuSamples = [];
  /**
   * `--jobs N` (the available cores, given explicitly: without it a batch under 32 MiB is checked in one
   * thread) and `--jobs 1` (one thread), timed in turn, for the speed-up.
   */
  const jobs = os.availableParallelism();
  /** @type {number[]} */
  const oneJob = [];
  /** @type {number[]} */
  const oneJobCpu = [];
  /** @type {string | null} */
  let jobsDiffer = null;
  /** @type {ReturnType<typeof once> | undefined} */
  let last;
  for (let i = 0; i < runs; i++) {
    last = once(mode === 'directory' ? ['--jobs', String(jobs)] : []);
    samples.push(last.ms);
    cpuSamples.push(last.cpuMs);
    if (mode === 'directory') {
      const one = once(['--jobs', '1']);
      oneJob.push(one.ms);
      oneJobCpu.push(one.cpuMs);
      if (one.seen !== last.seen || one.errors !== last.errors || one.units !== last.units || one.unitWarnings !== last.unitWarnings)
        jobsDiffer = `--jobs 1 reports ${one.seen} files, ${one.errors} errors, ${one.units} units; --jobs ${jobs}: ${last.seen}, ${last.errors}, ${last.units}`;
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  if (jobsDiffer !== null) warnings.push(`batch CLI: ${jobsDiffer}`);
  if (last === undefined) return { skipped: 'no run' };
  if (last.seen !== files)
    warnings.push(`batch CLI: the JSON reports cover ${last.seen} of ${files} files (exit codes ${[...new Set(last.statuses)].join(', ')})`);
  if (last.errors > 0) warnings.push(`batch CLI: ${last.errors} errors reported in the files`);
  const medianMs = median(samples);
  return {
    mode,
    command:
      mode === 'directory'
        ? `node ${relative(ROOT, cli)} validate --format json --jobs ${jobs} DIR`
        : `node ${relative(ROOT, cli)} validate --format json FILE… (${Math.ceil(files / PER_SPAWN)} processes of ≤ ${PER_SPAWN} files)`,
    note,
    files,
    processes: mode === 'directory' ? 1 : Math.ceil(files / PER_SPAWN),
    probeMs: round(probeMs, 1),
    medianMs: round(medianMs, 1),
    samplesMs: samples.map((s) => round(s, 1)),
    cpuMedianMs: cpuMedian(cpuSamples),
    filesPerSec: round(files / (medianMs / 1000), 0),
    jobs,
    oneJob:
      oneJob.length === 0
        ? null
        : {
            medianMs: round(median(oneJob), 1),
            samplesMs: oneJob.map((s) => round(s, 1)),
            cpuMedianMs: cpuMedian(oneJobCpu),
            filesPerSec: round(files / (median(oneJob) / 1000), 0),
            speedup: round(median(oneJob) / medianMs, 2),
          },
    exitCodes: [...new Set(last.statuses)],
    filesInReport: last.seen,
    errors: last.errors,
    warnings: last.warnings,
    units: last.units,
    unitErrors: last.unitErrors,
    unitWarnings: last.unitWarnings,
    unitIssueCodes: last.unitCodes,
  };
}

/** Ratios per kind (validate/naive, validate/practical limit, parse/naive, serialize/baseline). */
function computeRatios(/** @type {Record<string, any>} */ results) {
  /** @type {Record<string, Record<string, number | null>>} */
  const ratios = {};
  const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) =>
    a === undefined || b === undefined || b === 0 ? null : round(a / b, 2);
  for (const k of KINDS) {
    const r = results[k.section];
    if (r === undefined) continue;
    ratios[k.section] = {
      validateVsNaive: ratio(r.validate?.MBps, r.naive?.MBps),
      validateVsPracticalLimit: ratio(r.validate?.MBps, r.practicalLimit?.MBps),
      parseVsNaive: ratio(r.parse?.MBps, r.naive?.MBps),
      parseVsValidate: ratio(r.parse?.MBps, r.validate?.MBps),
      recordsFloorVsValidate: ratio(r.recordsFloor?.MBps, r.validate?.MBps),
      serializeVsPracticalLimit: ratio(r.serialize?.MBps, r.practicalLimit?.MBps),
      ...(r.naiveLibZod ? { validateVsNaiveLibZod: ratio(r.validate?.MBps, r.naiveLibZod?.MBps) } : {}),
      ...(r.stringifyBaseline
        ? {
            serializeVsBaseline: ratio(r.serialize?.MBps, r.stringifyBaseline?.MBps),
            serializeVsPlainStringify: ratio(r.serialize?.MBps, r.stringifyPlain?.MBps),
          }
        : {}),
    };
  }
  return ratios;
}

/** @param {any} r */
function printReport(r) {
  const { results, ratios, targets, rss, data, options, issue15 } = r;
  console.log('');
  console.log(`${options.warmup} warm-up + ≤ ${options.reps} timed runs, median · 1 MB = 10^6 bytes · peak RSS = process peak so far`);
  /** @type {string[][]} */
  const rows = [['measurement', 'median ms', 'MB/s', 'records/s', 'peak RSS MiB', 'note']];
  for (const k of KINDS) {
    const x = results[k.section];
    if (x === undefined) continue;
    const d = data[k.section];
    const sec = k.section;
    rows.push([`${k.label} — ${d.MB.toFixed(1)} MB, ${fmtInt(d.records)} records`, '', '', '', '', '']);
    rows.push(row('  validate (library)', x.validate, rss[`${sec}.validate`], sec === 'table6' ? target(targets.validateMBps, ' MB/s') : ''));
    rows.push(row('  parse (library, records materialised)', x.parse, rss[`${sec}.parse`], ''));
    rows.push(
      row(
        '  serialize (library, MB/s of output)',
        x.serialize,
        rss[`${sec}.serialize`],
        `${sec === 'table6' ? `${target(targets.serializeMBps, ' MB/s')}, ` : ''}${x.serialize.identicalToInput ? 'output = input bytes' : 'output differs from input'}${x.serialize.firstMs === null ? '' : `, first call ${x.serialize.firstMs.toFixed(0)} ms`}`,
      ),
    );
    if (sec === 'table6')
      rows.push(row('  naive: iconv-lite + csv-parse + zod (hand-written)', x.naive, rss[`${sec}.naive`], `${x.naive.rejected} rows rejected`));
    const libZod = sec === 'table6' ? x.naiveLibZod : x.naive;
    if (libZod)
      rows.push(row('  naive: iconv-lite + csv-parse + careplan-csv/zod', libZod, rss[`${sec}.naiveLibZod`], `${libZod.rejected} rows rejected`));
    rows.push(row('  practical limit: TextDecoder + LF scan', x.practicalLimit, rss[`${sec}.practicalLimit`], ''));
    if (x.recordsFloor)
      rows.push(row('  records floor: TextDecoder + split + record literal', x.recordsFloor, rss[`${sec}.recordsFloor`], 'no checks, records kept'));
    if (x.stringifyBaseline) {
      rows.push(
        row(
          '  csv-stringify + iconv-lite (output)',
          x.stringifyBaseline,
          rss[`${sec}.stringifyBaseline`],
          `spec quoting${x.stringifyBaseline.identicalToInput ? ', output = input bytes' : ''}`,
        ),
      );
      rows.push(row('    same, default quoting (reference)', x.stringifyPlain, rss[`${sec}.stringifyPlain`], 'not the spec format'));
    }
  }
  if (rows.length > 1) printTable(rows);

  // One line per kind: the figures side by side.
  /** @type {string[][]} */
  const summary = [
    [
      'kind',
      'MB',
      'records',
      'validate MB/s',
      'rec/s',
      'parse MB/s',
      'rec/s',
      'serialize MB/s',
      'rec/s',
      'naive MB/s',
      'validate/naive',
      'parse/naive',
    ],
  ];
  for (const k of KINDS) {
    const x = results[k.section];
    if (x === undefined) continue;
    const n = x.naive;
    summary.push([
      k.label,
      data[k.section].MB.toFixed(1),
      fmtInt(data[k.section].records),
      x.validate.MBps.toFixed(1),
      fmtInt(x.validate.recordsPerSec),
      x.parse.MBps.toFixed(1),
      fmtInt(x.parse.recordsPerSec),
      x.serialize.MBps.toFixed(1),
      fmtInt(x.serialize.recordsPerSec),
      n ? `${n.MBps.toFixed(1)}${k.section === 'table6' ? ' (hw)' : ''}` : '',
      ratios[k.section]?.validateVsNaive == null ? '' : `${ratios[k.section].validateVsNaive}×`,
      ratios[k.section]?.parseVsNaive == null ? '' : `${ratios[k.section].parseVsNaive}×`,
    ]);
  }
  if (summary.length > 1) {
    console.log('');
    printTable(summary, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    if (results.table6?.naiveLibZod) {
      console.log(
        `(hw) = hand-written zod schema; with the careplan-csv/zod schema 第6表 naive runs at ${results.table6.naiveLibZod.MBps} MB/s (validate/naive ${ratios.table6.validateVsNaiveLibZod}×)`,
      );
    }
  }

  console.log('');
  const sm = results.smallFileValidate;
  if (sm)
    console.log(
      `small files (~${(sm.meanFileBytes / 1000).toFixed(1)} KB, ${sm.files} distinct, ${sm.validationsPerBatch} per batch): ${sm.usPerFile} µs/file warm (${fmtInt(sm.filesPerSec)} files/s)   [peak RSS ${rss.smallFiles} MiB]`,
    );
  const ba = results.batchApi;
  if (ba) {
    const d = data.batch;
    console.log(
      `batch: ${fmtInt(d.files)} UPPLAN files, ${(d.minBytes / 1000).toFixed(1)}–${(d.maxBytes / 1000).toFixed(1)} KB, ${d.MB.toFixed(1)} MB, ${fmtInt(d.records)} records (${d.dir}/)`,
    );
    const vs =
      ba.vsBigFileValidate === null
        ? ''
        : ` = ${Math.round(ba.vsBigFileValidate * 100)}% of the big-file validate ${targets.batchVsBigFile ? `(${target(targets.batchVsBigFile, '×')})` : ''}`;
    console.log(
      `  API, one process (read + validate per file): ${ba.medianMs.toFixed(0)} ms → ${fmtInt(ba.filesPerSec)} files/s, ${ba.MBps.toFixed(1)} MB/s${vs}; reading took ${ba.readMsOfLastRun.toFixed(0)} ms   [peak RSS ${rss.batchApi} MiB]`,
    );
    const bp0 = results.batchPool;
    if (bp0)
      console.log(
        `  API, pool.validateMany on ${bp0.workers} worker threads (read 1,000 at a time, then validated): ${bp0.medianMs.toFixed(0)} ms → ${fmtInt(bp0.filesPerSec)} files/s, ${bp0.vsApi}× the one-process API   [peak RSS ${rss.batchPool} MiB]`,
      );
    const bc = results.batchCli;
    if (bc?.skipped) console.log(`  CLI: skipped (${bc.skipped})`);
    else if (bc) {
      const vsc = bc.vsBigFileValidate === null ? '' : ` (${Math.round(bc.vsBigFileValidate * 100)}% of the big-file validate)`;
      console.log(
        `  CLI, ${bc.command}: ${bc.medianMs.toFixed(0)} ms → ${fmtInt(bc.filesPerSec)} files/s, ${bc.MBps.toFixed(1)} MB/s${vsc}; ${fmtInt(bc.filesInReport)} files in the JSON, ${bc.errors} errors, ${bc.warnings} warnings${bc.units > 0 ? `; ${fmtInt(bc.units)} send units: ${bc.unitErrors} errors, ${bc.unitWarnings} warnings (${formatCodes(bc.unitIssueCodes)})` : ''}`,
      );
      if (bc.oneJob) {
        const t = targets.jobsSpeedup;
        console.log(
          `  CLI batch, files/s: --jobs 1 ${fmtInt(bc.oneJob.filesPerSec)}, --jobs ${bc.jobs} (the available cores) ${fmtInt(bc.filesPerSec)} → ${bc.oneJob.speedup.toFixed(2)}× ${t ? target(t, '×') : `(target ≥ ${TARGETS.jobsSpeedup}× on 2 cores: only ${bc.jobs} core${bc.jobs === 1 ? '' : 's'} here)`}`,
        );
        if (typeof bc.cpuMedianMs === 'number' && typeof bc.oneJob.cpuMedianMs === 'number') {
          // CPU time over wall time: how many cores a run kept busy. --jobs 1 already keeps more than one busy
          // (the JIT compiles and the garbage collector marks on other threads), so N cores can give at most
          // N ÷ that, even if splitting cost no CPU time at all; CPU time against --jobs 1's is what it costs.
          const busyOne = bc.oneJob.cpuMedianMs / bc.oneJob.medianMs;
          console.log(
            `  CLI batch, CPU time (every thread of the process): --jobs 1 ${fmtInt(bc.oneJob.cpuMedianMs)} ms (${busyOne.toFixed(2)} cores busy), --jobs ${bc.jobs} ${fmtInt(bc.cpuMedianMs)} ms (${(bc.cpuMedianMs / bc.medianMs).toFixed(2)} cores busy, ${(bc.cpuMedianMs / bc.oneJob.cpuMedianMs).toFixed(2)}× the work); ${bc.jobs} cores ÷ ${busyOne.toFixed(2)} = at most ${(bc.jobs / busyOne).toFixed(2)}× even if splitting cost nothing`,
          );
        }
      }
      const bp = results.batchParallel;
      if (bp) {
        const sp = bp.speedup;
        console.log(
          `  the same read + validate without the CLI (bench/parallel.mjs), ${bp.jobs} ÷ 1: threads ${sp.threads.cold}× cold (started, loaded and warmed up, as --jobs is), ${sp.threads.warm}× warm; processes ${sp.processes.cold}× cold, ${sp.processes.warm}× warm`,
        );
      }
      const bg = results.batchGc;
      if (bg) {
        console.log(
          `  young generation over the batch (bench/batch-gc.mjs, last ${bg.scavenges} scavenges of ${bg.passes} passes): ${bg.promotedMB} MB promoted of ${bg.allocatedMB} MB allocated (${((bg.promotedShare ?? 0) * 100).toFixed(1)}%), ${bg.pauseMs} ms of pauses`,
        );
      }
    }
  }
  const st = results.stream;
  if (st?.skipped) console.log(`stream: skipped (${st.skipped})`);
  else if (st) {
    console.log(
      `stream: ${st.MB} MB 第6表 through validateStream (bench/stream.mjs, own process): ${st.MBps} MB/s, peak RSS ${st.peakRssMiB} MiB` +
        `${st.vmHwmMiB === null ? '' : ` (VmHWM ${st.vmHwmMiB} MiB)`} — goal 1 GB under 150 MB: ${st.MB >= 1000 && (st.vmHwmMiB ?? st.peakRssMiB) < 150 ? 'met' : st.MB < 1000 ? 'smaller run' : 'NOT met'}${st.ok ? '' : ' · the streamed file had errors'}`,
    );
  }
  const cli = results.cliStartup;
  if (cli)
    console.log(
      cli.skipped
        ? `CLI start-up: skipped (${cli.skipped})`
        : `CLI start-up: node ${cli.script} --version ${cli.medianMs} ms median of ${cli.runs} (bare node -e '' ${cli.nodeBareMedianMs} ms)`,
    );
  const t6 = ratios.table6;
  if (t6) {
    console.log('');
    console.log(
      `第6表 ratios: validate/naive ${t6.validateVsNaive}× ${target(targets.validateVsNaive, '×')} · validate/practical-limit ${t6.validateVsPracticalLimit?.toFixed(2)} · ` +
        `parse/naive ${t6.parseVsNaive}× · serialize/baseline ${t6.serializeVsBaseline}× (vs default-quoting csv-stringify ${t6.serializeVsPlainStringify}×)`,
    );
  }
  if (issue15.length > 0) {
    console.log('');
    console.log('targets (issue 15; ratios of this run; 2表 for information):');
    const label = (/** @type {string} */ section) => KINDS.find((k) => k.section === section)?.label ?? section;
    /** @type {string[][]} */
    const rows = [['kind', 'ratio', 'value', 'target', 'result', 'note']];
    for (const t of issue15) {
      // Where parse stands: the records floor (no checks at all) against validate, in the same rotation.
      const floor = t.ratio === 'parseVsValidate' ? (ratios[t.section]?.recordsFloorVsValidate ?? null) : null;
      rows.push([
        label(t.section),
        t.label,
        `${t.value.toFixed(2)}×`,
        `≥ ${t.target}×`,
        `${t.met ? 'met' : 'NOT met'}${t.counts ? '' : ' (info)'}`,
        floor === null ? '' : `records floor / validate ${floor.toFixed(2)}×`,
      ]);
    }
    printTable(rows, new Set([2]));
  }
}

function target(/** @type {{ target: number, met: boolean } | undefined} */ t, /** @type {string} */ unit) {
  return t === undefined ? '' : `target ≥ ${t.target}${unit}: ${t.met ? 'met' : 'NOT met'}`;
}

/** @param {string} name @param {any} m @param {number | undefined} rssMiB @param {string} note */
function row(name, m, rssMiB, note) {
  return [
    name,
    m.medianMs.toFixed(1),
    m.MBps.toFixed(1),
    m.recordsPerSec === undefined ? '' : fmtInt(m.recordsPerSec),
    rssMiB === undefined ? '' : rssMiB.toFixed(0),
    note,
  ];
}

/** Columns a string takes in a terminal (East Asian wide and full-width characters count 2). */
function displayWidth(/** @type {string} */ text) {
  let w = 0;
  for (const ch of text) {
    const c = /** @type {number} */ (ch.codePointAt(0));
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

/** Prints rows as a table; a row with only its first cell is a section heading (not measured for widths). */
function printTable(/** @type {string[][]} */ rows, numeric = new Set([1, 2, 3, 4])) {
  const isHeading = (/** @type {string[]} */ r) => r.length > 1 && r.slice(1).every((c) => c === '');
  const body = rows.filter((r) => !isHeading(r));
  const widths = rows[0]?.map((_, i) => Math.max(...body.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  const pad = (/** @type {string} */ cell, /** @type {number} */ i) => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(cell)));
    return numeric.has(i) ? gap + cell : cell + gap;
  };
  for (const [k, r] of rows.entries()) {
    if (isHeading(r)) {
      console.log(r[0]);
      continue;
    }
    console.log(r.map(pad).join('  ').trimEnd());
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
