import { readFileSync } from 'node:fs';
import { nodeIo, runCli, type CliIo } from '../../src/cli/main.js';

/**
 * Runs the CLI in-process with an in-memory file system layered over the real one (for reads). `extra`
 * adds or replaces members of the I/O (`env`, `cwd`, `readChunks`…); without them there is no
 * environment (Japanese) and no config file search.
 */
export function run(args: string[], files: Record<string, Uint8Array | string> = {}, extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const written: Record<string, Uint8Array> = {};
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: (p) => {
      const f = files[p] ?? written[p];
      if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
      return readFileSync(p);
    },
    writeFile: (p, b) => {
      written[p] = b;
    },
    ...extra,
  };
  const code = runCli(args, io, '0.0.0-test');
  return { code, stdout, stderr, written };
}

/**
 * Runs the CLI in-process on the real file system (directory walks, links, FIFOs), capturing its output;
 * `over` replaces members of the I/O (an injected failure, say).
 */
export function runOnDisk(args: string[], over: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...nodeIo,
    stderrIsTTY: false,
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    ...over,
  };
  const code = runCli(args, io, '0.0.0-test');
  return { code, stdout, stderr };
}

export const SAMPLE_PLAN = 'samples/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
export const SAMPLE_ACTUAL = 'samples/UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV';
export const SAMPLE_V3 = 'samples/UPPLAN_202503_1370000001_1310000002_20250225170512.CSV';
