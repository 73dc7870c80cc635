import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { FILE_NAME_PROBLEM_CODES } from '../../src/filename/types.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const BYTES = ms932(recordsText([validRecord()]));
const V4 = 'UPPLAN_<YYYYMM>_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>.CSV';
const V3 = 'UPPLAN_<YYYYMM>_<送信元事業所番号>_<送信先事業所番号>_<ファイル連番>.CSV';
/** The pattern as English messages give it (params keep the spec's words). */
const V4_EN =
  'UPPLAN_<YYYYMM>_<sender office number>_<sender service type>_<receiver office number>_<receiver service type>_<file serial YYYYMMDDHHMMSS>.CSV';

function nameIssues(fileName: string, locale: 'ja' | 'en' = 'ja', kind?: 'table6Plan') {
  return parse(BYTES, { fileName, locale, ...(kind === undefined ? {} : { kind }) }).issues.filter((i) => i.code.startsWith('file.name'));
}

describe('file-name issues name the wrong segment and show the pattern of the kind and version', () => {
  it('a bad ファイル連番: the segment, the problem and the pattern, in ja and en; no internal code in the message', () => {
    const name = 'UPPLAN_202505_1370000001_43_1310000002_11_20250230120000.CSV';
    const [ja] = nameIssues(name);
    expect(ja?.params).toEqual({ detail: 'badSerial', segment: 'serial', expected: V4 });
    expect(ja?.message).toBe(
      `ファイル名が仕様の形式ではありません（ファイル連番）: 実在する日時の 14 桁（YYYYMMDDHHMMSS）ではありません。形式は ${V4} です。`,
    );
    const [en] = nameIssues(name, 'en');
    expect(en?.message).toBe(
      `The file name does not follow the spec (file serial (ファイル連番)): not 14 digits of a real date and time (YYYYMMDDHHMMSS). The pattern is ${V4_EN}.`,
    );
  });

  it('a 202208-style name gets the 202208 pattern', () => {
    const [i] = nameIssues('UPPLAN_202505_137000001_1310000002_20250425170512.CSV');
    expect(i?.params).toMatchObject({ detail: 'badOfficeNumber', segment: 'senderOffice', expected: V3 });
  });

  it('a name of no kind with the kind given shows the pattern of that kind', () => {
    const [i] = nameIssues('careplan-may.csv', 'en', 'table6Plan');
    expect(i).toMatchObject({ code: 'file.nameWarning', params: { detail: 'unknownPrefix', segment: 'prefix', expected: V4 } });
    expect(i?.message).toContain(`The pattern is ${V4_EN}.`);
  });

  it('a spec prefix in lower case: an error saying so, with the pattern of its kind (even with the kind given)', () => {
    const name = 'upplan_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    for (const kind of [undefined, 'table6Plan'] as const) {
      const [i] = nameIssues(name, 'ja', kind);
      expect(i).toMatchObject({ code: 'file.nameInvalid', params: { detail: 'prefixCase', segment: 'prefix', expected: V4 } });
      expect(i?.message).toContain('接頭辞の大文字・小文字が仕様と違います');
    }
    // With the kind given, the content is read as that kind's.
    expect(parse(BYTES, { fileName: name, kind: 'table6Plan' }).records).toHaveLength(1);
  });

  it('a prefix in lower case of another kind than the one given: also file.nameKind, as in upper case', () => {
    const lower = parse(BYTES, { fileName: 'upjsk_202505_1310000002_11_1370000001_43_20250603120000.CSV', kind: 'table6Plan' });
    const upper = parse(BYTES, { fileName: 'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV', kind: 'table6Plan' });
    const nameKind = { code: 'file.nameKind', params: { actual: 'UPJSK', expected: 'UPPLAN' } };
    expect(lower.issues).toContainEqual(expect.objectContaining(nameKind));
    expect(upper.issues).toContainEqual(expect.objectContaining(nameKind));
    // The same kind in lower case: the case problem only.
    expect(nameIssues('upplan_202505_1370000001_43_1310000002_11_20250425170512.CSV', 'ja', 'table6Plan').map((i) => i.code)).toEqual([
      'file.nameInvalid',
    ]);
    expect(
      parse(BYTES, { fileName: 'upplan_202505_1370000001_43_1310000002_11_20250425170512.CSV', kind: 'table6Plan' }).issues.map((i) => i.code),
    ).not.toContain('file.nameKind');
  });

  it('English messages put the pattern in English words; ja keeps the spec words', () => {
    for (const name of ['UPPLAN_2025_X.CSV', 'UPKIHON_IMAGE_1370000001_43_1310000002_11_20250425170512_01.jpg', 'XX_1.CSV', 'upplan_202505_1.CSV']) {
      const en = nameIssues(name, 'en');
      expect(en.length, name).toBeGreaterThan(0);
      for (const i of en) expect(i.message, name).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]+>/);
      for (const i of nameIssues(name)) expect(i.message).toMatch(/<送信元事業所番号>/);
    }
  });

  it.each([
    'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.csv',
    'UPPLAN_1370000001_43_1310000002_11_20250425170512.CSV',
    'UPPLAN_202505_1370000001_43_1310000002_20250425170512.CSV',
    'UPPLAN_202513_1370000001_43_1310000002_11_20250425170512.CSV',
    'UPPLAN_202505_1370000001_4_1310000002_11_20250425170512.CSV',
    'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.TXT',
    'x.csv',
  ])('%s: the messages hold no problem or segment code', (name) => {
    const issues = [...nameIssues(name), ...nameIssues(name, 'en')];
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) {
      for (const code of Object.keys(FILE_NAME_PROBLEM_CODES)) expect(i.message).not.toContain(code);
      expect(i.message).not.toMatch(/senderOffice|receiverOffice|ServiceType|: prefix|: serial|: extension/);
      expect(i.message).toContain('.CSV');
    }
  });
});
