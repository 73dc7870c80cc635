import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
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

/** The real file system, without the worker threads of `validate --jobs` (their file is in dist/ only). */
const { workers: _, ...diskIo } = nodeIo;

/**
 * Runs the CLI in-process (every file read in this thread) on the real file system (directory walks,
 * links, FIFOs), capturing its output; `over` replaces members of the I/O (an injected failure, say).
 */
export function runOnDisk(args: string[], over: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...diskIo,
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

/** A `careplan-csv serve` of the built bin, started with `args` (English messages, any free port). */
export interface StartedServe {
  readonly child: ChildProcess;
  /** `http://host:port`. */
  readonly base: string;
  /** Everything it has written to stderr so far (its log). */
  log(): string;
}

/** Starts `node dist/cli.js serve --locale en --port 0 ...args` and waits until it listens. */
export async function startServe(args: readonly string[]): Promise<StartedServe> {
  const child = spawn(process.execPath, ['dist/cli.js', 'serve', '--locale', 'en', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (c: Buffer) => {
      log += c.toString();
      const m = /listening on (http:\/\/[0-9.:]+)/.exec(log);
      if (m !== null) resolve(m[1] as string);
    });
    child.once('exit', () => reject(new Error(`serve exited: ${log}`)));
  });
  return { child, base, log: () => log };
}

/**
 * POSTs `head` with a Content-Length of `declared` and never finishes the body (a stalled upload), or hangs
 * up after 50 ms (`cut`); resolves with the answer, or status 0 when the connection failed without one.
 */
export function partialPost(url: string, head: Uint8Array, declared: number, cut = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-length': String(declared) } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.write(head);
    if (cut) setTimeout(() => req.destroy(), 50);
  });
}
