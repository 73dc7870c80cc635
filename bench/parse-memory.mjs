#!/usr/bin/env node
// @ts-check
/**
 * Memory benchmark of reading whole files: the peak RSS of `parse` (records built) and of `validateUnits`,
 * each run in a child process of its own, so that the peak is that of one call.
 *
 * Cases (sizes in MB = 10^6 bytes):
 *   hostile  `parse` of `1\n` lines named as 利用者基本情報 (UPKIHON, 71 columns): every row a column-count
 *            error, 2 bytes each, a whole record each — the input of issue 9 (item 3)
 *   table6   `parse` of a valid 第6表 UPPLAN (bench/generate.mjs)
 *   units    `validateUnits` of a valid DLT1KYO delete file (one user per record), which lists withdrawals
 *   floor    no parse: the table6 file read and, per line, one object literal of the 第6表 record's keys
 *            (every value one shared string) kept in an array — the least that records of this shape
 *            take in this Node, whatever builds them (V8's young generation grows to its maximum, 32 MiB
 *            by default, when that many objects survive): the table6 figure less this one is what `parse`
 *            adds (strings, positions, the reader)
 * at 1×, 4× and 16× a size (4, 16 and 64 MB by default, and 52 MB for table6 and floor: the 第6表 file of the
 * speed benchmark; the DLT1KYO file 70 MB, 2 million records).
 *
 * Each child reads its input (generated once into bench/.data/parse-memory/, the hostile one made in the
 * child), makes one call and reports the kernel's peak RSS of its process (VmHWM of /proc/self/status:
 * Node itself, the input and the call). Printed: the peak, its ratio to the input size and the goal of
 * issue 9 — below 4× the input + 100 MB — as ok / OVER, and for table6 from 50 MB on the goal of issue 15
 * — at most 4× the input — as met / NOT met; a child that dies (a heap exhausted) is reported as such.
 * Linux only (VmHWM).
 *
 *   npm run build && node bench/parse-memory.mjs
 *   node bench/parse-memory.mjs --sizes=4,16 --only=hostile
 *   node bench/parse-memory.mjs --lib=other/dist/index.js   # another build, for before/after figures
 *   node bench/parse-memory.mjs --help
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { positiveNumber, readOptions } from './lib/args.mjs';
import { vmHwm } from './lib/peak-rss.mjs';

// The generator (and the iconv-lite it loads: about 5 MiB more RSS once loaded, if little of it at parse's
// peak) is the parent's alone: the child, whose peak is measured, holds what a user's process holds — the
// library, the input and the call.
/** @typedef {typeof import('./generate.mjs')} Generator */

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const DATA_DIR = join(BENCH_DIR, '.data', 'parse-memory');
const CASES = ['hostile', 'table6', 'floor', 'units'];
const HOSTILE_NAME = 'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV';
const DELETE_NAME = 'DLT1KYO_1370000001_43_1310000002_11_20250416101500.CSV';
const MiB = 2 ** 20;

const USAGE = `Usage: node bench/parse-memory.mjs [options]
  --sizes=<MB,…>     input sizes of the hostile, table6 and floor cases (default 4,16,64; table6 and floor also 52)
  --delete-size=<MB> size of the DLT1KYO file of the units case (default 70)
  --only=<list>      cases, comma separated: ${CASES.join(', ')}
  --timeout=<s>      give up on a child after this long (default 300)
  --lib=<path>       ESM entry of the library (default dist/index.js)
  --help`;

function parseArgs(/** @type {string[]} */ argv) {
  // --child, --file and --size are internal: the child of one case.
  const v = readOptions(argv, ['sizes', 'delete-size', 'only', 'timeout', 'lib', 'child', 'file', 'size'], USAGE);
  let only = [...CASES];
  if (v.only !== undefined) {
    only = v.only.split(',').filter(Boolean);
    if (only.length === 0 || only.some((c) => !CASES.includes(c))) throw new Error(`--only takes cases among ${CASES.join(', ')}`);
  }
  const sizes = v.sizes === undefined ? null : v.sizes.split(',').map((x) => positiveNumber('sizes', x));
  return {
    sizes: sizes ?? [4, 16, 64],
    // The table6 and floor cases also run at 52 MB by default: the size of the 第6表 file of the speed
    // benchmark, which issue 15's memory goal names.
    tableSizes: sizes ?? [4, 16, 52, 64],
    deleteSize: v['delete-size'] === undefined ? 70 : positiveNumber('delete-size', v['delete-size']),
    only,
    timeout: v.timeout === undefined ? 300 : positiveNumber('timeout', v.timeout),
    lib: v.lib === undefined ? join(ROOT, 'dist', 'index.js') : resolve(v.lib),
    child: v.child ?? '',
    file: v.file ?? '',
    size: v.size === undefined ? 0 : positiveNumber('size', v.size),
  };
}

