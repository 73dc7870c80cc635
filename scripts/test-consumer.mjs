#!/usr/bin/env node
// The package as a consumer gets it: packs this repository (`npm pack`, which builds through `prepack`),
// installs the tarball into fresh projects in a temporary folder and checks that
//   - it installs beside zod 3.25 + fast-check 3 (ESM project) and zod 4 + fast-check 4 (CJS project), and
//     without either peer;
//   - every ```ts snippet of README.md and docs/**/*.md compiles against the installed package, in both
//     projects, with moduleResolution node16 and bundler (and node10 in the CommonJS one);
//   - the types narrow as documented and the documented compile-time errors are errors (consumer-types.ts
//     below, `// @ts-expect-error` where the error is the point);
//   - at run time: a round trip through serialize and parse, the zod schemas (z.infer aside) and JSON Schema
//     under each zod, the fast-check arbitraries under each fast-check, and an error naming the package
//     when careplan-csv/zod or careplan-csv/testing is imported without its peer.
// Needs the npm registry (or a warm npm cache). Usage: node scripts/test-consumer.mjs [--keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/emit.mjs';

const keep = process.argv.includes('--keep');
const TYPESCRIPT = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies.typescript;
const work = mkdtempSync(join(tmpdir(), 'careplan-csv-consumer-'));
const failures = [];

function run(cmd, args, cwd, { allowFail = false } = {}) {
  console.log(`$ (${cwd === root ? '.' : cwd.slice(work.length + 1) || '.'}) ${cmd} ${args.join(' ')}`);
  try {
    const out = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (out.trim()) console.log(out.trim());
    return { ok: true, out };
  } catch (e) {
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    if (!allowFail) {
      console.log(out.trim());
      failures.push(`${cmd} ${args.join(' ')} (in ${cwd})`);
    }
    return { ok: false, out };
  }
}

