// dependency-cruiser config for `npm run check:deps` (run in CI).
// tsPreCompilationDeps: true makes it read the TypeScript source before compilation, so `import type` edges
// count: a cycle made only of type imports fails the check like a runtime one.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles between modules, type-only imports included.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-no-optional-peers',
      severity: 'error',
      comment:
        'The core (src/ less the zod and testing entry points, the zod and testing facets of the field types, the CLI ' +
        'and the docs generators) never imports ' +
        'zod or fast-check: they are optional peers, needed only by careplan-csv/zod and careplan-csv/testing.',
      from: {
        path: '^src/',
        pathNot: '^src/(zod|testing|cli|docs)/|^src/cli\\.ts$|^src/field-types/(facets|zod|testing)\\.ts$|^src/field-types/[^/]+/(zod|testing)\\.ts$',
      },
      to: { path: '(^|/)node_modules/(zod|fast-check)/|^src/(zod|testing|cli|docs)/|^src/cli\\.ts$' },
    },
    {
      name: 'core-not-node-only',
      severity: 'error',
      comment:
        'The browser-safe core never imports the Node-only pool (careplan-csv/pool: worker threads) nor a Node ' +
        'built-in module; only the pool, the CLI and the docs generators may.',
      from: { path: '^src/', pathNot: '^src/(pool|cli|docs)/|^src/cli\\.ts$' },
      to: { path: '^src/pool/|^node:|^(fs|path|os|url|util|stream|worker_threads|http|buffer)$', dependencyTypes: ['local', 'core'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves (a typo or a missing file shows here, not only at build time).',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // The build output: scripts and package tests import it, and it may not exist yet.
    exclude: { path: '(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
