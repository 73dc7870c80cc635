import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { validRecord } from '../helpers/table6.js';

// Readers accept 202504 / 202410 / 202404 as 202407; a writer never emits them (spec README §12).
describe('serializer: alias versions are not written', () => {
  for (const alias of ['202504', '202410', '202404']) {
    it(`csvVersion ${alias} is an error at column 1`, () => {
      const r = serialize('table6Plan', [validRecord({ csvVersion: alias })]);
      expect(r.bytes).toBeNull();
      expect(r.issues.map((i) => [i.code, i.severity, i.column, i.params.expected])).toContainEqual([
        'record.versionNotWritable',
        'error',
        1,
        '202407',
      ]);
    });
  }
});
