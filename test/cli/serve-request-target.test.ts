// `careplan-csv serve` reads the usual request target (`/validate?name=…`) without a URL per request: the
// query is decoded as URL decodes it, and any other form of target still goes through URL. A small upload
// has no total-time timer of its own: the total time still answers 408 (the built bin, as serve.test.ts).
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { partialPost, SAMPLE_PLAN, startServe } from './harness.js';

const NAME = SAMPLE_PLAN.slice('samples/'.length);
const plan = readFileSync(SAMPLE_PLAN);
let served: ChildProcess;
let short: ChildProcess;
let base = '';
let shortBase = '';

beforeAll(async () => {
  ({ child: served, base } = await startServe(['--workers', '1', '--quiet']));
  // The total time far shorter than the deadline and the idle time.
  ({ child: short, base: shortBase } = await startServe([
    '--workers',
    '1',
    '--quiet',
    '--total-ms',
    '300',
    '--deadline-ms',
    '5000',
    '--idle-ms',
    '20000',
  ]));
});

afterAll(() => {
  for (const c of [served, short]) if (c.exitCode === null) c.kill('SIGKILL');
});

/** A POST with `path` sent exactly as given (fetch would normalise it). */
function post(path: string, body: Uint8Array): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers: { 'content-length': body.length } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const expected = (fileName: string | undefined) =>
  JSON.parse(JSON.stringify(validate(plan, { ...(fileName === undefined ? {} : { fileName }), maxErrors: 100, locale: 'en' })));

describe('serve: request targets', () => {
  it('the query is decoded as URL decodes it (percent-escapes, +, repeated names: the first)', async () => {
    const escaped = NAME.replace('.CSV', '%2ECSV');
    for (const [path, fileName] of [
      [`/validate?name=${NAME}`, NAME],
      [`/validate?name=${escaped}&format=json`, NAME],
      [`/validate?format=json&name=${NAME}&name=other.CSV`, NAME],
      [`/validate?name=a+b.CSV`, 'a b.CSV'],
      ['/validate', undefined],
      ['/validate?', undefined],
    ] as const) {
      const r = await post(path, plan);
      expect([path, r.status]).toEqual([path, 200]);
      expect(JSON.parse(r.body)).toEqual(expected(fileName));
    }
  });

  it('other forms of target go through URL: dot segments, an absolute URL, a fragment', async () => {
    const { host } = new URL(base);
    for (const path of [`/x/../validate?name=${NAME}`, `http://${host}/validate?name=${NAME}`, `/validate?name=${NAME}#part`]) {
      const r = await post(path, plan);
      expect([path, r.status]).toEqual([path, 200]);
      expect(JSON.parse(r.body)).toEqual(expected(NAME));
    }
    expect((await post('/validate/?name=x', plan)).status).toBe(404);
    expect((await post('/validate?kind=nope', plan)).status).toBe(400);
  });

  it('a small upload that stalls past the total time is answered 408', async () => {
    const r = await partialPost(`${shortBase}/validate?name=${NAME}`, plan.subarray(0, 100), plan.length);
    expect(r.status).toBe(408);
    expect(JSON.parse(r.body).error).toMatch(/took longer than 300 ms/);
  });
});
