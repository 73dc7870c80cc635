// `careplan-csv serve`: a small body with a Content-Length is read whole and validated by a free worker,
// or on the server's own thread when no worker is free. Either way the answer is that of in-process validate,
// and the deadline, the idle time and a cut upload behave as for any upload (the built bin, as serve.test.ts).
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { partialPost, SAMPLE_PLAN, startServe } from './harness.js';

const NAME = SAMPLE_PLAN.slice('samples/'.length);
const plan = readFileSync(SAMPLE_PLAN);
const samples = readdirSync('samples')
  .filter((f) => f.endsWith('.CSV'))
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(`samples/${name}`)) }));
// Files with issues too: LF line ends, a cut record, bytes that are not MS932.
const broken = [
  { name: NAME, bytes: new Uint8Array(Buffer.from(plan.toString('latin1').replaceAll('\r\n', '\n'), 'latin1')) },
  { name: NAME, bytes: new Uint8Array(plan.subarray(0, plan.length - 7)) },
  { name: NAME, bytes: new Uint8Array(Array.from({ length: 9000 }, (_, i) => (i * 131 + 7) & 0xff)) },
];

let one: ChildProcess;
let quick: ChildProcess;
let base = '';
let quickBase = '';

beforeAll(async () => {
  // One worker: with eight uploads at once, most find it busy and are validated on the server's thread.
  ({ child: one, base } = await startServe(['--workers', '1', '--quiet']));
  // A deadline far shorter than the idle time.
  ({ child: quick, base: quickBase } = await startServe(['--workers', '1', '--quiet', '--deadline-ms', '300', '--idle-ms', '20000']));
});

afterAll(() => {
  for (const c of [one, quick]) if (c.exitCode === null) c.kill('SIGKILL');
});

describe('serve: small bodies', () => {
  it('every answer equals in-process validate, eight uploads at once against one worker', async () => {
    const files = [...samples, ...broken];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        files.map(async (f) => {
          const res = await fetch(`${base}/validate?name=${f.name}`, { method: 'POST', body: f.bytes });
          return { status: res.status, body: await res.json() };
        }),
      );
      answers.forEach((a, i) => {
        const f = files[i] as { name: string; bytes: Uint8Array };
        expect(a.status).toBe(200);
        expect(a.body).toEqual(JSON.parse(JSON.stringify(validate(f.bytes, { fileName: f.name, maxErrors: 100, locale: 'en' }))));
      });
    }
  });

  it('a small upload that stalls gets limit.deadline at the deadline (not 408 at the idle time)', async () => {
    const r = await partialPost(`${quickBase}/validate?name=${NAME}`, plan.subarray(0, 100), plan.length);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.truncated).toBe(true);
    expect(body.issues.map((i: { code: string }) => i.code)).toContain('limit.deadline');
  });

  it('a small upload cut short leaves the service answering', async () => {
    await partialPost(`${base}/validate?name=${NAME}`, plan.subarray(0, 100), plan.length, true);
    const res = await fetch(`${base}/validate?name=${NAME}`, { method: 'POST', body: plan });
    expect(res.status).toBe(200);
    expect((await res.json()).ok).toBe(true);
    const health = await (await fetch(`${base}/health`)).json();
    expect(health.active).toBe(1); // the health request itself: the cut upload was let go
  });
});
