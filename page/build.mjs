// Builds the checker page (`npm run build:page`): ONE self-contained HTML file, page/dist/careplan-csv-checker.html.
//
// esbuild bundles page/src/main.ts (the page and, in the same script, the Web Worker that checks the files) into
// one IIFE; the script and page/style.css are inlined into page/index.html, and the Content-Security-Policy is
// completed with the SHA-256 hashes of exactly those two inline blocks. esbuild rather than tsdown/rolldown: it
// is already installed (through tsx and vitest), its `build({ write: false })` returns the bundle as a string to
// inline, and it bundles a browser IIFE with one call and no config file.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
export const OUT = join(here, 'dist', 'careplan-csv-checker.html');

const bundle = await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});
// `</script` cannot occur inside the inline block; the minifier keeps string contents as they are.
const js = bundle.outputFiles[0].text.replaceAll('</script', '<\\/script');
const css = readFileSync(join(here, 'style.css'), 'utf8');
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// No network at all: every fetch directive is 'none' (default-src covers connect-src, img-src, font-src, media-src,
// object-src, frame-src, manifest-src …; connect-src is repeated for the reader). The one script and the one style
// block run by hash; the worker is that same script, started from a blob: URL (worker-src blob:), which fetches
// nothing. No images, fonts, frames or objects (default-src), no form posts, no <base>.
const csp = [
  "default-src 'none'",
  "connect-src 'none'",
  `script-src ${sha(js)}`,
  'worker-src blob:',
  `style-src ${sha(css)}`,
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

const template = readFileSync(join(here, 'index.html'), 'utf8');
const html = template
  .replace('%CSP%', () => csp)
  .replace('%CSS%', () => css)
  .replace('%JS%', () => js);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, html);
console.log(`${OUT.slice(here.length - 'page'.length)}: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB`);
