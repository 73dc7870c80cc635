import { describe, expect, it } from 'vitest';
import { localeFromEnv } from '../../src/cli/args.js';
import { run, SAMPLE_PLAN } from './harness.js';

describe('the locale: --locale, else the config file, else LC_ALL / LC_MESSAGES / LANG, else Japanese', () => {
  it('LANG=en_US.UTF-8 gives English, ja_JP Japanese, C or nothing Japanese', () => {
    expect(run(['validate', SAMPLE_PLAN], {}, { env: { LANG: 'en_US.UTF-8' } }).stdout).toContain('1 file(s): 0 error(s)');
    expect(run(['validate', SAMPLE_PLAN], {}, { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toContain('1 ファイル: エラー 0 件');
    expect(run(['validate', SAMPLE_PLAN], {}, { env: { LANG: 'C.UTF-8' } }).stdout).toContain('1 ファイル');
    expect(run(['validate', SAMPLE_PLAN], {}, { env: {} }).stdout).toContain('1 ファイル');
  });

  it('LC_ALL comes before LC_MESSAGES, which comes before LANG; --locale before them all', () => {
    expect(localeFromEnv({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US' })).toBe('ja');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'ja_JP' })).toBe('en');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LANG: 'POSIX' })).toBeUndefined();
    expect(run(['validate', '--locale', 'ja', SAMPLE_PLAN], {}, { env: { LC_ALL: 'en_US.UTF-8' } }).stdout).toContain('1 ファイル');
  });

  it('usage errors follow LANG too', () => {
    expect(run(['validate'], {}, { env: { LANG: 'en_US.UTF-8' } }).stderr).toMatch(/^careplan-csv: validate needs at least one DIR or FILE\n/);
    expect(run(['validate'], {}, { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toMatch(
      /^careplan-csv: validate には DIR か FILE を 1 つ以上指定します\n/,
    );
  });
});
