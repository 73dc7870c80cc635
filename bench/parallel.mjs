#!/usr/bin/env node
// @ts-check
/**
 * What this machine's cores give to the batch work itself, without the CLI: the files of a directory read
 * and validated (`readFileSync` + `validate`, as the API batch of bench/run.mjs does) by
 *
 *   1 thread     one worker thread, every file
 *   N threads    N worker threads of one process, each every N-th file
 *   1 process    one child process, every file
 *   N processes  N child processes, each every N-th file
 *
 * Each round starts the threads or processes afresh and times them twice:
 *   cold   from their start to the slowest one's end of a first pass: starting, loading the library and
 *          the JIT warming up included, as a `validate --jobs N` run pays them
 *   warm   a second pass, all told to go at once (files in the page cache, code optimised): what the cores
 *          give to the work itself
 * The four setups are measured in rotation, `--reps` times, and the medians are printed with the speed-ups
 * N threads ÷ 1 thread and N processes ÷ 1 process, cold and warm: the ceiling of `validate --jobs N` on
 * this machine (which also plans the names, hands the files out and writes the report).
 *
 *   npm run build && node bench/parallel.mjs --dir=bench/.data/batch/UPPLAN-n10000-seed1-g1
 *   node bench/parallel.mjs --dir=DIR --jobs=2 --reps=5 --json
 *   node bench/parallel.mjs --help
 */
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { positiveInt, readOptions } from './lib/args.mjs';
import { median } from './lib/stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

/** The share of a directory's CSV files that part `part` of `parts` reads, in name order. */
function share(/** @type {string} */ dir, /** @type {number} */ part, /** @type {number} */ parts) {
  return readdirSync(dir)
    .filter((n) => n.toUpperCase().endsWith('.CSV'))
    .sort()
    .filter((_, i) => i % parts === part);
}

/**
 * The work of one thread or process: loads the library and validates its share (the cold pass), then on
 * each `go` validates it again; each pass answered with its milliseconds and errors.
 * @param {{ lib: string, dir: string, part: number, parts: number }} task
 * @param {(m: unknown) => void} send
 * @param {(on: (m: unknown) => void) => void} listen
 */
async function work(task, send, listen) {
  const lib = await import(pathToFileURL(task.lib).href);
  const names = share(task.dir, task.part, task.parts);
  const paths = names.map((n) => join(task.dir, n));
  const pass = () => {
    const t = performance.now();
    let errors = 0;
    for (let i = 0; i < paths.length; i++) errors += lib.validate(readFileSync(/** @type {string} */ (paths[i])), { fileName: names[i] }).errorCount;
    send({ ms: performance.now() - t, files: paths.length, errors });
  };
  listen((m) => {
    if (m === 'go') pass();
  });
  pass();
}

if (!isMainThread) {
  const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
  await work(
    workerData,
    (m) => port.postMessage(m),
    (on) => port.on('message', on),
  );
} else if (process.argv.includes('--child')) {
  const task = JSON.parse(/** @type {string} */ (process.argv[process.argv.indexOf('--child') + 1]));
  const send = /** @type {(m: unknown) => void} */ (process.send?.bind(process));
  await work(task, send, (on) => process.on('message', on));
} else {
  await main();
}

