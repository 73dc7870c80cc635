#!/usr/bin/env node
// @ts-check
/**
 * Memory benchmark of the CLI's `to-json` and `from-json` (issue 15, item 3): each command runs in a child
 * process of its own (`node --import bench/hwm-report.mjs dist/cli.js …`), which prints the kernel's peak
 * RSS of its process (VmHWM of /proc/self/status) when it exits — Node itself, the input pieces, the
 * records in flight and the output buffers.
 *
 * Input: a valid 第6表 UPPLAN file (bench/generate.mjs) of each size (17 and 68 MB by default), generated
 * once into bench/.data/json-memory/. Per size: to-json (the document), from-json of that document,
 * to-json --jsonl and from-json --jsonl of those lines. Printed: the peak, its ratio to the CSV size and
 * the goal at the largest size (at small sizes Node's own memory dominates) — the document within 4 × the
 * CSV size; JSON Lines in memory that does not grow with the file (the peak at the largest size within
 * 1.25 × the peak at the smallest + 16 MiB). Linux only (VmHWM).
 *
 *   npm run build && node bench/json-memory.mjs
 *   node bench/json-memory.mjs --sizes=68 --lib=other/dist/index.js   # another build, for before/after
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTable6File, generatedFileName } from './generate.mjs';
import { positiveNumber, readOptions } from './lib/args.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const DATA_DIR = join(BENCH_DIR, '.data', 'json-memory');
const MiB = 2 ** 20;

const USAGE = `Usage: node bench/json-memory.mjs [options]
  --sizes=<MB,…>  CSV sizes (default 17,68; MB = 10^6 bytes)
  --timeout=<s>   give up on a child after this long (default 600)
  --lib=<path>    ESM entry of the library (default dist/index.js; cli.js is looked for next to it)
  --help`;

function parseArgs(/** @type {string[]} */ argv) {
  const v = readOptions(argv, ['sizes', 'timeout', 'lib'], USAGE);
  return {
    sizes: v.sizes === undefined ? [17, 68] : v.sizes.split(',').map((x) => positiveNumber('sizes', x)),
    timeout: v.timeout === undefined ? 600 : positiveNumber('timeout', v.timeout),
    lib: v.lib === undefined ? join(ROOT, 'dist', 'index.js') : resolve(v.lib),
  };
}

/** The CSV file of `mb` MB (generated once). */
function csvFile(/** @type {number} */ mb) {
  const dir = join(DATA_DIR, `upplan-${mb}MB`);
  mkdirSync(dir, { recursive: true });
  const meta = join(dir, 'name.txt');
  if (existsSync(meta)) {
    const path = join(dir, readFileSync(meta, 'utf8').trim());
    if (existsSync(path)) return path;
  }
  console.log(`  generating a ${mb} MB 第6表 file …`);
  const f = generateTable6File({ minBytes: mb * 1e6, seed: 1 });
  const name = generatedFileName('UPPLAN', f);
  writeFileSync(join(dir, name), f.bytes);
  writeFileSync(meta, `${name}\n`);
  return join(dir, name);
}

/**
 * Runs the CLI with `args` in `cwd` (stdout to `stdoutFile` when given) and returns its exit code, wall
 * time and peak RSS.
 */
function runCli(
  /** @type {string} */ cli,
  /** @type {string[]} */ args,
  /** @type {string} */ cwd,
  /** @type {string | null} */ stdoutFile,
  /** @type {number} */ timeout,
) {
  const out = stdoutFile === null ? 'ignore' : openSync(stdoutFile, 'w');
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathHref(join(BENCH_DIR, 'hwm-report.mjs')), cli, ...args], {
    cwd,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    timeout: timeout * 1000,
    maxBuffer: 1 << 26,
  });
  const s = (performance.now() - t) / 1000;
  if (typeof out === 'number') closeSync(out);
  const m = /VmHWM: (\d+) kB/.exec(r.stderr ?? '');
  return {
    status: r.status,
    signal: r.signal,
    seconds: s,
    peakMiB: m === null ? null : Number(m[1]) / 1024,
    stderr: (r.stderr ?? '').replace(/VmHWM: \d+ kB\n?/, '').trim(),
  };
}

