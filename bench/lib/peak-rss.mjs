// @ts-check
/**
 * The peak-RSS measurement the memory benchmarks share (bench/parse-memory.mjs, bench/stream.mjs and,
 * through bench/hwm-report.mjs, bench/json-memory.mjs): the kernel's high-water mark of the resident set
 * of this process (VmHWM of /proc/self/status). Linux only: elsewhere null.
 */
import { readFileSync } from 'node:fs';

/** The kernel's peak resident set size of this process, in bytes, or null where it cannot be read. */
export function vmHwm() {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
