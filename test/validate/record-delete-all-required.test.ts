import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { kindVersions, SUPPORTED_KINDS, getLayout } from '../../src/schemas/layouts.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

// Spec README §8: a delete file names exactly what it withdraws, so every one of its columns is 必須.
const DELETE_KINDS = SUPPORTED_KINDS.filter((k) => k.endsWith('Delete'));

describe('delete files: every column is required', () => {
  it('there are five delete kinds', () => {
    expect(DELETE_KINDS).toEqual(['plan1Delete', 'table6PlanDelete', 'table6ActualDelete', 'preventionBasicInfoDelete', 'preventionPlanDelete']);
  });

  for (const kind of DELETE_KINDS) {
    for (const version of kindVersions(kind)) {
      const layout = getLayout(kind, version);
      it(`${kind} ${version}: each column left empty is field.required at that column`, () => {
        for (const f of layout.fields) {
          expect(f.required, `${kind} No.${f.no}`).toBe('required');
          const rec = { ...minimalRecord(kind, version), [f.key]: '' };
          const r = parse(bytesOf(kind, [rec]), { kind });
          const at = r.issues.filter((i) => i.column === f.no);
          expect(
            at.map((i) => [i.code, i.field, i.fieldJa]),
            `${kind} No.${f.no}`,
          ).toEqual([['field.required', f.key, f.nameJa]]);
        }
      });
    }
  }
});
