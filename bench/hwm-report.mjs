// @ts-check
/**
 * Preloaded (`node --import bench/hwm-report.mjs …`) by bench/json-memory.mjs: prints the process's peak
 * RSS (VmHWM of /proc/self/status) to stderr when it exits, as `VmHWM: <n> kB`. Linux only.
 */
import { writeSync } from 'node:fs';
import { vmHwm } from './lib/peak-rss.mjs';

process.on('exit', () => {
  const hwm = vmHwm(); // null where it cannot be read (not Linux): nothing to report
  if (hwm !== null) writeSync(2, `\nVmHWM: ${hwm / 1024} kB\n`);
});
