#!/usr/bin/env node
// @ts-check
/**
 * What the young generation keeps of a batch of small files: the files of a directory read once, then
 * validated (`validate(bytes, { fileName })`, as the API batch of bench/run.mjs does) pass after pass in a
 * child process run with `--trace-gc-nvp`; over the last `--scavenges` scavenges (the passes are warm by
 * then), the bytes allocated in the young generation, those promoted to the old one and the scavenges'
 * pause. Per-file state lives as long as its file, so almost nothing should be promoted: a share well above
 * a few percent means that something keeps each file's objects alive through scavenges (as pretenured
 * per-file object literals did: docs/design.md, "Pipeline").
 *
 *   npm run build && node bench/batch-gc.mjs --dir=bench/.data/batch/UPPLAN-n10000-seed1-g1
 *   node bench/batch-gc.mjs --dir=DIR --json
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { positiveInt, readOptions } from './lib/args.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: node bench/batch-gc.mjs --dir=DIR [--lib=dist/index.js] [--passes=4] [--scavenges=20] [--json]`;

const o = readOptions(process.argv.slice(2), ['dir', 'lib', 'passes', 'scavenges', 'child'], USAGE, ['json']);
const dir = typeof o.dir === 'string' ? resolve(o.dir) : null;
if (dir === null) throw new Error(`--dir is required\n${USAGE}`);
const lib = typeof o.lib === 'string' ? resolve(o.lib) : join(ROOT, 'dist', 'index.js');
const passes = typeof o.passes === 'string' ? positiveInt('passes', o.passes) : 4;
const scavenges = typeof o.scavenges === 'string' ? positiveInt('scavenges', o.scavenges) : 20;

if (o.child === 'run') {
  const { validate } = await import(pathToFileURL(lib).href);
  const names = readdirSync(dir).filter((n) => n.toUpperCase().endsWith('.CSV'));
  const files = names.map((n) => readFileSync(join(dir, n)));
  let errors = 0;
  for (let p = 0; p < passes; p++) for (let i = 0; i < files.length; i++) errors += validate(files[i], { fileName: names[i] }).errorCount;
  // V8 writes its trace to stdout too: this line is told apart by its prefix.
  console.log(`RESULT ${JSON.stringify({ files: files.length, passes, errors })}`);
} else {
  const r = spawnSync(
    process.execPath,
    ['--trace-gc-nvp', fileURLToPath(import.meta.url), `--dir=${dir}`, `--lib=${lib}`, `--passes=${passes}`, '--child=run'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (r.status !== 0) throw new Error(`child exited with ${r.status}: ${(r.stderr ?? '').slice(0, 500)}`);
  const lines = r.stdout.split('\n');
  const result = JSON.parse((lines.find((l) => l.startsWith('RESULT ')) ?? 'RESULT {}').slice(7));
  /** The numeric fields of one `--trace-gc-nvp` line of a scavenge. */
  const fields = (/** @type {string} */ line) => Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)/g)].map((m) => [m[1], Number(m[2])]));
  const last = lines
    .filter((l) => / gc=s /.test(l))
    .map(fields)
    .slice(-scavenges);
  const sum = (/** @type {string} */ k) => last.reduce((n, f) => n + (f[k] ?? 0), 0);
  const allocated = sum('allocated');
  const promoted = sum('promoted');
  const out = {
    files: result.files,
    passes,
    errors: result.errors,
    scavenges: last.length,
    allocatedMB: Math.round(allocated / 1e5) / 10,
    promotedMB: Math.round(promoted / 1e5) / 10,
    survivedMB: Math.round(sum('new_space_survived') / 1e5) / 10,
    promotedShare: allocated > 0 ? Math.round((promoted / allocated) * 1000) / 1000 : null,
    pauseMs: Math.round(sum('pause') * 10) / 10,
  };
  if (o.json === true) console.log(JSON.stringify(out));
  else
    console.log(
      `last ${out.scavenges} scavenges of ${passes} passes over ${out.files} files: ${out.allocatedMB} MB allocated, ${out.promotedMB} MB promoted (${((out.promotedShare ?? 0) * 100).toFixed(1)}%), ${out.survivedMB} MB copied in the young generation, ${out.pauseMs} ms of pauses`,
    );
}
