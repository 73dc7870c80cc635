// @ts-check
/**
 * Preloaded into a timed CLI run (`node --require bench/lib/cpu-at-exit.cjs dist/cli.js …`): when the
 * process exits, writes the CPU time it used — user + system, every thread of the process (worker threads,
 * the JIT's and the garbage collector's helpers) — in milliseconds to the file named by
 * CAREPLAN_BENCH_CPU_FILE. Wall-clock time says how long a run took; CPU time says how much work it was,
 * which is what decides how a run splits over cores.
 */
'use strict';
const { writeFileSync } = require('node:fs');

const file = process.env.CAREPLAN_BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.cpuUsage();
    writeFileSync(file, String((u.user + u.system) / 1000));
  });
}
