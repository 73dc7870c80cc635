import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { printable } from '../../src/cli/format.js';
import { nodeIo, runCli } from '../../src/cli/main.js';
import { run } from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'careplan-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Control characters, DEL, C1, the line separators and the bidi controls, as an escaped name shows them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('text output escapes control characters in every name it prints', () => {
  it('printable escapes C0, DEL, C1, line separators and bidi controls, and nothing else', () => {
    expect(printable('a\nb\r\tc\u001b[31md\u007f\u0085\u2028\u202e日本.CSV')).toBe('a\\nb\\r\\tc\\x1b[31md\\x7f\\x85\\u2028\\u202e日本.CSV');
    expect(printable('dir/UPPLAN_202505.CSV')).toBe('dir/UPPLAN_202505.CSV');
  });

  it('a newline or an ANSI escape in a file name cannot forge an issue line (harness)', () => {
    const name = 'x\u001b[2K\nfake.CSV:1:1: error forged\n/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    const r = run(['validate', '--units', name], { [name]: '202407,1\r\n' });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(6); // three issues, the unit line and two summary lines
    expect(lines[0]).toMatch(/^x\\x1b\[2K\\nfake\.CSV:1:1: error forged\\n\/UPPLAN_.*:1: error csv\.columnCount/);
    expect(r.stdout).not.toMatch(RAW);
  });

  it('related.file, withdrawal lines and skipped entries too (a directory name with control characters)', () => {
    const dir = join(root, 'evil\u001b]0;owned\u0007\ndir');
    for (const sub of ['kyotaku', 'yobo']) mkdirSync(join(dir, sub), { recursive: true });
    for (const f of readdirSync('samples').filter((n) => n.endsWith('.CSV'))) {
      copyFileSync(join('samples', f), join(dir, /_46_/.test(f) ? 'yobo' : 'kyotaku', f));
    }
    const t7 = join(dir, 'kyotaku', 'UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    const records = parse(readFileSync(t7), { kind: 'table7' }).records.map((rec) =>
      rec.insuredNumber === 'H000000012' ? { ...rec, insuredNumber: '0000999999' } : rec,
    );
    writeFileSync(t7, serialize('table7', records).bytes as Uint8Array);
    writeFileSync(join(dir, 'UPKIHON_IMAGE_x.JPEG'), '');
    let stdout = '';
    let stderr = '';
    const io = { ...nodeIo, stderrIsTTY: false, stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t) };
    expect(runCli(['validate', dir], io, 'x')).toBe(1);
    expect(stdout).toContain('(→ ');
    expect(stdout).toContain(' 取り下げ ');
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain('evil\\x1b]0;owned\\x07\\ndir');
    expect(stderr).not.toMatch(RAW);
  });
});
