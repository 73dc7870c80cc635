#!/usr/bin/env node
// Generates src/schemas/layouts/*.ts from the spec data in spec/layouts/ (our transcription of the 第4.1版
// layouts, see spec/README.md) plus the overlays in scripts/overlay/ (see scripts/layout-overlay.mjs).
// Reads nothing outside the repository.
// Usage: node scripts/gen-layouts.mjs [--check]
//   --check  do not write; exit 1 and name every committed file that differs from a fresh generation
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OVERLAY } from './layout-overlay.mjs';
import { emit, isMain } from './lib/emit.mjs';
import { loadSpecLayouts } from './lib/spec.mjs';

const REQUIRED = new Set(['required', 'optional', 'conditional', 'uncertain']);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The library's field types: the list in src/field-types/names.ts (the registry's keys, one unit per type).
 * The spec data's `id` is none of them: such columns need an overlay type.
 */
export function fieldTypeNames(source = readFileSync(join(root, 'src', 'field-types', 'names.ts'), 'utf8')) {
  const body = /export const FIELD_TYPE_NAMES = \[([^\]]*)\]/.exec(source)?.[1];
  if (body === undefined) fail('no FIELD_TYPE_NAMES list in src/field-types/names.ts');
  return new Set(
    body
      .split(',')
      .map((name) => name.trim().replace(/^'|'$/g, ''))
      .filter((name) => name !== ''),
  );
}
const OVERRIDE_TYPES = fieldTypeNames();

function lit(v) {
  return JSON.stringify(v);
}

function fail(msg) {
  throw new Error(`gen-layouts: ${msg}`);
}

/** The base name of the generated functions: `Table6Record` → `Table6`. */
function baseName(typeName) {
  if (!typeName.endsWith('Record')) fail(`typeName ${typeName} must end in Record`);
  return typeName.slice(0, -'Record'.length);
}

/** Groups of an overlay, checked, with their member keys and Japanese names. */
function groupsOf(kind, o, cols) {
  return (o.groups ?? []).map((g) => {
    const start = g.from - 1;
    const members = o.keys.slice(start, start + g.size);
    for (let s = 1; s < g.slots; s++) {
      const m = o.keys.slice(start + s * g.size, start + (s + 1) * g.size);
      if (m.join() !== members.join()) fail(`${kind} group ${g.key}: slot ${s + 1} members differ`);
    }
    const first = cols[start];
    const nameJa = first?.repeat?.group ?? g.key;
    const memberNames = cols.slice(start, start + g.size).map((c) => c.repeat?.member ?? c.nameJa);
    return { ...g, start, members, nameJa, memberNames, end: start + g.slots * g.size };
  });
}

/** The field type, requirement, codes and fixed value of a column (as its field definition entry has them). */
function columnOf(spec, o, c) {
  const reading = o.readings?.[c.no];
  const type = c.no === 1 ? 'csvVersion' : (reading?.type ?? o.types?.[c.no] ?? c.type);
  let required = reading?.required ?? c.required;
  if (spec.allColumnsRequired) required = 'required';
  return {
    type,
    required,
    codes: c.codes && type === 'code' ? c.codes : null,
    fixedValue: type === 'fixed' ? c.fixedValue : undefined,
    addedIn: o.addedIn?.[c.no],
  };
}

/**
 * The TypeScript type of a column's value in a record that passed validation: the codes of a `code` column,
 * the value of a `fixed` one, else `string`; with `''` wherever the value may be empty (a column that is not
 * 必須, or was added after CSVバージョン 202208, whose records have it empty).
 */
export function validValueType(column) {
  let t = 'string';
  if (column.type === 'code' && column.codes)
    t = Object.keys(column.codes)
      .map((k) => `'${k}'`)
      .join(' | ');
  else if (column.type === 'fixed') t = `'${column.fixedValue}'`;
  const mayBeEmpty = column.required !== 'required' || column.addedIn !== undefined;
  return mayBeEmpty && t !== 'string' ? `'' | ${t}` : t;
}

/** Whether the zod schema lets the key be left out (and fills in `''`): a column that is not 必須. */
function keyMayBeOmitted(column) {
  return column.required !== 'required';
}

