#!/usr/bin/env node
// @ts-check
/**
 * Hostile inputs of issue 9 (items 1 and 8): times that must grow linearly with the input.
 *
 *   invalid bytes   one record of 15 quoted fields, each 65,000 bytes of 0x80 (975 KB at 1×), through
 *                   `validate` and `validateStream` (64 KiB chunks)
 *   外字            the same record with F040 (a user-defined character) instead of 0x80, `validate`
 *   spaces          a record of the 25 第6表 columns whose first 15 hold `1`, 65,000 bytes of spaces at 1×
 *                   (the field limit less 2) and `2`, unquoted (spaces inside a value that fails its column:
 *                   its hint looks at the spaces around it), `validate`
 *   string, é       `parse(string)`: one quoted free-text field of 80,000 `é` (outside MS932) at 1×
 *   string, prefix  `parse(string)`: a 1.1 MB line (dropped: longer than maxRecordBytes) followed by
 *                   10,000 `é`
 *
 * Each case runs at 1×, 4× and 16× its size, and prints the time and the ratio per 4× step (≈ 4 when
 * linear, ≈ 16 when quadratic). The read limits (maxFieldBytes, maxRecordBytes) are scaled with the input
 * so that every size takes the same path (at 1× and --scale=1 they are the defaults). A size whose
 * projected time (the previous time × 16) exceeds --budget is skipped.
 *
 * Options:
 *   --lib=<path>     ESM entry of the library (default dist/index.js; build it first)
 *   --scale=<f>      multiply every base size by f (default 1), e.g. 0.0625 to time quadratic code
 *   --budget=<s>     largest projected time of one measurement, in seconds (default 60)
 *   --only=<names>   some cases only (bytes, gaiji, spaces, string, prefix; comma-separated)
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { positiveNumber, readOptions } from './lib/args.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE =
  'Usage: node bench/hostile.mjs [--lib=<path>] [--scale=<n>] [--budget=<s>] [--only=<case,…>] (see the comment at the top of bench/hostile.mjs)';
const given = readOptions(process.argv.slice(2), ['lib', 'scale', 'budget', 'only'], USAGE);
const options = {
  lib: given.lib === undefined ? join(ROOT, 'dist', 'index.js') : resolve(given.lib),
  scale: given.scale === undefined ? 1 : positiveNumber('scale', given.scale),
  budget: given.budget === undefined ? 60 : positiveNumber('budget', given.budget),
  only: given.only === undefined ? null : given.only.split(','),
};
if (!existsSync(options.lib)) {
  console.error(`library not found at ${options.lib}: run \`npm run build\` first (or pass --lib=…)`);
  process.exit(1);
}
/** @type {any} */
const lib = await import(pathToFileURL(options.lib).href);
const KIND = 'table6Plan';
const STEPS = [1, 4, 16];
const CHUNK = 65536;

/** Read limits for an input `m` times the base size (the defaults at m × scale = 1). */
function limits(m) {
  const f = m * options.scale;
  return { maxFieldBytes: Math.max(1, Math.round(65536 * f)), maxRecordBytes: Math.max(1, Math.round(2 ** 20 * f)) };
}

