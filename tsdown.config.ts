import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', zod: 'src/zod/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    clean: true,
    sourcemap: false,
  },
  {
    // careplan-csv/pool: Node only (worker threads), ESM and CJS, each with its worker file beside it.
    entry: { pool: 'src/pool/index.ts', 'pool-worker': 'src/pool/worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node20',
    clean: false,
    sourcemap: false,
    fixedExtension: false,
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    target: 'node20',
    clean: false,
    fixedExtension: false,
  },
]);
