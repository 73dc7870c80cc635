// `careplan-csv serve --profile P --check-jisx0213`: every upload is checked with that profile and the
// readiness check, as in-process validate with the same options answers (the built bin, as test/cli/serve.test.ts).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/index.js';
import { SAMPLE_PLAN, startServe } from './harness.js';

const NAME = SAMPLE_PLAN.slice('samples/'.length);
// The sample with LF line ends: info under standard, an error under strict.
const lf = Buffer.from(Buffer.from(readFileSync(SAMPLE_PLAN)).toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
let child: ChildProcess;
let base = '';

beforeAll(async () => {
  ({ child, base } = await startServe(['--workers', '1', '--profile', 'strict', '--check-jisx0213']));
});

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('serve --profile strict --check-jisx0213', () => {
  it('answers what validate answers with the same profile and check', async () => {
    const res = await fetch(`${base}/validate?name=${NAME}`, { method: 'POST', body: lf });
    expect(res.status).toBe(200);
    const body = await res.json();
    const expected = validate(lf, { fileName: NAME, maxErrors: 100, locale: 'en', profile: 'strict', checkJisX0213: true });
    expect(body).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(body.ok).toBe(false);
    expect(body.issues.find((i: { code: string }) => i.code === 'csv.lineBreak')?.severity).toBe('error');
    // Under the default profile the same file is valid.
    expect(validate(lf, { fileName: NAME }).ok).toBe(true);
  });

  it('a profile that is not one is a usage error (exit 2)', async () => {
    const bad = spawn(process.execPath, ['dist/cli.js', 'serve', '--locale', 'en', '--port', '0', '--profile', 'strictest'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    bad.stderr?.on('data', (c: Buffer) => {
      err += c.toString();
    });
    const code = await new Promise<number | null>((resolve) => bad.once('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('strictest');
  });
});