/** One record of 15 quoted fields of `fieldBytes` bytes each, made of `unit` repeated. */
function badRecord(fieldBytes, unit) {
  const field = new Uint8Array(fieldBytes);
  for (let i = 0; i < fieldBytes; i++) field[i] = unit[i % unit.length];
  const parts = [];
  for (let k = 0; k < 15; k++) parts.push(Uint8Array.of(k === 0 ? 0x22 : 0x2c, ...(k === 0 ? [] : [0x22])), field, Uint8Array.of(0x22));
  parts.push(Uint8Array.of(0x0d, 0x0a));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A 第6表 record whose first 15 of 25 columns hold `1`, spaces and `2` (`fieldBytes` bytes each), unquoted. */
function spacedRecord(fieldBytes) {
  const field = `1${' '.repeat(fieldBytes - 2)}2`;
  return new TextEncoder().encode(`${Array.from({ length: 25 }, (_, i) => (i < 15 ? field : '')).join(',')}\r\n`);
}

function* chunks(bytes) {
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

const fieldBytes = (m) => Math.round(65000 * m * options.scale);
/** A row of the 25 第6表 columns whose free-text column 21 holds `text`, quoted. */
const rowWith = (text) => `202407,${'x,'.repeat(19)}"${text}",x,x,x,x\r\n`;

const CASES = [
  {
    name: 'bytes',
    label: 'invalid bytes (0x80) · validate',
    size: (m) => 15 * fieldBytes(m),
    run: (m) => lib.validate(badRecord(fieldBytes(m), [0x80]), { kind: KIND, ...limits(m) }),
  },
  {
    name: 'bytes',
    label: 'invalid bytes (0x80) · validateStream',
    size: (m) => 15 * fieldBytes(m),
    run: (m) => lib.validateStream(chunks(badRecord(fieldBytes(m), [0x80])), { kind: KIND, ...limits(m) }),
  },
  {
    name: 'gaiji',
    label: '外字 (F040) · validate',
    size: (m) => 15 * fieldBytes(m),
    run: (m) => lib.validate(badRecord(fieldBytes(m), [0xf0, 0x40]), { kind: KIND, ...limits(m) }),
  },
  {
    name: 'spaces',
    label: 'spaces inside values · validate',
    size: (m) => 15 * fieldBytes(m),
    run: (m) => lib.validate(spacedRecord(fieldBytes(m)), { kind: KIND, ...limits(m) }),
  },
  {
    name: 'string',
    label: 'string, é in one field · parse',
    size: (m) => Math.round(80000 * m * options.scale),
    unit: 'chars',
    run: (m) => lib.parse(rowWith('é'.repeat(Math.round(80000 * m * options.scale))), { kind: KIND, ...limits(m) }),
  },
  {
    name: 'prefix',
    label: 'string, long line + é · parse',
    size: (m) => Math.round(1.1e6 * m * options.scale) + Math.round(10000 * m * options.scale),
    unit: 'chars',
    run: (m) =>
      lib.parse('A'.repeat(Math.round(1.1e6 * m * options.scale)) + 'é'.repeat(Math.round(10000 * m * options.scale)), {
        kind: KIND,
        ...limits(m),
      }),
  },
];

const fmtSize = (n, unit) => (unit === 'chars' ? `${(n / 1000).toFixed(0)}k chars` : `${(n / 1e3).toFixed(0)} KB`);
console.log(`careplan-csv hostile inputs (${options.lib === join(ROOT, 'dist', 'index.js') ? 'dist' : options.lib}, scale ${options.scale})`);
console.log('case'.padEnd(40), 'size'.padStart(12), 'time ms'.padStart(10), '×4 ratio'.padStart(9), 'issues'.padStart(7));
// Warm-up on tiny inputs, so that the first measurement does not include compilation.
for (const c of CASES) await c.run(1 / 256);
for (const c of CASES) {
  if (options.only !== null && !options.only.includes(c.name)) continue;
  let previous = 0;
  for (const m of STEPS) {
    const size = fmtSize(c.size(m), c.unit);
    if (previous > 0 && (previous * 16) / 1000 > options.budget) {
      console.log(c.label.padEnd(40), size.padStart(12), 'skipped'.padStart(10), `(projected > ${options.budget} s)`);
      break;
    }
    const t0 = performance.now();
    const r = await c.run(m);
    const ms = performance.now() - t0;
    const ratio = previous > 0 ? (ms / previous).toFixed(1) : '';
    console.log(c.label.padEnd(40), size.padStart(12), ms.toFixed(1).padStart(10), ratio.padStart(9), String(r.issues.length).padStart(7));
    previous = Math.max(ms, 0.01);
  }
}