/** One field definition entry. */
function fieldEntry(kind, spec, o, c, i, groups) {
  const reading = o.readings?.[c.no];
  const type = c.no === 1 ? 'csvVersion' : (reading?.type ?? o.types?.[c.no] ?? c.type);
  if (!OVERRIDE_TYPES.has(type)) fail(`${kind} No.${c.no}: no field type for ${c.type}`);
  let required = reading?.required ?? c.required;
  if (!REQUIRED.has(required)) fail(`${kind} No.${c.no}: unknown requirement ${required}`);
  if (spec.allColumnsRequired) required = 'required';
  const maxLength = reading && 'maxLength' in reading ? reading.maxLength : c.maxLength;
  const g = groups.find((x) => i >= x.start && i < x.end);
  const key = g ? `${g.key}[${Math.floor((i - g.start) / g.members.length)}].${o.keys[i]}` : o.keys[i];
  const parts = [
    `no: ${c.no}`,
    `key: ${lit(key)}`,
    `nameJa: ${lit(c.nameJa)}`,
    `type: ${lit(type)}`,
    `maxLength: ${lit(maxLength ?? null)}`,
    `required: ${lit(required)}`,
    `codes: ${c.codes && type === 'code' ? lit(c.codes) : 'null'}`,
  ];
  if (o.allowNoTime?.includes(c.no)) parts.push('allowNoTime: true');
  if (o.addedIn?.[c.no]) parts.push(`addedIn: ${lit(o.addedIn[c.no])}`);
  if (o.lengthIn202208?.[c.no] !== undefined) parts.push(`maxLength202208: ${lit(o.lengthIn202208[c.no])}`);
  if (o.placeholders?.[c.no] !== undefined) parts.push(`placeholder: ${lit(o.placeholders[c.no])}`);
  if (type === 'fixed') {
    if (!c.fixedValue) fail(`${kind} No.${c.no}: fixed column without fixedValue`);
    parts.push(`fixedValue: ${lit(c.fixedValue)}`);
  }
  if (g) {
    const slot = Math.floor((i - g.start) / g.members.length);
    parts.push(`group: { key: ${lit(g.key)}, index: ${slot}, member: ${lit(o.keys[i])} }`);
  }
  const codeNote =
    c.codes && type !== 'code'
      ? `Special values: ${Object.entries(c.codes)
          .map(([k, v]) => `${k} = ${v}`)
          .join('; ')}.`
      : null;
  const note = [c.note, codeNote, c.requiredWhen ? `Required when: ${c.requiredWhen}` : null].filter(Boolean).join(' ');
  parts.push(`note: ${lit(note)}`);
  parts.push(`uncertain: ${reading ? lit(reading.note) : lit(c.uncertain ?? null)}`);
  return `  { ${parts.join(', ')} },`;
}

