// The checked-in table is exactly what scripts/gen-ms932.mjs generates (re-running changes nothing).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MS932_DOUBLE_BYTE_TABLE, MS932_TABLE_LEADS, MS932_TABLE_MAPPED } from '../../src/encoding/ms932-table.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generated MS932 table', () => {
  it('is up to date with scripts/gen-ms932.mjs', () => {
    const out = execFileSync(process.execPath, ['scripts/gen-ms932.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('up to date');
  });

  it('has the documented shape: 50 lead rows × 188 trails, 7724 mapped codes, no 外字 rows', () => {
    expect(MS932_TABLE_LEADS.length).toBe(50);
    expect(MS932_TABLE_LEADS.some((b) => b >= 0xf0 && b <= 0xf9)).toBe(false);
    expect(MS932_DOUBLE_BYTE_TABLE.length).toBe(Math.ceil((50 * 188 * 2) / 3) * 4);
    expect(MS932_TABLE_MAPPED).toBe(7724);
  });
});
