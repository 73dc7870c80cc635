import { describe, expect, it } from 'vitest';
import { FLAGS, COMMANDS } from '../../src/cli/args.js';
import { run } from './harness.js';

describe('help of each command, in Japanese and English', () => {
  for (const command of COMMANDS) {
    it(`${command} --help prints the command's help (exit 0), Japanese by default`, () => {
      const ja = run([command, '--help']);
      expect(ja.code).toBe(0);
      expect(ja.stderr).toBe('');
      expect(ja.stdout).toMatch(new RegExp(`^使い方: careplan-csv ${command} `));
      expect(ja.stdout).toContain('オプション:');
      const en = run([command, '--help', '--locale', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(new RegExp(`^Usage: careplan-csv ${command} `));
      expect(en.stdout).toContain('Options:');
      // `-h` and `help COMMAND` say the same.
      expect(run([command, '-h']).stdout).toBe(ja.stdout);
      expect(run(['help', command]).stdout).toBe(ja.stdout);
    });

    it(`${command} --help names every flag of the command, in both languages`, () => {
      for (const locale of ['ja', 'en']) {
        const text = run([command, '--help', '--locale', locale]).stdout;
        for (const flag of Object.keys(FLAGS[command])) expect(text, `${locale} --${flag}`).toContain(`--${flag}`);
      }
    });
  }

  it('--help wins over other flags, even unknown ones (never a raw argument-parser error)', () => {
    const r = run(['validate', '--nope', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^使い方: careplan-csv validate/);
  });

  it('the main help follows LANG', () => {
    expect(run(['--help'], {}, { env: { LANG: 'en_US.UTF-8' } }).stdout).toMatch(/^careplan-csv — .*\n\nUsage:/);
    expect(run(['--help'], {}, { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toMatch(/\n\n使い方:/);
  });
});
