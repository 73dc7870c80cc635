import { createRequire } from 'node:module';
import type * as Pool from '../../src/pool/index.js';

// `npm test` builds first: the pool is tested as published, its worker file loaded from dist.
const require = createRequire(import.meta.url);
export const esm = (await import('../../dist/pool.js' as string)) as typeof Pool;
export const cjs = require('../../dist/pool.cjs') as typeof Pool;
export const builds = [
  ['ESM', esm],
  ['CJS', cjs],
] as const;