const pathHref = (/** @type {string} */ p) => new URL(`file://${p}`).href;

function main() {
  const o = parseArgs(process.argv.slice(2));
  const cli = join(dirname(o.lib), 'cli.js');
  if (!existsSync(cli)) {
    console.error(`cli.js not found next to ${relative(process.cwd(), o.lib)}: run \`npm run build\` first`);
    process.exit(1);
  }
  console.log(`node ${process.version} · CLI ${relative(ROOT, cli)} · peak = VmHWM of a child process per command`);
  /** @type {{ command: string, mb: number, peakMiB: number | null, ratio: number | null, seconds: number, result: string, jsonl: boolean, direction: string }[]} */
  const rows = [];
  for (const mb of o.sizes) {
    const csv = csvFile(mb);
    const csvBytes = statSync(csv).size;
    const work = join(DATA_DIR, `work-${mb}MB`);
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const name = csv.split('/').pop() ?? 'x.CSV';
    for (const jsonl of [false, true]) {
      const flag = jsonl ? ['--jsonl'] : [];
      const json = join(work, jsonl ? 'records.jsonl' : 'records.json');
      const steps = [
        { direction: 'to-json', args: ['to-json', ...flag, csv], stdout: json },
        { direction: 'from-json', args: ['from-json', ...flag, json, '-o', join(work, name)], stdout: null },
      ];
      for (const step of steps) {
        const command = `${step.direction}${jsonl ? ' --jsonl' : ''}`;
        process.stdout.write(`  ${command}, ${mb} MB …\n`);
        const r = runCli(cli, step.args, work, step.stdout, o.timeout);
        const sameBytes = step.direction === 'from-json' && r.status === 0 && readFileSync(join(work, name)).equals(readFileSync(csv));
        const result =
          r.status === 0
            ? step.direction === 'to-json'
              ? `ok, ${(statSync(json).size / 1e6).toFixed(0)} MB of JSON`
              : sameBytes
                ? 'ok, CSV = input'
                : 'ok, CSV differs'
            : `exit ${r.status ?? r.signal}: ${r.stderr.split('\n')[0] ?? ''}`;
        rows.push({
          command,
          mb,
          peakMiB: r.peakMiB,
          ratio: r.peakMiB === null ? null : (r.peakMiB * MiB) / csvBytes,
          seconds: r.seconds,
          result,
          jsonl,
          direction: step.direction,
        });
      }
      rmSync(json, { force: true });
    }
    rmSync(work, { recursive: true, force: true });
  }
  const largest = Math.max(...o.sizes);
  const smallest = Math.min(...o.sizes);
  /** The goal of one row: the document within 4 × the CSV; JSON Lines not growing with the file. */
  const goal = (/** @type {(typeof rows)[number]} */ r) => {
    if (r.peakMiB === null || r.ratio === null) return 'n/a';
    if (r.mb !== largest) return ''; // small files: Node's own memory dominates
    if (!r.jsonl) return r.ratio <= 4 ? 'met' : 'NOT met';
    if (largest === smallest) return '';
    const base = rows.find((x) => x.jsonl && x.direction === r.direction && x.mb === smallest)?.peakMiB ?? null;
    if (base === null) return 'n/a';
    return r.peakMiB <= base * 1.25 + 16
      ? `met (vs ${base.toFixed(0)} MiB at ${smallest} MB)`
      : `NOT met (vs ${base.toFixed(0)} MiB at ${smallest} MB)`;
  };
  console.log('');
  const table = [['command', 'CSV MB', 'peak MiB', 'peak/CSV', 'time s', 'goal', 'result']];
  for (const r of rows)
    table.push([
      r.command,
      String(r.mb),
      r.peakMiB === null ? '?' : r.peakMiB.toFixed(0),
      r.ratio === null ? '?' : `${r.ratio.toFixed(2)}×`,
      r.seconds.toFixed(1),
      goal(r),
      r.result,
    ]);
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  for (const [k, r] of table.entries()) {
    console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
    if (k === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log('goals (issue 15): the to-json document within 4 × the CSV size; JSON Lines memory that does not grow with the file');
  writeFileSync(
    join(BENCH_DIR, '.data', 'json-memory.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
  );
}

main();
