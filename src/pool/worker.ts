/**
 * The worker of the validation pool: validates what it is given, in-process, and posts the result.
 * Built as dist/pool-worker.js and dist/pool-worker.cjs (next to dist/pool.*).
 * @module
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { validate } from '../api.js';
import { normalizeParseOptions, type NormalizedParseOptions } from '../options.js';
import { ReadSession } from '../parse/read.js';
import { summary } from '../summary.js';
import { readUnitCsv } from '../units/validate-units.js';
import { readBatchFile } from './files.js';
import type { FromWorker, ToWorker, UnitFileOutcome } from './protocol.js';
import { stoppedResult } from './stopped.js';

/** The options of the CLI's `units` tasks (sent once). */
let unitOptions: NormalizedParseOptions | null = null;

/** The file being read in pieces, if any (one task at a time). */
let open: { readonly id: number; readonly session: ReadSession } | null = null;

/** Where the answers go: a port of their own, which the pool can read at once (see pool.ts, `poll`). */
const replies = (workerData as { replies?: MessagePort } | null)?.replies;

function post(reply: FromWorker): void {
  (replies ?? parentPort)?.postMessage(reply);
}

/** Ends the open file and posts its result. */
function finish(id: number): void {
  if (open === null || open.id !== id) return;
  const { session } = open;
  open = null;
  post({ id, result: summary(session.end()) });
}

function handle(m: ToWorker): void {
  switch (m.type) {
    case 'bytes': {
      if (m.deadlineAt === undefined) {
        post({ id: m.id, result: validate(m.bytes, m.options) });
        return;
      }
      // A batch task sent ahead: its deadline counts from the call, not from now.
      const left = m.deadlineAt - Date.now();
      post({ id: m.id, result: left > 0 ? validate(m.bytes, { ...m.options, deadlineMs: left }) : stoppedResult(m.options, 'limit.deadline') });
      return;
    }
    case 'units': {
      if (m.options !== null) unitOptions = m.options;
      const base = unitOptions as NormalizedParseOptions;
      const units: UnitFileOutcome[] = m.files.map((f) => {
        const file = readBatchFile(f.path, m.maxFileBytes);
        if (file === 'stream' || 'unreadable' in file) return file;
        return { read: f.plan === null ? null : readUnitCsv(file.bytes, { ...base, fileName: f.path }, f.plan) };
      });
      post({ id: m.id, units });
      return;
    }
    case 'open':
      open = { id: m.id, session: new ReadSession(normalizeParseOptions(m.options), null) };
      return;
    case 'chunk': {
      if (open === null || open.id !== m.id) return; // answered already (a limit was reached)
      open.session.write(m.bytes);
      // The reader needs nothing more (maxFileBytes, maxErrors, the deadline…): answer now.
      if (open.session.done) finish(m.id);
      else post({ id: m.id, ack: m.bytes.length });
      return;
    }
    case 'end':
      finish(m.id);
      return;
    case 'stop':
      if (open === null || open.id !== m.id) return;
      open.session.stopNow(m.code);
      finish(m.id);
      return;
    case 'cancel':
      if (open !== null && open.id === m.id) open = null;
      post({ id: m.id, cancelled: true });
      return;
  }
}

parentPort?.on('message', (m: ToWorker) => {
  try {
    handle(m);
  } catch (e) {
    // Misuse is checked before a task is posted: anything here is a bug, reported without the input.
    if (open !== null && open.id === m.id) open = null;
    post({ id: m.id, error: e instanceof Error ? `${e.name}: ${e.message}` : 'unknown error' });
  }
});
