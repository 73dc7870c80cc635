// @ts-check
/**
 * Preloaded (`node --import bench/hwm-report.mjs …`) by bench/json-memory.mjs: prints the process's peak
 * RSS (VmHWM of /proc/self/status) to stderr when it exits, as `VmHWM: <n> kB`. Linux only.
 */
import { readFileSync, writeSync } from 'node:fs';

process.on('exit', () => {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m !== null) writeSync(2, `\nVmHWM: ${m[1]} kB\n`);
  } catch {
    // not Linux: nothing to report
  }
});
