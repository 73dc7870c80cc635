import { describe, expect, it } from 'vitest';
import { run } from './harness.js';

describe('I/O errors are localised', () => {
  it('a file that cannot be read, in Japanese and in English', () => {
    for (const command of [
      ['to-json', 'no/such.CSV'],
      ['from-json', 'no/such.json', '-o', 'o.CSV'],
    ]) {
      const ja = run(command);
      expect(ja.code).toBe(2);
      expect(ja.stderr).toBe(`careplan-csv: no/such.${command[0] === 'to-json' ? 'CSV' : 'json'} を読めません（ENOENT）\n`);
      const en = run([...command, '--locale', 'en']);
      expect(en.code).toBe(2);
      expect(en.stderr).toBe(`careplan-csv: cannot read no/such.${command[0] === 'to-json' ? 'CSV' : 'json'} (ENOENT)\n`);
    }
  });

  it('a file that cannot be written', () => {
    const json = JSON.stringify({ kind: 'table6Plan', records: [] });
    const fail = () => {
      throw Object.assign(new Error('no room'), { code: 'ENOSPC' });
    };
    const r = run(['from-json', 'in.json', '-o', 'out.CSV', '--allow-invalid'], { 'in.json': json }, { writeFile: fail });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('careplan-csv: out.CSV に書けません（ENOSPC）\n');
  });
});
