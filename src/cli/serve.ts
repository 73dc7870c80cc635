/**
 * `careplan-csv serve`: a small HTTP validation service on Node's own `http`, for a vendor's upload
 * endpoint to call as a sidecar (not a national relay): `POST /validate?name=FILE` streams the body into a
 * {@link createValidationPool validation pool} and answers the JSON result; `GET /health`. Every request
 * is bounded in size, in idle time and in total time; nothing of a file (not even its name) is logged.
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { validate, type ValidateResult } from '../api.js';
import type { Profile, RuleOverrides } from '../issues/profiles.js';
import type { Locale } from '../issues/locales/index.js';
import { isKind } from '../kinds.js';
import type { ParseOptions, ReadLimits } from '../options.js';
import { PoolQueueFullError, type PoolTaskOptions, type ValidationPool } from '../pool/index.js';
import { createPool, stoppedResult } from '../pool/pool.js';
import { validateReport } from '../report/data.js';
import { REPORT_CSP, renderHtmlReport } from '../report/html.js';
import { bool, count, given, type ConfigValues, type Parsed } from './args.js';
import type { CliIo } from './io.js';
import { messagesFor } from './messages/index.js';

/** Options of {@link createValidationServer}. */
export interface ValidationServerOptions {
  /** Worker threads of the pool (default: the number of CPUs). */
  readonly workers?: number;
  /** Most milliseconds to read and validate one upload (default 2000): then the report says `limit.deadline`. */
  readonly deadlineMs?: number;
  /** Largest body in bytes (default 32 MiB): a larger declared body gets 413 at once, a larger sent one `limit.fileBytes`. */
  readonly maxBodyBytes?: number;
  /** Most milliseconds without a byte of the body before the request is answered 408 (default 10,000). */
  readonly idleMs?: number;
  /** Most milliseconds for the whole request (default 30,000): then 408. */
  readonly totalMs?: number;
  /** Uploads waiting for a worker before 503 (default 64 per worker). */
  readonly maxQueue?: number;
  /**
   * Read limits of every upload besides the body size. Default `maxErrors: 100` (fail fast: an upload of
   * bad bytes stops there instead of holding a worker until its deadline); give `maxErrors: Infinity` for
   * every error.
   */
  readonly limits?: ReadLimits;
  /** Message language of the issues (default `ja`). */
  readonly locale?: Locale;
  /** The profile every upload is checked with (default: the library's, `standard`) and per-code overrides. */
  readonly profile?: Profile;
  readonly rules?: RuleOverrides;
  /** The JIS X 0213 readiness check on every upload (`checkJisX0213`). */
  readonly checkJisX0213?: boolean;
  /** One line per request (status, bytes, milliseconds, counts; never a value or a name). Default: none. */
  readonly log?: (line: string) => void;
}

/** A running service (see {@link createValidationServer}). */
export interface ValidationServer {
  readonly server: Server;
  readonly pool: ValidationPool;
  /** Stops accepting, lets the requests in progress finish (at most `graceMs`), then stops the pool. */
  close(graceMs?: number): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Answers JSON: the head given as one flat list (no header object to walk), the text in one `end` (Node
 * writes a string body with the head in one piece).
 */
function send(res: ServerResponse, status: number, body: unknown, extra: readonly string[] = []): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, ['content-type', JSON_TYPE, 'content-length', String(Buffer.byteLength(text)), 'cache-control', 'no-store', ...extra]);
  res.end(text);
}

/** Answers 200 with an HTML page, under the page's own policy (nothing may be loaded) as a header too. */
function sendHtml(res: ServerResponse, html: string): void {
  if (res.headersSent) return;
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
    'content-security-policy': REPORT_CSP,
    'x-content-type-options': 'nosniff',
  });
  res.end(html);
}

/** The HTML report of one uploaded file (`format=html`): the file alone, no send-unit checks. */
function htmlReport(name: string | null, result: ValidateResult, locale: Locale): string {
  const file = { file: name ?? '-', kind: result.kind, month: null, result };
  const report = validateReport({ units: [], ungrouped: [file], ok: result.ok, errorCount: result.errorCount, warningCount: result.warningCount });
  return renderHtmlReport(report, { locale });
}

/**
 * The request body as an async iterable that never destroys the request when the reader stops early
 * (so that the answer can still be sent), and fails when no byte comes for `idleMs`.
 */
