// Writing or checking generated files, shared by the scripts/gen-*.mjs generators.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Whether the module at `url` is the script node was started with. */
export function isMain(url) {
  return process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(url);
}

/**
 * Writes `files` (repository-relative path → content), or with `check` compares them with the committed files
 * without writing. `owns` names folders that hold only files of this generator: any other file there is
 * removed when writing and reported as stale when checking. Returns the exit code (1 when a file is stale).
 * @param {string} name generator name for messages
 * @param {Record<string, string>} files
 * @param {{ check?: boolean, owns?: string[] }} [options]
 */
export function emit(name, files, { check = false, owns = [] } = {}) {
  const stale = [];
  const wanted = new Set(Object.keys(files).map((p) => relative(root, resolve(root, p))));
  for (const [path, content] of Object.entries(files)) {
    const abs = resolve(root, path);
    const old = existsSync(abs) ? readFileSync(abs, 'utf8') : null;
    if (old === content) continue;
    if (check) stale.push(`${relative(root, abs)} (${old === null ? 'missing' : 'differs'})`);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      console.log(`${name}: wrote ${relative(root, abs)}`);
    }
  }
  for (const dir of owns) {
    const abs = resolve(root, dir);
    if (!existsSync(abs)) continue;
    for (const f of readdirSync(abs).sort()) {
      const rel = relative(root, join(abs, f));
      if (wanted.has(rel)) continue;
      if (check) stale.push(`${rel} (not generated)`);
      else {
        rmSync(join(abs, f), { recursive: true });
        console.log(`${name}: removed ${rel}`);
      }
    }
  }
  if (stale.length === 0) {
    console.log(`${name}: ${Object.keys(files).length} files ${check ? 'up to date' : 'current'}`);
    return 0;
  }
  for (const s of stale) console.error(`${name}: stale ${s}`);
  console.error(`${name}: ${stale.length} stale file(s); run npm run gen`);
  return 1;
}
