import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

// A trailing empty line is a warning (csv.emptyLine); with "units": true the unit misses two files (two
// unit.memberMissing warnings).
const NAME = '/v/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const WARNED = Uint8Array.from([...readFileSync(SAMPLE_PLAN), 0x0d, 0x0a]);
const CONFIG = '/v/project/careplan-csv.config.json';
const cwd = () => '/v/project/sub/dir';

describe('careplan-csv.config.json', () => {
  it('is found upward from the working directory, and its settings apply', () => {
    const r = run(['validate', NAME], { [NAME]: WARNED, [CONFIG]: '{"locale": "en", "format": "json", "maxWarnings": 0, "units": true}' }, { cwd });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.warnings).toBe(1);
    expect(r.stderr).toBe('careplan-csv: too many warnings (3; at most 0: --max-warnings)\n');
  });

  it('flags override the config file', () => {
    const files = { [NAME]: WARNED, [CONFIG]: '{"locale": "en", "format": "json", "maxWarnings": 0}' };
    const r = run(['validate', '--format', 'text', '--locale', 'ja', '--max-warnings', '3', NAME], files, { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 ファイル: エラー 0 件、警告 1 件');
  });

  it('--config PATH is used instead, and --no-config reads none', () => {
    const files = { [NAME]: WARNED, [CONFIG]: '{"format": "json"}', '/elsewhere/c.json': '{"locale": "en"}' };
    expect(run(['validate', '--config', '/elsewhere/c.json', NAME], files, { cwd }).stdout).toContain('1 file(s): 0 error(s), 1 warning(s)');
    expect(run(['validate', '--no-config', NAME], files, { cwd }).stdout).toContain('1 ファイル');
    const missing = run(['validate', '--config', '/elsewhere/none.json', '--locale', 'en', NAME], files, { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('careplan-csv: cannot read the config file /elsewhere/none.json (ENOENT)\n');
  });

  it('an unknown key, a wrong type or a bad value is a usage error naming the key', () => {
    const bad = (config: string) => run(['validate', '--locale', 'en', NAME], { [NAME]: WARNED, [CONFIG]: config }, { cwd });
    let r = bad('{"quite": true}');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: config file ${CONFIG}: unknown setting "quite" (did you mean "quiet"?)`);
    r = bad('{"includeValues": "yes"}');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: config file ${CONFIG}: "includeValues" must be true or false`);
    r = bad('{"format": "xml"}');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: "format" (${CONFIG}) must be one of text, json, html (got xml)`);
    r = bad('{"maxRecords": 0}');
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: "maxRecords" (${CONFIG}) must be a whole number of at least 1`);
    r = bad('{"format": "json",\n "quiet": tru}');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: the config file ${CONFIG} is not valid JSON (line 2, column 11)`);
    r = bad('[]');
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: the config file ${CONFIG} is not a JSON object {…}`);
  });

  it('the messages of a bad config file are Japanese by default', () => {
    const r = run(['validate', NAME], { [NAME]: WARNED, [CONFIG]: '{"quite": true}' }, { cwd });
    expect(r.stderr.split('\n')[0]).toBe(`careplan-csv: 設定ファイル ${CONFIG}: "quite" という設定はありません（もしかして "quiet"？）`);
  });
});
