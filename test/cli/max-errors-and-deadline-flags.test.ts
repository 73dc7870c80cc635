import { describe, expect, it } from 'vitest';
import { run } from './harness.js';

const NAME = 'x/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
// Ten records with a column-count error each.
const BAD = '202407,1\r\n'.repeat(10);

describe('--max-errors and --deadline-ms (the library options maxErrors and deadlineMs as flags and config keys)', () => {
  it('--max-errors N stops reading a file at N errors (limit.errors); 0 reads all', () => {
    const all = JSON.parse(run(['validate', '--format', 'json', NAME], { [NAME]: BAD }).stdout).files[0];
    expect(all.errors).toBe(10);
    const two = JSON.parse(run(['validate', '--format', 'json', '--max-errors', '2', NAME], { [NAME]: BAD }).stdout).files[0];
    expect(two.errors).toBe(2);
    expect(two.issues.map((i: { code: string }) => i.code)).toContain('limit.errors');
    const zero = JSON.parse(run(['validate', '--format', 'json', '--max-errors', '0', NAME], { [NAME]: BAD }).stdout).files[0];
    expect(zero.errors).toBe(10);
    const config = run(['validate', '--format', 'json', '--config', 'c.json', NAME], { [NAME]: BAD, 'c.json': '{"maxErrors": 3}' });
    expect(JSON.parse(config.stdout).files[0].errors).toBe(3);
    expect(run(['to-json', '--max-errors', '1', NAME], { [NAME]: BAD }).stderr).toContain('limit.errors');
  });

  it('--deadline-ms N is taken (a generous deadline changes nothing) and checked', () => {
    const r = run(['validate', '--format', 'json', '--deadline-ms', '60000', NAME], { [NAME]: BAD });
    expect(JSON.parse(r.stdout).files[0].errors).toBe(10);
    expect(run(['validate', '--deadline-ms', '0', NAME], { [NAME]: BAD }).code).toBe(2);
    expect(run(['validate', '--config', 'c.json', NAME], { [NAME]: BAD, 'c.json': '{"deadlineMs": 60000}' }).code).toBe(1);
    expect(run(['validate', '--help']).stdout).toContain('--deadline-ms N');
  });
});