// ---------------------------------------------------------------------------------------------
// Child: one call, one JSON line on stdout
// ---------------------------------------------------------------------------------------------

async function child(/** @type {ReturnType<typeof parseArgs>} */ o) {
  /** @type {any} */
  const lib = await import(pathToFileURL(o.lib).href);
  /** @type {Uint8Array} */
  let input;
  if (o.child === 'hostile') {
    input = Buffer.alloc(Math.round(o.size * 1e6)).fill('1\n');
  } else {
    input = readFileSync(o.file); // a Buffer is a Uint8Array: read in place, no copy
  }
  const rssBefore = process.memoryUsage().rss;
  const t = performance.now();
  /** @type {Record<string, unknown>} */
  let summary;
  if (o.child === 'floor') {
    // One object per line (the generated files have a record a line), of one shape, all values one string.
    const keys = lib.getLayout('table6Plan', '202407').recordKeys;
    const build = new Function('v', `return {${keys.map((/** @type {string} */ k) => `${k}: v`).join(', ')}};`);
    let lines = 0;
    for (let at = input.indexOf(10); at !== -1; at = input.indexOf(10, at + 1)) lines++;
    const records = new Array(lines);
    for (let n = 0; n < lines; n++) records[n] = build('');
    summary = { records: records.length, errors: 0, truncated: false, codes: [] };
  } else if (o.child === 'units') {
    const r = lib.validateUnits([{ name: DELETE_NAME, bytes: input }]);
    const u = r.units[0];
    summary = {
      records: u?.files[0]?.result.recordCount ?? 0,
      errors: r.errorCount,
      withdrawals: u?.withdrawals.length ?? 0,
      codes: [...new Set([...(u?.issues ?? []), ...(u?.files[0]?.result.issues ?? [])].map((/** @type {any} */ i) => i.code))],
    };
  } else {
    const r = lib.parse(input, { fileName: o.child === 'hostile' ? HOSTILE_NAME : o.file.split('/').pop() });
    summary = {
      records: r.records.length,
      errors: r.errorCount,
      truncated: r.truncated,
      codes: [...new Set(r.issues.map((/** @type {any} */ i) => i.code))],
    };
  }
  const ms = performance.now() - t;
  const hwm = vmHwm();
  const rssAfter = process.memoryUsage().rss;
  console.log(JSON.stringify({ bytes: input.length, ms, rssBefore, peak: hwm ?? rssAfter, sampled: hwm === null, ...summary }));
}

// ---------------------------------------------------------------------------------------------
// Parent: inputs, children, table
// ---------------------------------------------------------------------------------------------

/** A valid 第6表 file of at least `mb` MB, cached. */
function table6File(/** @type {Generator} */ { generateTable6File, generatedFileName }, /** @type {number} */ mb) {
  // The child names the file by its base name, a spec name: one folder per size.
  const dir = join(DATA_DIR, `upplan-${mb}MB`);
  const file = join(dir, generatedFileName('UPPLAN', generateTable6File({ minBytes: 1, seed: 1 })));
  if (!existsSync(file)) {
    process.stderr.write(`  generating a ${mb} MB 第6表 file …\n`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, generateTable6File({ minBytes: mb * 1e6, seed: 1 }).bytes);
  }
  return file;
}

