import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { SAMPLE_PLAN } from './harness.js';

// `npm test` builds first, so the published bin is what is tested here.
describe('the built bin (dist/cli.js)', () => {
  it('exists after the build and prints its version', () => {
    expect(existsSync('dist/cli.js')).toBe(true);
    expect(execFileSync(process.execPath, ['dist/cli.js', '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it('validates a sample with exit 0 and a bad path with exit 2', () => {
    expect(spawnSync(process.execPath, ['dist/cli.js', 'validate', SAMPLE_PLAN]).status).toBe(0);
    expect(spawnSync(process.execPath, ['dist/cli.js', 'validate', 'nope.CSV']).status).toBe(2);
  });
});