/** Builds the TypeScript source of one layout table. */
export function generateLayout(kind, spec) {
  const o = OVERLAY[kind];
  const cols = spec.columns;
  if (o.keys.length !== cols.length) fail(`${kind}: ${o.keys.length} keys for ${cols.length} columns`);
  const groups = groupsOf(kind, o, cols);
  const base = baseName(o.typeName);
  const inGroup = (i) => groups.find((g) => i >= g.start && i < g.end);
  // Record-model properties in column order: a plain column, or a group at the position of its first column.
  const props = [];
  for (let i = 0; i < cols.length; i++) {
    const g = inGroup(i);
    if (g === undefined) props.push({ key: o.keys[i], i, col: cols[i] });
    else if (i === g.start) props.push({ group: g });
  }
  const seen = new Set();
  for (const p of props) {
    const k = p.group ? p.group.key : p.key;
    if (seen.has(k)) fail(`${kind}: key ${k} is used twice`);
    seen.add(k);
  }

  const lines = [];
  lines.push(`// Generated by scripts/gen-layouts.mjs from spec/layouts/${kind}.json and scripts/overlay/${kind}.mjs.`);
  lines.push('// Do not edit by hand: change the generator or an overlay and run `npm run gen`.');
  lines.push("import type { FieldDef, GroupDef, LayoutTable } from '../field.js';");
  if (groups.length) lines.push("import { buildGroup, readGroup } from '../group.js';");
  lines.push('');
  lines.push(`/** ${spec.nameJa} (${spec.fileNamePrefix}), CSVバージョン 202407: ${cols.length} columns in CSV order. */`);
  lines.push(`export const ${o.exportName} = [`);
  for (const [i, c] of cols.entries()) lines.push(fieldEntry(kind, spec, o, c, i, groups));
  lines.push('] as const satisfies readonly FieldDef[];');
  lines.push('');
  const groupsName = o.exportName.replace(/_FIELDS$/, '_GROUPS');
  lines.push(`/** Repeated groups of the layout (held as arrays in the record model). */`);
  if (groups.length === 0) lines.push(`export const ${groupsName}: readonly GroupDef[] = [];`);
  else {
    lines.push(`export const ${groupsName}: readonly GroupDef[] = [`);
    for (const g of groups) {
      lines.push(`  { key: ${lit(g.key)}, start: ${g.start}, slots: ${g.slots}, members: ${lit(g.members)} },`);
    }
    lines.push('];');
  }
  lines.push('');
  for (const g of groups) {
    const nos = (m) => Array.from({ length: g.slots }, (_, s) => g.from + s * g.size + m).join(', ');
    lines.push(`/** One item of ${g.nameJa} (${spec.fileNamePrefix} No.${g.from}–${g.from + g.slots * g.size - 1}). */`);
    lines.push(`export type ${g.itemTypeName} = {`);
    g.members.forEach((m, k) => {
      lines.push(`  /** ${g.memberNames[k]} (No.${nos(k)}) */`);
      lines.push(`  ${m}: string;`);
    });
    lines.push('};');
    lines.push('');
  }
  lines.push(`/** A record of ${spec.nameJa} (${spec.fileNamePrefix}), in the 202407 model. An empty field is \`''\`. */`);
  lines.push(`export type ${o.typeName} = {`);
  for (const p of props) {
    if (p.group) {
      const g = p.group;
      lines.push(
        `  /** No.${g.from}–${g.from + g.slots * g.size - 1} ${g.nameJa}: up to ${g.slots} items, one per slot from slot 1 (empty slots at the end are left out). */`,
      );
      lines.push(`  ${g.key}: ${g.itemTypeName}[];`);
    } else {
      lines.push(`  /** No.${p.col.no} ${p.col.nameJa} */`);
      lines.push(`  ${p.key}: string;`);
    }
  }
  lines.push('};');
  lines.push('');
  const validOf = (i) => validValueType(columnOf(spec, o, cols[i]));
  for (const g of groups) {
    lines.push(`/** One item of ${g.nameJa} in a {@link Valid${o.typeName}}. */`);
    lines.push(`export type Valid${g.itemTypeName} = {`);
    g.members.forEach((m, k) => {
      lines.push(`  /** ${g.memberNames[k]} */`);
      lines.push(`  ${m}: ${validOf(g.start + k)};`);
    });
    lines.push('};');
    lines.push('');
  }
  lines.push(`/**`);
  lines.push(` * A record of ${spec.nameJa} (${spec.fileNamePrefix}) that passed validation (\`ok\` of a parse result):`);
  lines.push(` * code columns hold one of their codes, fixed columns their value; \`''\` only where a column may be empty.`);
  lines.push(` * Before validation a record is a {@link ${o.typeName}} (strings).`);
  lines.push(` */`);
  lines.push(`export type Valid${o.typeName} = {`);
  for (const p of props) {
    if (p.group) lines.push(`  ${p.group.key}: Valid${p.group.itemTypeName}[];`);
    else {
      lines.push(`  /** No.${p.col.no} ${p.col.nameJa} */`);
      lines.push(`  ${p.key}: ${validOf(p.i)};`);
    }
  }
  lines.push('};');
  lines.push('');
  const inputProp = (key, i) => {
    const c = columnOf(spec, o, cols[i]);
    return keyMayBeOmitted(c) ? `${key}?: string` : `${key}: string`;
  };
  for (const g of groups) {
    lines.push(`/** One item of ${g.nameJa} in a {@link ${o.typeName}Input}. */`);
    lines.push(`export type ${g.itemTypeName}Input = {`);
    g.members.forEach((m, k) => {
      lines.push(`  ${inputProp(m, g.start + k)};`);
    });
    lines.push('};');
    lines.push('');
  }
  lines.push(`/**`);
  lines.push(` * What \`serialize\` takes for a record of ${spec.nameJa} (${spec.fileNamePrefix}): string values under the`);
  lines.push(` * layout's keys (no others); the keys of columns that may be empty may be left out (written empty). Values are`);
  lines.push(` * checked when written: a {@link Valid${o.typeName}} or a {@link ${o.typeName}} as read is accepted as it is.`);
  lines.push(` */`);
  lines.push(`export type ${o.typeName}Input = {`);
  for (const p of props) {
    if (p.group) lines.push(`  ${p.group.key}?: ${p.group.itemTypeName}Input[];`);
    else {
      lines.push(`  /** No.${p.col.no} ${p.col.nameJa} */`);
      lines.push(`  ${inputProp(p.key, p.i)};`);
    }
  }
  lines.push('};');
  lines.push('');
  // An object literal with every key keeps records in V8's fast-property mode (records built key by key
  // with more than a dozen keys fall back to slow dictionary mode).
  lines.push(`/** A new record with every field empty (and every group without items), keys in column order. */`);
  lines.push(`export function new${base}Record(): ${o.typeName} {`);
  lines.push('  return {');
  for (const p of props) lines.push(p.group ? `    ${p.group.key}: [],` : `    ${p.key}: '',`);
  lines.push('  };');
  lines.push('}');
  lines.push('');
  // Named property loads are monomorphic; a loop of record[key] loads is not, and costs several times more.
  lines.push("/** Reads the fields of a record into `out` in column order (the serializer's hot path). */");
  lines.push(`export function read${base}Record(record: { readonly [key: string]: unknown }, out: unknown[]): void {`);
  for (const p of props) {
    if (p.group) {
      const g = p.group;
      lines.push(`  readGroup(record.${g.key}, out, ${g.start}, ${g.slots}, ${groupsName}[${groups.indexOf(g)}]!.members);`);
    } else lines.push(`  out[${p.i}] = record.${p.key};`);
  }
  lines.push('}');
  lines.push('');
  lines.push('/** Builds a record from its column values (record-model order, every value a string). */');
  lines.push(`export function build${base}Record(v: readonly string[]): ${o.typeName} {`);
  lines.push('  return {');
  for (const p of props) {
    if (p.group) {
      const g = p.group;
      const members = g.members.map((m, k) => `${m}: v[o${k ? ` + ${k}` : ''}] as string`).join(', ');
      lines.push(`    ${g.key}: buildGroup(v, ${g.start}, ${g.slots}, ${g.members.length}, (o) => ({ ${members} })),`);
    } else lines.push(`    ${p.key}: v[${p.i}] as string,`);
  }
  lines.push('  };');
  lines.push('}');
  lines.push('');
  lines.push('/** The record type of the layout, under a name every generated layout shares. */');
  lines.push(`export type LayoutRecord = ${o.typeName};`);
  lines.push('');
  lines.push('/** The validated record type of the layout, under a name every generated layout shares. */');
  lines.push(`export type ValidLayoutRecord = Valid${o.typeName};`);
  lines.push('');
  lines.push('/** The serializer input type of the layout, under a name every generated layout shares. */');
  lines.push(`export type LayoutRecordInput = ${o.typeName}Input;`);
  lines.push('');
  lines.push('/** Everything the library derives from this layout, under a name every generated layout shares. */');
  lines.push(`export const TABLE: LayoutTable<${o.typeName}> = {`);
  lines.push(`  fields: ${o.exportName},`);
  lines.push(`  groups: ${groupsName},`);
  lines.push(`  newRecord: new${base}Record,`);
  lines.push(`  readRecord: read${base}Record,`);
  lines.push(`  buildRecord: build${base}Record,`);
  lines.push('};');
  lines.push('');
  return lines.join('\n');
}

