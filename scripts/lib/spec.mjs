// Reads the spec data (spec/layouts/<kind>.json, see spec/README.md) and checks its shape, so that a typo in a
// hand edit fails the generator instead of changing a layout silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './emit.mjs';

export const SPEC_LAYOUTS_DIR = join(root, 'spec', 'layouts');

const LAYOUT_KEYS = new Set(['kind', 'nameJa', 'fileNamePrefix', 'source', 'allColumnsRequired', 'sameLayoutAs', 'columns']);
const SOURCE_KEYS = new Set(['document', 'part', 'pages', 'csvVersion', 'provenance']);
const COLUMN_KEYS = new Set([
  'no',
  'nameJa',
  'type',
  'maxLength',
  'required',
  'bestGuess',
  'neededOnly',
  'format',
  'fixedValue',
  'codes',
  'repeat',
  'note',
  'requiredWhen',
  'uncertain',
  'nameReconstructed',
]);
const REQUIRED = new Set(['required', 'optional', 'conditional', 'uncertain']);

function fail(file, msg) {
  throw new Error(`spec data ${file}: ${msg}`);
}

function unknownKeys(file, where, obj, allowed) {
  for (const k of Object.keys(obj)) if (!allowed.has(k)) fail(file, `${where}: unknown key ${k}`);
}

/** One layout, checked. */
function checkLayout(file, kind, l) {
  unknownKeys(file, 'layout', l, LAYOUT_KEYS);
  if (l.kind !== kind) fail(file, `kind ${l.kind} does not match the file name`);
  if (typeof l.nameJa !== 'string' || typeof l.fileNamePrefix !== 'string') fail(file, 'nameJa and fileNamePrefix are required');
  unknownKeys(file, 'source', l.source ?? fail(file, 'source is required'), SOURCE_KEYS);
  if (l.sameLayoutAs !== undefined) {
    if (l.columns !== undefined) fail(file, 'a layout with sameLayoutAs has no columns');
    return;
  }
  if (!Array.isArray(l.columns) || l.columns.length === 0) fail(file, 'columns are required');
  l.columns.forEach((c, i) => {
    const at = `No.${c.no}`;
    unknownKeys(file, at, c, COLUMN_KEYS);
    if (c.no !== i + 1) fail(file, `column ${i + 1} has no ${c.no}`);
    if (typeof c.nameJa !== 'string' || typeof c.type !== 'string') fail(file, `${at}: nameJa and type are required`);
    if (c.maxLength !== null && !(Number.isInteger(c.maxLength) && c.maxLength > 0))
      fail(file, `${at}: maxLength must be null or a positive integer`);
    if (!REQUIRED.has(c.required)) fail(file, `${at}: required must be one of ${[...REQUIRED].join(', ')}`);
    if (c.uncertain !== undefined && typeof c.uncertain !== 'string') fail(file, `${at}: uncertain is a text`);
  });
}

/** Every layout of the spec data, keyed by kind (file name order). */
export function loadSpecLayouts(dir = SPEC_LAYOUTS_DIR) {
  const layouts = {};
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const kind = f.slice(0, -'.json'.length);
    const l = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    checkLayout(`spec/layouts/${f}`, kind, l);
    layouts[kind] = l;
  }
  for (const l of Object.values(layouts)) {
    if (l.sameLayoutAs !== undefined && !layouts[l.sameLayoutAs]?.columns)
      fail(`spec/layouts/${l.kind}.json`, `sameLayoutAs ${l.sameLayoutAs} has no columns`);
  }
  return layouts;
}