function bodyOf(req: IncomingMessage, idleMs: number, seen: { bytes: number }): AsyncIterable<Uint8Array> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
      let ended = false;
      let failure: Error | null = null;
      let wake: (() => void) | null = null;
      const notify = (): void => {
        const w = wake;
        wake = null;
        w?.();
      };
      const onEnd = (): void => {
        ended = true;
        notify();
      };
      const onError = (e: Error): void => {
        failure = e;
        notify();
      };
      const onClose = (): void => {
        if (!ended && failure === null) failure = new HttpError(400, 'the upload was cut short');
        notify();
      };
      req.on('readable', notify);
      req.on('end', onEnd);
      req.on('error', onError);
      req.on('close', onClose);
      const cleanup = (): void => {
        req.off('readable', notify);
        req.off('end', onEnd);
        req.off('error', onError);
        req.off('close', onClose);
      };
      return {
        async next(): Promise<IteratorResult<Uint8Array>> {
          for (;;) {
            const chunk = req.read() as Buffer | null;
            if (chunk !== null) {
              seen.bytes += chunk.length;
              return { value: chunk, done: false };
            }
            if (failure !== null) {
              cleanup();
              throw failure;
            }
            if (ended || req.readableEnded) {
              cleanup();
              return { value: undefined, done: true };
            }
            await new Promise<void>((resolve, reject) => {
              const timer = setTimeout(() => {
                wake = null;
                reject(new HttpError(408, `no data for ${idleMs} ms`));
              }, idleMs);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            }).catch((e: Error) => {
              cleanup();
              throw e;
            });
          }
        },
        async return(): Promise<IteratorResult<Uint8Array>> {
          cleanup();
          return { value: undefined, done: true };
        },
      };
    },
  };
}

/** A body declared (Content-Length) at most this long is read here whole, then validated as bytes. */
export const SMALL_BODY_BYTES = 64 * 1024;

/**
 * Reads a body of a declared `size` (at most {@link SMALL_BODY_BYTES}) into one buffer of that size, with
 * plain listeners (no async iteration per piece, no AbortController): the bytes, or `'stop'` when `stopAt`
 * (the deadline or the total time, whichever comes first) is reached before the body has come. Fails when
 * no byte comes for `idleMs` (408) or the upload is cut short (400). The request is never destroyed here
 * (see {@link drain}).
 */
