import { describe, expect, it } from 'vitest';
import { kindFromFileName, parseFileName } from '../../src/filename/index.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

describe('a path is accepted and only its last part is read', () => {
  it.each([`in/${NAME}`, `./a/b/c/${NAME}`, `C:\\data\\care\\${NAME}`, `\\\\server\\share\\${NAME}`, `mixed/dir\\${NAME}`, `UPKIHON_x/${NAME}`])(
    '%s',
    (path) => {
      const direct = parseFileName(NAME);
      expect(parseFileName(path)).toEqual(direct);
      expect(direct.ok).toBe(true);
      expect(kindFromFileName(path)).toBe('table6Plan');
    },
  );

  it('does not take a prefix from a directory name', () => {
    expect(parseFileName(`${NAME}/notes.txt`)).toMatchObject({ ok: false, kind: null });
    expect(kindFromFileName(`${NAME}\\notes.txt`)).toBeNull();
  });

  it('refuses a path that ends in a separator', () => {
    expect(parseFileName(`${NAME}/`)).toMatchObject({ ok: false, problems: [{ code: 'unknownPrefix' }] });
  });
});