/** The ```ts blocks of the README and the docs, each with where it comes from. */
function snippets() {
  const files = ['README.md'];
  const walk = (dir) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.md')) files.push(join(dir, e.name));
    }
  };
  walk('docs');
  const out = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    let start = -1;
    for (let i = 0; i < lines.length; i++) {
      if (start < 0 && /^```ts\s*$/.test(lines[i])) start = i + 1;
      else if (start >= 0 && /^```\s*$/.test(lines[i])) {
        out.push({ file, line: start + 1, code: lines.slice(start, i) });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * A snippet as a module: its imports and declarations at the top, the rest in an async function (so that
 * `await` compiles in CommonJS too).
 */
function snippetModule({ file, line, code }) {
  const top = [];
  const body = [];
  let inImport = false;
  for (const l of code) {
    if (inImport || /^import\s/.test(l) || /^declare\s/.test(l) || /^type\s/.test(l)) {
      top.push(l);
      inImport = /^import\s/.test(l) && !/;\s*(\/\/.*)?$/.test(l) ? true : inImport && !/;\s*(\/\/.*)?$/.test(l);
    } else body.push(`  ${l}`);
  }
  return `// ${file}:${line}\n${top.join('\n')}\nexport async function snippet(): Promise<void> {\n${body.join('\n')}\n}\n`;
}

// What the snippets leave to the reader (their free names), for the compiler.
const GLOBALS = `declare const file: File;
declare const path: string;
declare const fileName: string;
declare const tmp: string;
declare const db: { insert(record: unknown): Promise<void> };
declare const cursor: AsyncIterable<import('careplan-csv').Table6Record>;
declare const files: { name: string; bytes: Uint8Array }[];
declare const planBytes: Uint8Array;
declare const planName: string;
declare const actualBytes: Uint8Array;
declare const actualName: string;
`;

// The narrowing and the compile-time errors the issue asks for, as a consumer writes them.
const CONSUMER_TYPES = `import { parse, parseStream, serialize, serializeUnknown, type Table6Record, type ValidTable6Record } from 'careplan-csv';
import { recordSchema, schemas } from 'careplan-csv/zod';
import type * as z from 'zod/v4';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}
declare const bytes: Uint8Array;

const r = parse(bytes, { fileName: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' });
// @ts-expect-error without checking the kind, not every record has serviceDate
r.records[0]?.serviceDate;
if (r.kind === 'table6Plan') {
  for (const rec of r.records) rec.serviceDate;
  assertType<Equal<typeof r.records, ValidTable6Record[] | Table6Record[]>>();
  if (r.ok) assertType<Equal<(typeof r.records)[number]['over30Days'], '0' | '1'>>();
}
const k = parse(bytes, { kind: 'table6Plan' });
if (k.ok) assertType<Equal<typeof k.records, ValidTable6Record[]>>();
else assertType<Equal<typeof k.records, Table6Record[]>>();

export async function streams(source: AsyncIterable<Uint8Array>): Promise<void> {
  for await (const s of parseStream(source, { fileName: 'x.CSV' })) {
    if (s.kind === 'table7' && s.ok) assertType<Equal<(typeof s.record)['over30Days'], '0' | '1'>>();
  }
}

// @ts-expect-error a misspelt key and a number: compile-time errors
serialize('table6Plan', [{ serviceDat: '20250501', units: 396 }]);
serializeUnknown('table6Plan', JSON.parse('[{"serviceDat":"20250501","units":396}]'));
const out = serialize('table6Plan', [] as ValidTable6Record[]);
if (out.ok) assertType<Equal<typeof out.bytes, Uint8Array>>();

assertType<Equal<z.infer<typeof schemas.table6Plan>, ValidTable6Record>>();
assertType<Equal<z.infer<ReturnType<typeof recordSchema<'table6Plan'>>>, ValidTable6Record>>();
`;

function tsconfig(resolution) {
  const options =
    resolution === 'node16'
      ? { module: 'node16', moduleResolution: 'node16' }
      : resolution === 'node10'
        ? // Deprecated in TypeScript 6, still common in older projects. fast-check 4's own declarations do not
          // resolve under node10 (pure-rand's subpaths), so libraries are not checked here; an import of ours
          // that does not resolve is still an error in the snippets.
          { module: 'commonjs', moduleResolution: 'node10', ignoreDeprecations: '6.0', skipLibCheck: true }
        : { module: 'preserve', moduleResolution: 'bundler' };
  return JSON.stringify(
    {
      compilerOptions: {
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: ['node'],
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        skipLibCheck: false,
        ...options,
      },
      include: ['src'],
    },
    null,
    2,
  );
}

const started = Date.now();
// 1. The tarball (prepack builds dist/).
const packed = run('npm', ['pack', '--pack-destination', work, '--silent'], root);
const tarball = join(work, packed.out.trim().split('\n').pop());

const SNIPPETS = snippets();
const PROJECTS = [
  { name: 'esm-zod3', type: 'module', deps: ['zod@~3.25.0', 'fast-check@^3'] },
  { name: 'cjs-zod4', type: 'commonjs', deps: ['zod@^4', 'fast-check@^4'] },
];
for (const p of PROJECTS) {
  const dir = join(work, p.name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: p.name, private: true, type: p.type }));
  // The peers first, as a project that has them already; then the package beside them.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...p.deps, `typescript@${TYPESCRIPT}`, '@types/node@20'], dir);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
  writeFileSync(join(dir, 'src', 'globals.d.ts'), GLOBALS);
  writeFileSync(join(dir, 'src', 'consumer-types.ts'), CONSUMER_TYPES);
  for (const [i, s] of SNIPPETS.entries()) writeFileSync(join(dir, 'src', `snippet-${i + 1}.ts`), snippetModule(s));
  // node10 (TypeScript's default for module commonjs) finds the subpaths' types through typesVersions.
  for (const resolution of p.type === 'commonjs' ? ['node16', 'bundler', 'node10'] : ['node16', 'bundler']) {
    writeFileSync(join(dir, `tsconfig.${resolution}.json`), tsconfig(resolution));
    const r = run(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', `tsconfig.${resolution}.json`], dir);
    if (r.ok) console.log(`${p.name} (${p.type}, ${resolution}): ${SNIPPETS.length} snippets and consumer-types.ts compile`);
  }
  // Run time under this zod and fast-check.
  const ext = p.type === 'module' ? 'mjs' : 'cjs';
  const load = (m) => (p.type === 'module' ? `await import('${m}')` : `require('${m}')`);
  const script = `${p.type === 'module' ? '' : '(async () => {'}
const fs = ${load('node:fs')};
${p.type === 'module' ? "const require_resolve = (await import('node:module')).createRequire(import.meta.url).resolve;" : ''}
const { parse, serialize } = ${load('careplan-csv')};
const { schemas, recordJsonSchema } = ${load('careplan-csv/zod')};
const { validFile } = ${load('careplan-csv/testing')};
const fcModule = ${load('fast-check')};
const fc = fcModule.default ?? fcModule;
const sample = JSON.parse(fs.readFileSync(require_resolve('careplan-csv/samples/json/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.json'), 'utf8'));
const out = serialize('table6Plan', sample.records);
const back = parse(out.bytes, { kind: 'table6Plan' });
if (!out.ok || !back.ok || back.records.length !== sample.records.length) throw new Error('round trip failed');
const rec = schemas.table6Plan.parse(sample.records[0]);
if (rec.over30Days !== sample.records[0].over30Days) throw new Error('zod schema');
if (!recordJsonSchema('table6Plan').properties.serviceDate) throw new Error('JSON Schema');
const [f] = fc.sample(validFile('table7'), 1);
if (!parse(f.bytes, { fileName: f.fileName }).ok) throw new Error('validFile');
const version = (m) => JSON.parse(fs.readFileSync(require_resolve(m + '/package.json'), 'utf8')).version;
console.log('${p.name}: round trip, zod ' + version('zod') + ' schemas and JSON Schema, fast-check ' + version('fast-check') + ' arbitraries: ok');
${p.type === 'module' ? '' : '})().catch((e) => { console.error(e); process.exit(1); });'}`.replaceAll(
    'require_resolve',
    p.type === 'module' ? 'requireResolve' : 'require.resolve',
  );
  writeFileSync(join(dir, `run.${ext}`), script);
  run('node', [`run.${ext}`], dir);
}

// 2. Without the optional peers: the package installs; the entry points that need a peer name it.
const bare = join(work, 'no-peers');
mkdirSync(bare, { recursive: true });
writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'no-peers', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], bare);
for (const [entry, peer] of [
  ['careplan-csv/zod', 'zod'],
  ['careplan-csv/testing', 'fast-check'],
]) {
  for (const how of ['import', 'require']) {
    const code = how === 'import' ? `import('${entry}').then(() => process.exit(3))` : `require('${entry}'); process.exit(3)`;
    const r = run('node', ['-e', code, ...(how === 'import' ? ['--input-type=module'] : [])], bare, { allowFail: true });
    const named = new RegExp(`Cannot find (package|module) '${peer}`).test(r.out);
    console.log(`no-peers: ${how} ${entry} ${named ? `fails naming '${peer}'` : 'did not fail naming the peer'}`);
    if (!named) failures.push(`${how} ${entry} without ${peer}`);
  }
}
const core = run(
  'node',
  ['--input-type=module', '-e', "import('careplan-csv').then((m) => console.log('no-peers: careplan-csv loads, ' + m.KINDS.length + ' kinds'))"],
  bare,
);
if (!core.ok) failures.push('careplan-csv without peers');

console.log(`consumer tests: ${failures.length === 0 ? 'ok' : `${failures.length} failed`} in ${Math.round((Date.now() - started) / 1000)} s`);
if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
if (failures.length > 0) {
  for (const f of failures) console.error(`failed: ${f}`);
  process.exit(1);
}