/**
 * The zod shape type of one layout (src/zod/shapes.ts): per key, the schema type whose output is the column's
 * validated type; `z.ZodDefault` where the key may be left out (the schema fills in `''`, a group `[]`).
 */
function generateShape(kind, spec) {
  const o = OVERLAY[kind];
  const cols = spec.columns;
  const groups = groupsOf(kind, o, cols);
  const base = baseName(o.typeName);
  const col = (i) => {
    const c = columnOf(spec, o, cols[i]);
    const v = validValueType(c);
    const t = `z.ZodType<${v}, ${v}>`;
    return keyMayBeOmitted(c) ? `z.ZodDefault<${t}>` : t;
  };
  const lines = [`/** The shape of the zod schema of a ${spec.nameJa} record (${spec.fileNamePrefix}). */`, `export type ${base}Shape = {`];
  for (let i = 0; i < cols.length; i++) {
    const g = groups.find((x) => i >= x.start && i < x.end);
    if (g === undefined) lines.push(`  ${o.keys[i]}: ${col(i)};`);
    else if (i === g.start) {
      const members = g.members.map((m, k) => `${m}: ${col(g.start + k)}`).join('; ');
      lines.push(`  ${g.key}: z.ZodDefault<z.ZodArray<z.ZodObject<{ ${members} }, z.core.$strict>>>;`);
    }
  }
  lines.push('};', '');
  return lines.join('\n');
}

/** Every generated layout file (repository-relative path → content) from the spec data and the overlays. */
export function generateLayouts(spec = loadSpecLayouts()) {
  for (const kind of Object.keys(spec)) {
    if (!OVERLAY[kind] && !spec[kind].sameLayoutAs) fail(`spec/layouts/${kind}.json has no overlay in scripts/overlay/`);
  }
  const files = {};
  for (const kind of Object.keys(OVERLAY)) {
    const layout = spec[kind];
    if (!layout?.columns) fail(`overlay ${kind} has no columns in spec/layouts/`);
    files[join('src', 'schemas', 'layouts', `${kind}.ts`)] = generateLayout(kind, layout);
  }
  const shapes = [
    '// Generated by scripts/gen-layouts.mjs from spec/layouts/*.json and scripts/overlay/*.mjs.',
    '// Do not edit by hand: change the generator or an overlay and run `npm run gen`.',
    "import type * as z from 'zod/v4';",
    '',
  ];
  for (const kind of Object.keys(OVERLAY)) shapes.push(generateShape(kind, spec[kind]));
  files[join('src', 'zod', 'shapes.ts')] = shapes.join('\n');
  return files;
}

if (isMain(import.meta.url)) process.exit(emit('gen-layouts', generateLayouts(), { check: process.argv.includes('--check') }));
