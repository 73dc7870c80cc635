// `validate -o FILE` writes the report (any format) to FILE instead of stdout, once complete; a file that
// cannot be written is an I/O error (exit 2) in the user's language.
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { run, SAMPLE_PLAN } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'careplan-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withNodeIo(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, { ...nodeIo, env: {}, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) }, '9.9.9');
  return { code, stdout, stderr };
}

describe('validate -o FILE', () => {
  it('writes the HTML report to FILE, nothing to stdout', () => {
    const out = join(dir, 'report.html');
    const r = withNodeIo(['validate', '--format', 'html', '-o', out, '--no-config', SAMPLE_PLAN]);
    expect(r).toMatchObject({ stdout: '', stderr: '' });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('careplan-csv 9.9.9');
    expect(readdirSync(dir).filter((n) => n.includes('.partial-'))).toEqual([]);
  });

  it('--out works for JSON too, the same document as on stdout', () => {
    const out = join(dir, 'report.json');
    const r = withNodeIo(['validate', '--format', 'json', '--out', out, '--no-config', SAMPLE_PLAN]);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(run(['validate', '--format', 'json', SAMPLE_PLAN]).stdout);
  });

  it('a FILE that cannot be written: exit 2, a localised message, nothing left behind', () => {
    const out = join(dir, 'no-such-dir', 'report.html');
    const r = withNodeIo(['validate', '--format', 'html', '-o', out, '--no-config', SAMPLE_PLAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`careplan-csv: ${out} に書けません（ENOENT）\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('without openWrite the report is gathered and written once (the I/O of the tests)', () => {
    const r = run(['validate', '--format', 'html', '-o', 'r.html', SAMPLE_PLAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(new TextDecoder().decode(r.written['r.html'])).toContain('✓ 合格');
  });
});
