import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOnDisk, SAMPLE_PLAN } from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'careplan-image-names-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('validate DIR: a name the walk takes for a family image but the library does not accept', () => {
  it('becomes a file.nameInvalid issue; the other files are still reported (no TypeError)', () => {
    const dir = join(root, 'd');
    mkdirSync(dir);
    copyFileSync(SAMPLE_PLAN, join(dir, 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'));
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]);
    writeFileSync(join(dir, 'UPKIHON_IMAGE_x.JPEG'), jpeg);
    writeFileSync(join(dir, 'upkihon_image_1370000001_46_1310000002_A2_20250415093000_0001.jpg'), jpeg);
    const r = runOnDisk(['validate', '--locale', 'en', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${join(dir, 'UPKIHON_IMAGE_x.JPEG')}: error file.nameInvalid`);
    expect(r.stdout).toContain(`${join(dir, 'upkihon_image_1370000001_46_1310000002_A2_20250415093000_0001.jpg')}: error file.nameInvalid`);
    expect(r.stdout).toContain('3 file(s):');
    expect(r.stderr).toBe('');
    const json = JSON.parse(runOnDisk(['validate', '--format', 'json', dir]).stdout);
    expect(json.files.map((f: { file: string }) => f.file)).toHaveLength(3);
  });
});
