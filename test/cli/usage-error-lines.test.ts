import { describe, expect, it } from 'vitest';
import { run } from './harness.js';

describe('a usage error of several lines is printed as lines', () => {
  it('keeps the line breaks of the argument parser message and escapes nothing else away', () => {
    const { code, stderr } = run(['validate', '--max-issues', '-1', 'samples']);
    expect(code).toBe(2);
    const first = stderr.split('\n\n')[0] ?? '';
    expect(first).not.toContain('\\n');
    expect(first.split('\n').length).toBeGreaterThan(1);
    expect(first.startsWith('careplan-csv: ')).toBe(true);
  });

  it('still escapes control characters inside each line', () => {
    const { code, stderr } = run(['no\u001b[31mcommand']);
    expect(code).toBe(2);
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('\\x1b');
  });
});