async function main() {
  const USAGE = `Usage: node bench/parallel.mjs --dir=<directory of CSV files> [options]
  --jobs=<n>   threads and processes of the parallel runs (default: the available cores, ${availableParallelism()} here)
  --reps=<n>   timed rotations (default 5)
  --lib=<path> ESM entry of the library (default dist/index.js)
  --json       print the result as JSON only
  --help`;
  const given = readOptions(process.argv.slice(2), ['dir', 'jobs', 'reps', 'lib'], USAGE, ['json']);
  if (given.dir === undefined) throw new Error(`--dir is required\n${USAGE}`);
  const dir = resolve(String(given.dir));
  const jobs = given.jobs === undefined ? availableParallelism() : positiveInt('jobs', String(given.jobs));
  const reps = given.reps === undefined ? 5 : positiveInt('reps', String(given.reps));
  const lib = resolve(given.lib === undefined ? join(ROOT, 'dist', 'index.js') : String(given.lib));
  const files = share(dir, 0, 1).length;
  if (files === 0) throw new Error(`no CSV files in ${dir}`);

  /**
   * Starts `n` runners (threads or processes) and times their cold pass (from here to the slowest one's
   * answer); `run()` times a warm one (from the go to the slowest answer), `close()` ends them.
   * @param {'thread' | 'process'} kind
   * @param {number} n
   */
  async function group(kind, n) {
    const started = performance.now();
    /** @type {{ send: (m: unknown) => void, next: () => Promise<any>, close: () => void }[]} */
    const runners = [];
    for (let part = 0; part < n; part++) {
      const task = { lib, dir, part, parts: n };
      /** @type {any[]} */
      const inbox = [];
      /** @type {((m: any) => void) | null} */
      let waiting = null;
      /** @type {(m: any) => void} */
      const deliver = (m) => {
        if (waiting !== null) {
          const w = waiting;
          waiting = null;
          w(m);
        } else inbox.push(m);
      };
      const next = () => (inbox.length > 0 ? Promise.resolve(inbox.shift()) : new Promise((r) => (waiting = r)));
      if (kind === 'thread') {
        const w = new Worker(SELF, { workerData: task });
        w.on('message', deliver);
        w.on('error', (e) => deliver({ error: String(e) }));
        runners.push({ send: (m) => w.postMessage(m), next, close: () => void w.terminate() });
      } else {
        const c = fork(SELF, ['--child', JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        c.on('message', deliver);
        c.on('exit', (code) => deliver({ error: `exited with ${code}` }));
        runners.push({ send: (m) => c.send(/** @type {any} */ (m)), next, close: () => void c.kill() });
      }
    }
    const round = async (/** @type {number} */ t) => {
      const answers = await Promise.all(runners.map((r) => r.next()));
      const ms = performance.now() - t;
      for (const a of answers) if (a.error !== undefined) throw new Error(`a ${kind} failed: ${a.error}`);
      return { ms, errors: answers.reduce((s, a) => s + a.errors, 0), files: answers.reduce((s, a) => s + a.files, 0) };
    };
    const cold = await round(started);
    return {
      cold,
      run() {
        const t = performance.now();
        for (const r of runners) r.send('go');
        return round(t);
      },
      close() {
        for (const r of runners) r.close();
      },
    };
  }

  const PLURAL = { thread: 'threads', process: 'processes' };
  const setups = [
    { key: 'oneThread', kind: /** @type {const} */ ('thread'), n: 1 },
    { key: 'threads', kind: /** @type {const} */ ('thread'), n: jobs },
    { key: 'oneProcess', kind: /** @type {const} */ ('process'), n: 1 },
    { key: 'processes', kind: /** @type {const} */ ('process'), n: jobs },
  ];
  // Each rotation runs the four setups one after the other, so that each speed-up compares rounds of the
  // same minutes; a setup's threads or processes are started afresh for its cold pass.
  const samples = setups.map(() => ({ cold: /** @type {number[]} */ ([]), warm: /** @type {number[]} */ ([]) }));
  const check = (/** @type {string} */ key, /** @type {{ files: number, errors: number }} */ r) => {
    if (r.files !== files) throw new Error(`${key}: ${r.files} of ${files} files read`);
    if (r.errors > 0) throw new Error(`${key}: ${r.errors} errors in the files`);
  };
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < setups.length; k++) {
      const s = /** @type {(typeof setups)[number]} */ (setups[k]);
      const g = await group(s.kind, s.n);
      check(s.key, g.cold);
      const warm = await g.run();
      check(s.key, warm);
      g.close();
      samples[k]?.cold.push(g.cold.ms);
      samples[k]?.warm.push(warm.ms);
    }
  }
  const summary = (/** @type {number[]} */ a) => {
    const m = median(a);
    return { medianMs: Math.round(m * 10) / 10, samplesMs: a.map((x) => Math.round(x)), filesPerSec: Math.round(files / (m / 1000)) };
  };
  /** @type {Record<string, { cold: ReturnType<typeof summary>, warm: ReturnType<typeof summary> }>} */
  const out = {};
  setups.forEach((s, k) => {
    const x = /** @type {(typeof samples)[number]} */ (samples[k]);
    out[s.key] = { cold: summary(x.cold), warm: summary(x.warm) };
  });
  const speedup = (/** @type {string} */ one, /** @type {string} */ many, /** @type {'cold' | 'warm'} */ pass) =>
    Math.round(((out[one]?.[pass].medianMs ?? 0) / (out[many]?.[pass].medianMs ?? 1)) * 100) / 100;
  const result = {
    dir,
    files,
    jobs,
    reps,
    ...out,
    speedup: {
      threads: { cold: speedup('oneThread', 'threads', 'cold'), warm: speedup('oneThread', 'threads', 'warm') },
      processes: { cold: speedup('oneProcess', 'processes', 'cold'), warm: speedup('oneProcess', 'processes', 'warm') },
    },
  };
  if (given.json === true) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`read + validate of ${files} files (${dir}), ${reps} rotations, medians (samples):`);
  for (const s of setups) {
    const o = /** @type {(typeof out)[string]} */ (out[s.key]);
    const label = `${String(s.n).padStart(2)} ${s.n === 1 ? s.kind : PLURAL[s.kind]}`.padEnd(13);
    console.log(
      `  ${label} cold ${o.cold.medianMs.toFixed(0).padStart(6)} ms (${o.cold.samplesMs.join(', ')})   warm ${o.warm.medianMs.toFixed(0).padStart(6)} ms (${o.warm.samplesMs.join(', ')})`,
    );
  }
  const sp = result.speedup;
  console.log(
    `speed-up with ${jobs}: threads ${sp.threads.cold}× cold, ${sp.threads.warm}× warm; processes ${sp.processes.cold}× cold, ${sp.processes.warm}× warm`,
  );
}
