import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { partialPost, SAMPLE_PLAN, type StartedServe, startServe } from './harness.js';

// `npm test` builds first: the built bin is served, with its pool's worker files from dist.
const NAME = SAMPLE_PLAN.slice('samples/'.length);
const bytes = readFileSync(SAMPLE_PLAN);
let served: StartedServe;
let child: ChildProcess;
let base = '';

beforeAll(async () => {
  served = await startServe(['--workers', '1', '--idle-ms', '200', '--max-body-bytes', '100000']);
  child = served.child;
  base = served.base;
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('careplan-csv serve (the built bin)', () => {
  it('POST /validate answers the JSON result of validate', async () => {
    const res = await fetch(`${base}/validate?name=${NAME}`, { method: 'POST', body: bytes });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(validate(bytes, { fileName: NAME, maxErrors: 100 }))));
  });

  it("format=html answers the HTML report of the file in the server's language, under its Content-Security-Policy", async () => {
    const res = await fetch(`${base}/validate?name=${NAME}&format=html`, { method: 'POST', body: bytes });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-/);
    const html = await res.text();
    // The server runs with --locale en: the report is in English.
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<span class="name">${NAME}</span>`);
    expect(html).toContain('<span class="verdict v-valid">✓ Passed</span>');
    expect((await fetch(`${base}/validate?format=xml`, { method: 'POST', body: bytes })).status).toBe(400);
  });

  it('GET /health, 404, 405, 413 for a declared body over the limit', async () => {
    const health = await fetch(`${base}/health`);
    expect([health.status, (await health.json()).status]).toEqual([200, 'ok']);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/validate`)).status).toBe(405);
    const big = await fetch(`${base}/validate?name=${NAME}`, { method: 'POST', body: new Uint8Array(200_000) });
    expect(big.status).toBe(413);
  });

  it('a stalled upload is answered 408 after the idle time', async () => {
    const r = await partialPost(`${base}/validate?name=${NAME}`, bytes.subarray(0, 100), 100 + 1000);
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).error).toMatch(/no data/);
  });

  it('logs no value and no file name; stops gracefully on SIGTERM', async () => {
    expect(served.log()).toMatch(/POST \/validate 200 /);
    expect(served.log()).not.toContain(NAME);
    expect(served.log()).not.toContain('1370000001');
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(served.log()).toMatch(/stopped/);
  });
});