function readSmallBody(req: IncomingMessage, size: number, idleMs: number, stopAt: number, seen: { bytes: number }): Promise<Uint8Array | 'stop'> {
  return new Promise((resolve, reject) => {
    const buf = new Uint8Array(size);
    let at = 0;
    const onData = (chunk: Buffer): void => {
      seen.bytes += chunk.length;
      // The HTTP parser never gives more than the declared length; kept bounded all the same.
      const n = Math.min(chunk.length, size - at);
      buf.set(n === chunk.length ? chunk : chunk.subarray(0, n), at);
      at += n;
      idle.refresh();
    };
    const onEnd = (): void => {
      cleanup();
      resolve(at === size ? buf : buf.subarray(0, at));
    };
    const onError = (e: Error): void => {
      cleanup();
      reject(e);
    };
    const onClose = (): void => {
      cleanup();
      reject(new HttpError(400, 'the upload was cut short'));
    };
    const idle = setTimeout(() => {
      cleanup();
      reject(new HttpError(408, `no data for ${idleMs} ms`));
    }, idleMs);
    const stop = setTimeout(
      () => {
        cleanup();
        resolve('stop');
      },
      Math.max(0, stopAt - Date.now()),
    );
    function cleanup(): void {
      clearTimeout(idle);
      clearTimeout(stop);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * The path and the query of a request's target, split by hand for the two paths served (a `URL` per request
 * cost more than the rest of the routing); the query is decoded by URLSearchParams, as `URL` decodes it.
 * Any other target (a fragment, an absolute URL, `*`, another path) goes through `URL`.
 */
function target(raw: string): { path: string; query: URLSearchParams | null } {
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  if ((path === '/validate' || path === '/health') && !raw.includes('#')) {
    return { path, query: q < 0 ? null : new URLSearchParams(raw.slice(q + 1)) };
  }
  const url = new URL(raw, 'http://localhost');
  return { path: url.pathname, query: url.searchParams };
}

/**
 * After an answer sent before the whole body was read: reads (and drops) the rest for a while so that the
 * client sees the answer rather than a reset, then closes the connection if the body has not ended.
 */
function drain(req: IncomingMessage): void {
  if (req.readableEnded || req.destroyed) return;
  req.resume();
  const timer = setTimeout(() => req.destroy(), 2000);
  timer.unref();
  req.once('end', () => clearTimeout(timer));
}

/** Starts nothing: creates the pool and an HTTP server (call `server.listen`). */
export function createValidationServer(options: ValidationServerOptions = {}): ValidationServer {
  const maxBody = options.maxBodyBytes ?? 32 * 2 ** 20;
  const idleMs = options.idleMs ?? 10_000;
  const totalMs = options.totalMs ?? 30_000;
  const locale = options.locale ?? 'ja';
  const log = options.log;
  const reading = {
    locale,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.rules === undefined ? {} : { rules: options.rules }),
    ...(options.checkJisX0213 === true ? { checkJisX0213: true } : {}),
  };
  const deadlineMs = options.deadlineMs ?? 2000;
  const limits: ReadLimits = { maxErrors: 100, ...options.limits, maxFileBytes: maxBody };
  const pool = createPool({
    ...(options.workers === undefined ? {} : { size: options.workers }),
    deadlineMs,
    ...(options.maxQueue === undefined ? {} : { maxQueue: options.maxQueue }),
    limits,
  });
  /**
   * A small body read whole: validated by a free worker, or on this thread when none is free rather than
   * queued (measured: a small file costs less CPU here than its trip to a worker and back, and the work is
   * bounded: at most 64 KiB, under the same deadline and limits). A long upload always goes to the pool.
   * `pool.idle()` first takes the answers the workers have already sent: a worker that has finished is
   * free at once, not only when this thread (busy with many requests in one turn) has run their events;
   * without that the workers sat idle while this thread validated nearly every upload itself.
   */
  function validateSmall(body: Uint8Array, taskOptions: ParseOptions, stopAt: number): Promise<ValidateResult> | ValidateResult {
    const left = stopAt - Date.now();
    if (left <= 0) return stoppedResult({ ...limits, ...taskOptions }, 'limit.deadline');
    if (!pool.idle()) return validate(body, { ...limits, ...taskOptions, deadlineMs: left });
    return pool.validateOwned(body, { ...taskOptions, deadlineMs: left });
  }
  let active = 0;
  let closing = false;

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    seen: { bytes: number },
    path: string,
    query: URLSearchParams | null,
  ): Promise<{ status: number; result?: ValidateResult }> {
    if (path === '/health') {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'use GET');
      const { size, busy, queued, replaced } = pool.stats;
      send(res, closing ? 503 : 200, {
        status: closing ? 'closing' : 'ok',
        workers: size,
        busy,
        queued,
        replaced,
        active,
        rssBytes: process.memoryUsage.rss(),
      });
      return { status: closing ? 503 : 200 };
    }
    if (path !== '/validate') throw new HttpError(404, 'not found: POST /validate or GET /health');
    if (req.method !== 'POST') throw new HttpError(405, 'use POST');
    if (closing) throw new HttpError(503, 'shutting down');
    const format = query?.get('format') ?? 'json';
    if (format !== 'json' && format !== 'html') throw new HttpError(400, 'format must be json or html');
    const declared = Number(req.headers['content-length'] ?? Number.NaN);
    if (declared > maxBody) throw new HttpError(413, `the body is larger than ${maxBody} bytes`);
    const name = query?.get('name') ?? null;
    const kindParam = query?.get('kind') ?? null;
    const taskOptions: { -readonly [K in keyof PoolTaskOptions]: PoolTaskOptions[K] } = { ...reading };
    if (name !== null) taskOptions.fileName = name;
    if (kindParam !== null) {
      if (!isKind(kindParam)) throw new HttpError(400, 'unknown kind');
      taskOptions.kind = kindParam;
    }
    const now = Date.now();
    const deadlineAt = now + deadlineMs;
    const totalAt = now + totalMs;
    let result: ValidateResult;
    if (Number.isSafeInteger(declared) && declared >= 0 && declared <= SMALL_BODY_BYTES) {
      // A small body: no AbortController nor total-time timer of its own; the reading stops at the deadline
      // or the total time, whichever comes first, and so does the validation (its deadline is the same).
      const stopAt = Math.min(deadlineAt, totalAt);
      const body = await readSmallBody(req, declared, idleMs, stopAt, seen);
      if (body === 'stop') {
        if (totalAt <= deadlineAt) throw new HttpError(408, `the request took longer than ${totalMs} ms`);
        result = stoppedResult({ ...limits, ...taskOptions }, 'limit.deadline');
      } else result = await validateSmall(body, taskOptions, stopAt);
      if (Date.now() >= totalAt) throw new HttpError(408, `the request took longer than ${totalMs} ms`);
    } else {
      const total = new AbortController();
      const timer = setTimeout(() => total.abort(), totalMs);
      try {
        taskOptions.signal = total.signal;
        if (Number.isSafeInteger(declared) && declared >= 0) taskOptions.expectedBytes = declared;
        result = await pool.validate(bodyOf(req, idleMs, seen), taskOptions);
        if (total.signal.aborted) throw new HttpError(408, `the request took longer than ${totalMs} ms`);
      } finally {
        clearTimeout(timer);
      }
    }
    if (format === 'html') sendHtml(res, htmlReport(name, result, locale));
    else send(res, 200, result);
    return { status: 200, result };
  }

  const server = createServer((req, res) => {
    const started = performance.now();
    active++;
    const seen = { bytes: 0 };
    const { path, query } = target(req.url ?? '/');
    const finish = (status: number, result?: ValidateResult): void => {
      active--;
      drain(req);
      if (log === undefined) return;
      const ms = (performance.now() - started).toFixed(1);
      const counts =
        result === undefined ? '' : ` ok=${result.ok} errors=${result.errorCount} warnings=${result.warningCount} truncated=${result.truncated}`;
      log(`${req.method ?? '-'} ${path} ${status} ${seen.bytes}B ${ms}ms${counts}`);
    };
    handle(req, res, seen, path, query).then(
      ({ status, result }) => finish(status, result),
      (e: unknown) => {
        let status = 500;
        let message = 'internal error';
        if (e instanceof HttpError) {
          status = e.status;
          message = e.message;
        } else if (e instanceof PoolQueueFullError) {
          status = 503;
          message = 'busy: too many uploads waiting';
        }
        const extra: string[] = status === 503 ? ['retry-after', '1'] : [];
        // The rest of the body is read and dropped (see drain): the connection is not reused.
        if (!req.readableEnded) extra.push('connection', 'close');
        if (!res.destroyed) send(res, status, { error: message }, extra);
        finish(status);
      },
    );
  });
  server.requestTimeout = totalMs + 1000;
  server.headersTimeout = Math.min(10_000, totalMs);
  server.keepAliveTimeout = 5000;

  return {
    server,
    pool,
    async close(graceMs = 10_000) {
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await pool.close();
    },
  };
}