/** A valid DLT1KYO file of about `mb` MB (one user per record, 35 bytes each), cached. */
function deleteFile(/** @type {Generator} */ { insurerNumber }, /** @type {number} */ mb) {
  const dir = join(DATA_DIR, `dlt1kyo-${mb}MB`);
  const file = join(dir, DELETE_NAME);
  if (!existsSync(file)) {
    process.stderr.write(`  generating a ${mb} MB DLT1KYO file …\n`);
    mkdirSync(dir, { recursive: true });
    const n = Math.ceil((mb * 1e6) / 35);
    const insurer = insurerNumber('13101');
    const lines = new Array(n);
    for (let i = 0; i < n; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      lines[i] = `202407,${insurer},${String(i + 1).padStart(10, '0')},202504${day}\r\n`;
    }
    writeFileSync(file, lines.join(''), 'latin1');
  }
  return file;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.child !== '') return child(o);
  const gen = await import('./generate.mjs');
  if (!existsSync(o.lib)) {
    console.error(`library not found at ${relative(process.cwd(), o.lib)}: run \`npm run build\` first (or pass --lib=…)`);
    process.exit(1);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  /** @type {{ name: string; args: string[]; mb: number }[]} */
  const runs = [];
  for (const c of o.only) {
    if (c === 'units') {
      runs.push({ name: 'units: validateUnits DLT1KYO', args: ['--child=units', `--file=${deleteFile(gen, o.deleteSize)}`], mb: o.deleteSize });
      continue;
    }
    for (const mb of c === 'hostile' ? o.sizes : o.tableSizes) {
      if (c === 'hostile') runs.push({ name: 'hostile: parse 1\\n ×n UPKIHON', args: ['--child=hostile', `--size=${mb}`], mb });
      else if (c === 'table6') runs.push({ name: 'table6: parse valid UPPLAN', args: ['--child=table6', `--file=${table6File(gen, mb)}`], mb });
      else runs.push({ name: 'floor: plain objects, no parse', args: ['--child=floor', `--file=${table6File(gen, mb)}`], mb });
    }
  }
  console.log(`command: node bench/parse-memory.mjs ${process.argv.slice(2).join(' ')}`.trim());
  console.log(
    `node ${process.version} · library ${relative(ROOT, o.lib)} · peak = VmHWM of a child process per run · goal: < 4 × input + 100 MB (issue 9); table6 ≤ 4 × input from 50 MB on (issue 15)`,
  );
  const rows = [['case', 'input MB', 'records', 'peak MiB', 'peak/input', 'goal', 'issue 15', 'time s', 'result']];
  for (const run of runs) {
    process.stderr.write(`  ${run.name}, ${run.mb} MB …\n`);
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...run.args, `--lib=${o.lib}`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: o.timeout * 1000,
      maxBuffer: 1 << 20,
    });
    const line = (r.stdout ?? '').trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      const why = r.error?.message.includes('ETIMEDOUT')
        ? `gave up after ${o.timeout} s`
        : (/heap out of memory|Invalid string length|Invalid array length/.exec(r.stderr ?? '')?.[0] ?? `exit ${r.status ?? r.signal}`);
      rows.push([run.name, String(run.mb), '—', '—', '—', 'OVER', '', '—', `died: ${why}`]);
      continue;
    }
    const m = JSON.parse(line);
    const goal = 4 * m.bytes + 100e6;
    const result =
      'withdrawals' in m
        ? `${m.withdrawals.toLocaleString('en')} withdrawals listed; ${m.codes.join(', ') || 'no issue'}`
        : `${m.errors.toLocaleString('en')} errors${m.truncated ? ', truncated' : ''}; ${m.codes.slice(0, 3).join(', ') || 'no issue'}`;
    rows.push([
      run.name,
      (m.bytes / 1e6).toFixed(1),
      m.records.toLocaleString('en'),
      (m.peak / MiB).toFixed(0) + (m.sampled ? ' (rss)' : ''),
      `${(m.peak / m.bytes).toFixed(2)}×`,
      m.peak < goal ? 'ok' : 'OVER',
      // Issue 15: parse of a valid file (large enough that Node's own memory does not dominate) ≤ 4 × input.
      run.name.startsWith('table6') && m.bytes >= 50e6 ? (m.peak <= 4 * m.bytes ? 'met' : 'NOT met') : '',
      (m.ms / 1000).toFixed(1),
      result,
    ]);
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  '));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
