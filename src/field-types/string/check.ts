import { charLength, noCsvSpecials } from '../bytes.js';
import type { FieldDef } from '../../schemas/field.js';
import { defineFieldType, type ColumnCheck } from '../types.js';

/**
 * A text column that is never quoted: no `"` `,` CR LF, and at most 項目長 characters. Shared by `string`
 * and `phone` (no format is stated for 電話番号, so it rejects the least).
 */
export function plainTextCheck(field: FieldDef): ColumnCheck {
  const max = field.maxLength ?? -1;
  const test = (b: Uint8Array, s: number, e: number): boolean =>
    noCsvSpecials(b, s, e) && !(max >= 0 && e - s > max && charLength(b, s, e, false) > max);
  return {
    test,
    testEscaped: test,
    issue: (b, s, e, escaped) =>
      noCsvSpecials(b, s, e)
        ? { code: 'field.tooLong', params: { expected: field.maxLength ?? 0, actual: charLength(b, s, e, escaped) } }
        : { code: 'field.csvSpecialChar' },
  };
}

/** Any text without CSV specials, up to 項目長 characters. */
export const string = defineFieldType({
  type: 'string',
  labelJa: '文字列',
  labelEn: 'text',
  codes: ['field.csvSpecialChar', 'field.tooLong'],
  compile: plainTextCheck,
});