/**
 * The `serve` command (flags parsed by the CLI like every other command's: usage errors, help and
 * messages in the CLI's language): starts the service and returns 0 at once (the process lives on); a bad
 * value is a usage error (exit 2). SIGTERM and SIGINT stop it gracefully.
 */
export function runServe(
  p: Parsed,
  config: ConfigValues | null,
  locale: Locale,
  reading: { readonly profile?: Profile; readonly rules?: RuleOverrides; readonly checkJisX0213: boolean },
  io: CliIo,
): number {
  const m = messagesFor(locale);
  const num = (flag: string, min: number, max: number | null): number | undefined => {
    const g = given(p, flag, config);
    return g === undefined ? undefined : count(g, min, max);
  };
  const port = num('port', 0, 65535) ?? 8080; // 0: any free port
  const limits: { maxIssues?: number; maxErrors?: number } = {};
  const maxIssues = num('max-issues', 0, null);
  const maxErrors = num('max-errors', 0, null);
  if (maxIssues !== undefined) limits.maxIssues = maxIssues;
  if (maxErrors !== undefined) limits.maxErrors = maxErrors === 0 ? Number.POSITIVE_INFINITY : maxErrors;
  const opts: { -readonly [K in keyof ValidationServerOptions]: ValidationServerOptions[K] } = { locale, limits, ...reading };
  const set = (key: 'workers' | 'deadlineMs' | 'maxBodyBytes' | 'idleMs' | 'totalMs' | 'maxQueue', flag: string): void => {
    const v = num(flag, 1, key === 'maxBodyBytes' ? 2 ** 31 - 1 : null);
    if (v !== undefined) opts[key] = v;
  };
  set('workers', 'workers');
  set('deadlineMs', 'deadline-ms');
  set('maxBodyBytes', 'max-body-bytes');
  set('idleMs', 'idle-ms');
  set('totalMs', 'total-ms');
  set('maxQueue', 'max-queue');
  if (!bool(p, 'quiet', config)) opts.log = (line) => io.stderr(`${line}\n`);
  const hostFlag = p.flags.host;
  const host = typeof hostFlag === 'string' ? hostFlag : '127.0.0.1';
  const server = createValidationServer(opts);
  const say = (line: string): void => io.stderr(`careplan-csv ${line}\n`);
  server.server.on('error', (e: NodeJS.ErrnoException) => {
    say(m.serveCannotListen({ error: e.code ?? e.message }));
    process.exitCode = 2;
    void server.pool.close();
  });
  server.server.listen(port, host, () => {
    const a = server.server.address();
    say(m.serveListening({ url: `http://${host}:${typeof a === 'object' && a !== null ? a.port : port}` }));
  });
  const stop = (): void => {
    say(m.serveStopping({}));
    void server.close().then(() => say(m.serveStopped({})));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return 0;
}
