#!/usr/bin/env node
// Builds the canonical sample files: every samples/json/<name>.json ({"kind": ..., "records": [...]}, the
// `careplan-csv to-json` shape) is serialized with the built package (dist/, run `npm run build` first)
// into samples/<name>.CSV. The file name takes part in the checks (prefix ↔ kind, 対象年月 segment ↔
// records), and the bytes written are read back with the same name.
//
// Nothing is written unless every sample comes out with no issue at all (warnings included): a sample
// is meant to be a file a receiver accepts without remark. A .CSV without its .json is reported too.
//
// Usage: node scripts/build-samples.mjs

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, serialize } from '../dist/index.js';

const SAMPLES = new URL('../samples/', import.meta.url);
const JSON_DIR = new URL('json/', SAMPLES);

/** One line per issue, with where it is and what it says. */
function describe(name, issue) {
  const where = [issue.line === null ? null : `line ${issue.line}`, issue.column === null ? null : `No.${issue.column}`, issue.field]
    .filter((x) => x !== null)
    .join(' ');
  return `  ${name}${where === '' ? '' : ` (${where})`}: ${issue.severity} ${issue.code} ${issue.message}`;
}

const jsonNames = readdirSync(JSON_DIR)
  .filter((n) => n.endsWith('.json'))
  .sort();
const outputs = [];
const problems = [];

for (const jsonName of jsonNames) {
  const csvName = jsonName.replace(/\.json$/, '.CSV');
  let doc;
  try {
    doc = JSON.parse(readFileSync(new URL(jsonName, JSON_DIR), 'utf8'));
  } catch (e) {
    problems.push(`  ${jsonName}: not valid JSON: ${e.message}`);
    continue;
  }
  if (doc === null || typeof doc !== 'object' || typeof doc.kind !== 'string' || !Array.isArray(doc.records)) {
    problems.push(`  ${jsonName}: must be an object {"kind": KIND, "records": [...]}`);
    continue;
  }
  const written = serialize(doc.kind, doc.records, { fileName: csvName });
  for (const issue of written.issues) problems.push(describe(csvName, issue));
  if (written.issues.length > 0 || written.bytes === null) continue;
  // Read the bytes back under the same name: the reader must accept them as they are.
  const read = parse(written.bytes, { fileName: csvName });
  for (const issue of read.issues) problems.push(describe(`${csvName} (read back)`, issue));
  if (read.kind !== doc.kind) problems.push(`  ${csvName}: read back as ${read.kind}, not ${doc.kind}`);
  if (read.recordCount !== doc.records.length) {
    problems.push(`  ${csvName}: ${doc.records.length} records written, ${read.recordCount} read back`);
  }
  outputs.push({ csvName, bytes: written.bytes, records: doc.records.length });
}

const jsonSet = new Set(jsonNames);
for (const csvName of readdirSync(SAMPLES).filter((n) => n.endsWith('.CSV'))) {
  if (!jsonSet.has(csvName.replace(/\.CSV$/, '.json'))) problems.push(`  ${csvName}: no samples/json/ file builds it`);
}

if (problems.length > 0) {
  process.stderr.write(`build-samples: nothing written, ${problems.length} problem(s):\n${problems.join('\n')}\n`);
  process.exitCode = 1;
} else {
  for (const o of outputs) {
    writeFileSync(new URL(o.csvName, SAMPLES), o.bytes);
    process.stdout.write(`${o.csvName}: ${o.records} record(s), ${o.bytes.length} bytes\n`);
  }
  process.stdout.write(`build-samples: ${outputs.length} file(s) written\n`);
}
