#!/usr/bin/env node
// @ts-check
/**
 * Benchmark of careplan-csv (entry point of `npm run bench`, which builds dist/ first).
 *
 * Generates (or reuses from bench/.data/) a ≥ 50 MB realistic UPPLAN file (bench/generate.mjs) and
 * measures, in one run, with warm-up and repetitions (median reported):
 *   validate, parse, serialize (library) · naive baseline (iconv-lite + csv-parse + zod) · practical
 *   limit (TextDecoder + line scan) · csv-stringify + iconv-lite (serializer baseline) · warm validate
 *   of small (~15 KB) files · CLI start-up (`node dist/cli.js --version`).
 * Prints a table, the ratios and the peak RSS after each phase, and writes bench/.data/results.json.
 * Targets are shown, never asserted. 1 MB = 10^6 bytes.
 *
 * Options: node bench/run.mjs --help
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { naiveValidate, practicalLimit, stringifyBaseline, stringifyPlainBaseline } from './baselines.mjs';
import { GENERATOR_VERSION, generateSmallTable6File, generateTable6File } from './generate.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const DATA_DIR = join(BENCH_DIR, '.data');

const TARGETS = { validateMBps: 60, validateVsNaive: 6, serializeMBps: 80 };

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const USAGE = `Usage: node bench/run.mjs [options]
  --size=<MiB>       size of the large UPPLAN file (default 50; the file is at least size × 2^20 bytes)
  --reps=<n>         timed repetitions per measurement (default 5; reduced to ≥ 3 for very slow ones)
  --warmup=<n>       warm-up runs per measurement (default 1)
  --small=<n>        small-file validations per timed batch (default 2000)
  --cli-runs=<n>     CLI start-up spawns (default 10)
  --seed=<n>         generator seed (default 1)
  --lib=<path>       ESM entry of the library to measure (default dist/index.js; cli.js is looked for
                     next to it)
  --no-cache         regenerate the large file even if bench/.data/ holds it
  --quick            smoke run: --size=5 --reps=3 --small=300 --cli-runs=3
  --help`;

function parseArgs(/** @type {string[]} */ argv) {
  const options = {
    size: 50,
    reps: 5,
    warmup: 1,
    small: 2000,
    cliRuns: 10,
    seed: 1,
    lib: join(ROOT, 'dist', 'index.js'),
    cache: true,
  };
  /** @param {string} name @param {string} value */
  const int = (name, value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a non-negative integer`);
    return n;
  };
  for (const arg of argv) {
    const [flag, value = ''] = arg.split(/=(.*)/s);
    switch (flag) {
      case '--size': options.size = Math.max(1, int('size', value)); break;
      case '--reps': options.reps = Math.max(1, int('reps', value)); break;
      case '--warmup': options.warmup = int('warmup', value); break;
      case '--small': options.small = Math.max(1, int('small', value)); break;
      case '--cli-runs': options.cliRuns = int('cli-runs', value); break;
      case '--seed': options.seed = int('seed', value); break;
      case '--lib': options.lib = resolve(value); break;
      case '--no-cache': options.cache = false; break;
      case '--quick': Object.assign(options, { size: 5, reps: 3, small: 300, cliRuns: 3 }); break;
      case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers
// ---------------------------------------------------------------------------------------------

v8.setFlagsFromString('--expose-gc');
/** @type {() => void} */
const gc = vm.runInNewContext('gc');

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
};
const round = (/** @type {number} */ x, /** @type {number} */ digits = 1) => Number(x.toFixed(digits));
const mib = (/** @type {number} */ bytes) => round(bytes / 2 ** 20);
const peakRssMiB = () => round(process.resourceUsage().maxRSS / 1024); // maxRSS is in KiB

/** Longest wall time the timed repetitions of one measurement should take, in ms. */
const REPS_BUDGET_MS = 25_000;

/**
 * Runs fn `warmup` times, then `reps` timed times (GC before each); returns the median and the last
 * result. Very slow functions get fewer repetitions (never fewer than 3) to keep the run short.
 * @template T
 * @param {() => T} fn
 * @param {{ warmup: number, reps: number }} plan
 */
function measure(fn, plan) {
  let warmMs = 0;
  /** @type {T | undefined} */
  let result;
  for (let i = 0; i < plan.warmup; i++) {
    gc();
    const t = performance.now();
    result = fn();
    warmMs = performance.now() - t;
  }
  result = undefined;
  let reps = plan.reps;
  if (warmMs > 0 && warmMs * reps > REPS_BUDGET_MS) reps = Math.min(reps, Math.max(3, Math.floor(REPS_BUDGET_MS / warmMs)));
  /** @type {number[]} */
  const samples = [];
  for (let i = 0; i < reps; i++) {
    result = undefined;
    gc();
    const t = performance.now();
    result = fn();
    samples.push(performance.now() - t);
  }
  return { medianMs: median(samples), minMs: Math.min(...samples), maxMs: Math.max(...samples), samplesMs: samples.map((s) => round(s, 2)), result: /** @type {T} */ (result) };
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

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  const options = parseArgs(process.argv.slice(2));
  const command = ['node', relative(process.cwd(), fileURLToPath(import.meta.url)) || 'bench/run.mjs', ...process.argv.slice(2)].join(' ');
  const viaNpm = process.env['npm_lifecycle_event'] === 'bench' ? ' (via npm run bench)' : '';
  console.log(`command: ${command}${viaNpm}`);
  const cpus = os.cpus();
  const env = {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    availableParallelism: os.availableParallelism(),
    totalMemMiB: mib(os.totalmem()),
  };
  console.log(`node ${env.node} · ${env.platform} · ${env.cpu} × ${env.cpus}`);

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
  for (const fn of ['validate', 'parse', 'serialize']) {
    if (typeof lib[fn] !== 'function') {
      console.error(`the library does not export ${fn}()`);
      process.exit(1);
    }
  }
  let libVersion = null;
  try {
    libVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version ?? null;
  } catch {
    // not fatal
  }
  phaseDone('load');

  // -- data --------------------------------------------------------------------------------
  mkdirSync(DATA_DIR, { recursive: true });
  const minBytes = options.size * 2 ** 20;
  const base = `UPPLAN-${options.size}MiB-seed${options.seed}-g${GENERATOR_VERSION}`;
  const dataFile = join(DATA_DIR, `${base}.CSV`);
  const metaFile = join(DATA_DIR, `${base}.json`);
  /** @type {Uint8Array} */
  let bytes;
  /** @type {{ records: number, users: number, bytes: number, generatedMs?: number }} */
  let meta;
  if (options.cache && existsSync(dataFile) && existsSync(metaFile)) {
    bytes = new Uint8Array(readFileSync(dataFile)); // plain Uint8Array, as a browser caller would pass
    meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    if (meta.bytes !== bytes.length) throw new Error(`cache ${base} is inconsistent; rerun with --no-cache`);
    console.log(`data: ${relative(process.cwd(), dataFile)} (cached)`);
  } else {
    const t = performance.now();
    const file = generateTable6File({ minBytes, seed: options.seed });
    const generatedMs = round(performance.now() - t, 0);
    writeFileSync(dataFile, file.bytes);
    meta = { records: file.records, users: file.users, bytes: file.bytes.length, generatedMs };
    writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
    bytes = new Uint8Array(file.bytes);
    console.log(`data: generated ${relative(process.cwd(), dataFile)} in ${(generatedMs / 1000).toFixed(1)} s`);
  }
  const MB = bytes.length / 1e6;
  console.log(
    `      ${bytes.length.toLocaleString('en')} bytes (${MB.toFixed(1)} MB), ${meta.records.toLocaleString('en')} records, ${meta.users.toLocaleString('en')} users`,
  );
  phaseDone('data');

  const plan = { warmup: options.warmup, reps: options.reps };
  /** @type {string[]} */
  const warnings = [];
  /** @type {Record<string, any>} */
  const results = {};
  const progress = (/** @type {string} */ label) => process.stdout.write(`  measuring ${label} …\n`);

  // -- library: validate --------------------------------------------------------------------
  progress('validate');
  const v = measure(() => lib.validate(bytes, { kind: 'table6Plan' }), plan);
  const issueCodes = summariseIssues(v.result.issues);
  if (!v.result.ok || v.result.recordCount !== meta.records) {
    warnings.push(
      `validate: ok=${v.result.ok}, recordCount=${v.result.recordCount} (expected ${meta.records}), issues: ${formatCodes(issueCodes)}`,
    );
  }
  results['validate'] = {
    ...timing(v, MB),
    recordsPerSec: round(v.result.recordCount / (v.medianMs / 1000), 0),
    ok: v.result.ok,
    recordCount: v.result.recordCount,
    issues: v.result.issues.length,
    issueCodes,
    version: v.result.version ?? null,
  };
  v.result = undefined;
  phaseDone('validate');

  // -- baselines ----------------------------------------------------------------------------
  progress('naive baseline (iconv-lite + csv-parse + zod)');
  const n = measure(() => naiveValidate(bytes), plan);
  if (n.result.rejected > 0 || n.result.records !== meta.records) {
    warnings.push(`naive baseline: ${n.result.records} rows, ${n.result.rejected} rejected by zod`);
  }
  results['naive'] = {
    ...timing(n, MB),
    recordsPerSec: round(n.result.records / (n.medianMs / 1000), 0),
    records: n.result.records,
    rejected: n.result.rejected,
  };
  phaseDone('naive');

  progress('practical limit (TextDecoder + line scan)');
  const l = measure(() => practicalLimit(bytes), plan);
  if (l.result.lines !== meta.records) warnings.push(`practical limit: ${l.result.lines} line ends (expected ${meta.records})`);
  results['practicalLimit'] = { ...timing(l, MB), lines: l.result.lines };
  phaseDone('practicalLimit');

  // -- library: parse (records stay alive for the serializers; measured after the decoders so
  //    that their large live heap does not slow the decode measurements) ----------------
  progress('parse');
  const p = measure(() => lib.parse(bytes, { kind: 'table6Plan' }), plan);
  /** @type {Record<string, string>[]} */
  const records = p.result.records;
  if (records.length !== meta.records) warnings.push(`parse: ${records.length} records (expected ${meta.records})`);
  if (p.result.issues.length > 0) warnings.push(`parse: ${p.result.issues.length} issues: ${formatCodes(summariseIssues(p.result.issues))}`);
  results['parse'] = {
    ...timing(p, MB),
    recordsPerSec: round(records.length / (p.medianMs / 1000), 0),
    records: records.length,
    issues: p.result.issues.length,
  };
  p.result = undefined;
  phaseDone('parse');

  // -- library: serialize -------------------------------------------------------------------
  progress('serialize');
  const s = measure(() => lib.serialize('table6Plan', records, {}), plan);
  const out = s.result.bytes;
  if (out === null || out === undefined) {
    warnings.push(`serialize: no bytes; issues: ${formatCodes(summariseIssues(s.result.issues))}`);
  }
  const outBytes = out?.length ?? 0;
  results['serialize'] = {
    ...timing(s, outBytes / 1e6),
    outputBytes: outBytes,
    issues: s.result.issues.length,
    identicalToInput: out ? sameBytes(out, bytes) : false,
  };
  s.result = undefined;
  phaseDone('serialize');

  // -- serializer baselines ---------------------------------------------------------------
  progress('serializer baseline (csv-stringify + iconv-lite)');
  const columns = Object.keys(records[0] ?? {});
  if (columns.length !== 25) warnings.push(`parse records have ${columns.length} keys (expected 25)`);
  const b = measure(() => stringifyBaseline(records, columns), plan);
  results['stringifyBaseline'] = {
    ...timing(b, b.result.length / 1e6),
    outputBytes: b.result.length,
    identicalToInput: sameBytes(b.result, bytes),
  };
  b.result = Buffer.alloc(0);
  phaseDone('stringifyBaseline');

  progress('serializer reference (csv-stringify default quoting + iconv-lite)');
  const bp = measure(() => stringifyPlainBaseline(records, columns), plan);
  results['stringifyPlain'] = { ...timing(bp, bp.result.length / 1e6), outputBytes: bp.result.length };
  bp.result = Buffer.alloc(0);
  records.length = 0; // release the materialised records before the small-file phase
  phaseDone('stringifyPlain');

  // -- small files --------------------------------------------------------------------------
  progress(`small files (${options.small} validations per batch)`);
  const smallFiles = Array.from({ length: 20 }, (_, i) => new Uint8Array(generateSmallTable6File(1000 + i).bytes));
  const smallBytes = smallFiles.reduce((sum, f) => sum + f.length, 0) / smallFiles.length;
  let smallNotOk = 0;
  for (const f of smallFiles) if (!lib.validate(f, { kind: 'table6Plan' }).ok) smallNotOk++;
  if (smallNotOk > 0) warnings.push(`small files: ${smallNotOk} of ${smallFiles.length} not ok`);
  const batch = () => {
    for (let i = 0; i < options.small; i++) lib.validate(smallFiles[i % smallFiles.length], { kind: 'table6Plan' });
  };
  const sm = measure(batch, { warmup: Math.max(1, options.warmup), reps: options.reps });
  results['smallFileValidate'] = {
    files: smallFiles.length,
    meanFileBytes: round(smallBytes, 0),
    validationsPerBatch: options.small,
    usPerFile: round((sm.medianMs * 1000) / options.small, 1),
    filesPerSec: round(options.small / (sm.medianMs / 1000), 0),
    MBps: round((smallBytes * options.small) / 1e6 / (sm.medianMs / 1000), 1),
    samplesMs: sm.samplesMs,
  };
  phaseDone('smallFiles');

  // -- CLI start-up -------------------------------------------------------------------------
  const cli = join(dirname(options.lib), 'cli.js');
  if (options.cliRuns > 0 && existsSync(cli)) {
    progress(`CLI start-up (${options.cliRuns} spawns)`);
    const c = spawnTime([cli, '--version'], options.cliRuns);
    const floor = spawnTime(['-e', ''], options.cliRuns);
    if (c.status !== 0) warnings.push(`CLI --version exited with ${c.status}`);
    results['cliStartup'] = { script: relative(ROOT, cli), medianMs: c.medianMs, nodeBareMedianMs: floor.medianMs, runs: options.cliRuns, output: c.stdout };
  } else {
    results['cliStartup'] = { skipped: options.cliRuns > 0 ? 'cli.js not found' : 'disabled' };
  }
  phaseDone('cli');

  // -- report -------------------------------------------------------------------------------
  const ratios = {
    validateVsNaive: round(results['validate'].MBps / results['naive'].MBps, 2),
    validateVsPracticalLimit: round(results['validate'].MBps / results['practicalLimit'].MBps, 2),
    parseVsNaive: round(results['parse'].MBps / results['naive'].MBps, 2),
    serializeVsBaseline: round(results['serialize'].MBps / results['stringifyBaseline'].MBps, 2),
    serializeVsPlainStringify: round(results['serialize'].MBps / results['stringifyPlain'].MBps, 2),
  };
  const targets = {
    validateMBps: { target: TARGETS.validateMBps, value: results['validate'].MBps, met: results['validate'].MBps >= TARGETS.validateMBps },
    validateVsNaive: { target: TARGETS.validateVsNaive, value: ratios.validateVsNaive, met: ratios.validateVsNaive >= TARGETS.validateVsNaive },
    serializeMBps: { target: TARGETS.serializeMBps, value: results['serialize'].MBps, met: results['serialize'].MBps >= TARGETS.serializeMBps },
  };
  const totalSec = round((performance.now() - started) / 1000, 1);

  printReport({ results, ratios, targets, rss, MB, meta, options });
  for (const w of warnings) console.log(`WARNING: ${w}`);
  console.log(`total ${totalSec} s`);

  const report = {
    date: new Date().toISOString(),
    command,
    library: { version: libVersion, entry: relative(ROOT, options.lib) },
    env,
    options: { ...options, lib: relative(ROOT, options.lib) },
    data: { bytes: bytes.length, MB: round(MB, 2), records: meta.records, users: meta.users, generatorVersion: GENERATOR_VERSION, seed: options.seed },
    units: 'MB = 10^6 bytes; times in ms unless named otherwise; rssPeakMiB = process.resourceUsage().maxRSS (peak so far) after each phase; rssAfterPhaseMiB = current RSS after a GC',
    results,
    ratios,
    targets,
    rssPeakMiB: rss,
    rssAfterPhaseMiB: rssNow,
    warnings,
    totalSec,
  };
  const resultsFile = join(DATA_DIR, 'results.json');
  writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`results: ${relative(process.cwd(), resultsFile)}`);
}

/** Timing fields shared by the throughput measurements. */
function timing(/** @type {{ medianMs: number, minMs: number, maxMs: number, samplesMs: number[] }} */ m, /** @type {number} */ megabytes) {
  return {
    medianMs: round(m.medianMs, 1),
    minMs: round(m.minMs, 1),
    maxMs: round(m.maxMs, 1),
    samplesMs: m.samplesMs,
    MBps: round(megabytes / (m.medianMs / 1000), 1),
  };
}

/** Issue counts by code (at most 10 codes). */
function summariseIssues(/** @type {{ code: string }[] | undefined} */ issues) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const issue of issues ?? []) counts[issue.code] = (counts[issue.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 10));
}

const formatCodes = (/** @type {Record<string, number>} */ codes) =>
  Object.entries(codes).map(([c, k]) => `${c}×${k}`).join(', ') || 'none';

function sameBytes(/** @type {Uint8Array} */ a, /** @type {Uint8Array} */ b) {
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/** @param {any} r */
function printReport(r) {
  const { results, ratios, targets, rss } = r;
  const rows = [
    ['measurement', 'median ms', 'MB/s', 'records/s', 'peak RSS MiB', 'note'],
    row('validate (library)', results.validate, rss.validate, target(targets.validateMBps, ' MB/s')),
    row('parse (library, records materialised)', results.parse, rss.parse, ''),
    row('serialize (library, MB/s of output)', results.serialize, rss.serialize, `${target(targets.serializeMBps, ' MB/s')}${results.serialize.identicalToInput ? ', output = input bytes' : ''}`),
    row('naive: iconv-lite + csv-parse + zod', results.naive, rss.naive, `${results.naive.rejected} rows rejected`),
    row('practical limit: TextDecoder + LF scan', results.practicalLimit, rss.practicalLimit, ''),
    row('csv-stringify + iconv-lite (output)', results.stringifyBaseline, rss.stringifyBaseline, `spec quoting${results.stringifyBaseline.identicalToInput ? ', output = input bytes' : ''}`),
    row('  same, default quoting (reference)', results.stringifyPlain, rss.stringifyPlain, 'not the spec format'),
  ];
  const sm = results.smallFileValidate;
  const cli = results.cliStartup;
  console.log('');
  console.log(`file: ${r.MB.toFixed(1)} MB, ${r.meta.records.toLocaleString('en')} records · ${r.options.warmup} warm-up + ≤ ${r.options.reps} timed runs, median · 1 MB = 10^6 bytes`);
  printTable(rows);
  console.log('');
  console.log(`small files (~${(sm.meanFileBytes / 1000).toFixed(1)} KB, ${sm.files} distinct, ${sm.validationsPerBatch} per batch): ${sm.usPerFile} µs/file warm (${sm.filesPerSec.toLocaleString('en')} files/s)   [peak RSS ${rss.smallFiles} MiB]`);
  console.log(cli.skipped ? `CLI start-up: skipped (${cli.skipped})` : `CLI start-up: node ${cli.script} --version ${cli.medianMs} ms median of ${cli.runs} (bare node -e '' ${cli.nodeBareMedianMs} ms)`);
  console.log('');
  console.log(`ratios: validate/naive ${ratios.validateVsNaive}× ${target(targets.validateVsNaive, '×')} · validate/practical-limit ${ratios.validateVsPracticalLimit.toFixed(2)} · parse/naive ${ratios.parseVsNaive}× · serialize/baseline ${ratios.serializeVsBaseline}× (vs default-quoting csv-stringify ${ratios.serializeVsPlainStringify}×)`);
}

function target(/** @type {{ target: number, met: boolean }} */ t, /** @type {string} */ unit) {
  return `target ≥ ${t.target}${unit}: ${t.met ? 'met' : 'NOT met'}`;
}

/** @param {string} name @param {any} m @param {number} rssMiB @param {string} note */
function row(name, m, rssMiB, note) {
  return [name, m.medianMs.toFixed(1), m.MBps.toFixed(1), m.recordsPerSec === undefined ? '' : m.recordsPerSec.toLocaleString('en'), rssMiB.toFixed(0), note];
}

function printTable(/** @type {string[][]} */ rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const numeric = new Set([1, 2, 3, 4]);
  for (const [k, r] of rows.entries()) {
    console.log(r.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd());
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
