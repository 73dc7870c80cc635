#!/usr/bin/env node
// @ts-check
/**
 * Streaming benchmark: validates a large 第6表 (UPPLAN) file with `validateStream` without ever holding it,
 * and reports the throughput and the peak memory of the process.
 *
 * The file (1 GB by default) is made on the fly: a pool of distinct blocks is generated once with
 * bench/generate.mjs (each block a run of complete records of different users, cut at a user boundary),
 * and the source yields the blocks one after the other, cyclically, as fresh chunks of `--chunk` KiB cut
 * at arbitrary byte positions (as a file stream would). Only the pool (8 MiB by default) is in memory.
 *
 * Prints the time, MB/s (1 MB = 10^6 bytes) end to end and without the source's own time (slicing and
 * copying chunks), and the peak RSS: sampled from process.memoryUsage().rss while reading, and the
 * kernel's high-water mark (VmHWM of /proc/self/status) where available. The goal: 1 GB with a peak
 * RSS under 150 MB.
 *
 *   npm run build && node bench/stream.mjs            # 1 GB
 *   node bench/stream.mjs --size=200 --mode=parse     # 200 MB through parseStream (records built)
 *   node bench/stream.mjs --help
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { generateTable6File } from './generate.mjs';
import { positiveInt, readOptions } from './lib/args.mjs';
import { vmHwm } from './lib/peak-rss.mjs';

v8.setFlagsFromString('--expose-gc');
/** @type {() => void} */
const gc = vm.runInNewContext('gc');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node bench/stream.mjs [options]
  --size=<MB>      bytes to stream, in 10^6 (default 1000); rounded up to a whole block
  --chunk=<KiB>    chunk size of the source (default 64)
  --pool=<n>       distinct blocks generated (default 8)
  --block=<KiB>    size of each block (default 1024)
  --mode=<m>       validate (validateStream, default) or parse (parseStream, every record built)
  --seed=<n>       generator seed of the first block (default 1)
  --lib=<path>     ESM entry of the library (default dist/index.js)
  --help`;

function parseArgs(/** @type {string[]} */ argv) {
  const v = readOptions(argv, ['size', 'chunk', 'pool', 'block', 'mode', 'seed', 'lib'], USAGE);
  const mode = v.mode ?? 'validate';
  if (mode !== 'validate' && mode !== 'parse') throw new Error('--mode is validate or parse');
  return {
    size: v.size === undefined ? 1000 : positiveInt('size', v.size),
    chunk: v.chunk === undefined ? 64 : positiveInt('chunk', v.chunk),
    pool: v.pool === undefined ? 8 : positiveInt('pool', v.pool),
    block: v.block === undefined ? 1024 : positiveInt('block', v.block),
    mode,
    seed: v.seed === undefined ? 1 : positiveInt('seed', v.seed),
    lib: v.lib === undefined ? join(ROOT, 'dist', 'index.js') : resolve(v.lib),
  };
}

const MiB = 2 ** 20;
const fmtMiB = (/** @type {number} */ bytes) => (bytes / MiB).toFixed(1);

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!existsSync(o.lib)) {
    console.error(`library not found at ${relative(process.cwd(), o.lib)}: run \`npm run build\` first (or pass --lib=…)`);
    process.exit(1);
  }
  /** @type {any} */
  const lib = await import(pathToFileURL(o.lib).href);
  if (typeof lib.validateStream !== 'function' || typeof lib.parseStream !== 'function') {
    console.error('the library has no validateStream / parseStream');
    process.exit(1);
  }

  // The pool of blocks: distinct users (one seed each), each block whole records.
  const t0 = performance.now();
  /** @type {Uint8Array[]} */
  const pool = [];
  let poolRecords = 0;
  for (let i = 0; i < o.pool; i++) {
    const f = generateTable6File({ minBytes: o.block * 1024, seed: o.seed + i });
    pool.push(new Uint8Array(f.bytes));
    poolRecords += f.records;
    gc(); // the generator's garbage, so that it does not count as the reader's
  }
  const poolBytes = pool.reduce((n, b) => n + b.length, 0);
  const target = o.size * 1e6;
  const blocks = Math.ceil(target / (poolBytes / o.pool));
  console.log(`command: node bench/stream.mjs ${process.argv.slice(2).join(' ')}`.trim());
  console.log(
    `node ${process.version} · pool of ${o.pool} blocks, ${fmtMiB(poolBytes)} MiB, ${poolRecords.toLocaleString('en')} records, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  gc();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  let sourceMs = 0;
  let streamed = 0;
  let chunks = 0;
  const chunkBytes = o.chunk * 1024;

  /** The file: the pool's blocks in turn, as fresh chunks of chunkBytes cut anywhere. */
  async function* source() {
    let block = 0;
    let offset = 0; // in the current block
    while (block < blocks) {
      const t = performance.now();
      const chunk = new Uint8Array(chunkBytes);
      let filled = 0;
      while (filled < chunkBytes && block < blocks) {
        const b = /** @type {Uint8Array} */ (pool[block % pool.length]);
        const n = Math.min(chunkBytes - filled, b.length - offset);
        chunk.set(b.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (offset === b.length) {
          block++;
          offset = 0;
        }
      }
      sourceMs += performance.now() - t;
      streamed += filled;
      if (++chunks % 64 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      yield filled === chunkBytes ? chunk : chunk.subarray(0, filled);
    }
  }

  const started = performance.now();
  /** @type {any} */
  let result;
  let records = 0;
  if (o.mode === 'validate') {
    result = await lib.validateStream(source(), { kind: 'table6Plan' });
    records = result.recordCount;
  } else {
    const s = lib.parseStream(source(), { kind: 'table6Plan' });
    for await (const r of s) {
      if (r.record.csvVersion !== '202407') throw new Error('unexpected record');
      records++;
    }
    result = await s.result;
  }
  const ms = performance.now() - started;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const hwm = vmHwm();

  const MB = streamed / 1e6;
  const codes = [...new Set(result.issues.map((/** @type {{ code: string }} */ i) => i.code))].join(', ') || 'none';
  console.log(
    `file: ${streamed.toLocaleString('en')} bytes (${MB.toFixed(0)} MB), ${records.toLocaleString('en')} records, ${chunks.toLocaleString('en')} chunks of ${o.chunk} KiB · UPPLAN, ${o.mode}Stream`,
  );
  console.log(`result: ok=${result.ok} errors=${result.errorCount} warnings=${result.warningCount} issues: ${codes}`);
  console.log(
    `time: ${(ms / 1000).toFixed(1)} s → ${(MB / (ms / 1000)).toFixed(1)} MB/s end to end, ${(MB / ((ms - sourceMs) / 1000)).toFixed(1)} MB/s without the source (${(sourceMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `memory: RSS ${fmtMiB(rssBefore)} MiB before reading (pool included), peak ${fmtMiB(peakRss)} MiB sampled while reading` +
      (hwm === null ? '' : `, VmHWM ${fmtMiB(hwm)} MiB (whole process, pool generation included)`),
  );
  if (!result.ok || records === 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
