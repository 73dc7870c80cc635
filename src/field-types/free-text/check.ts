import { charLength } from '../bytes.js';
import { defineFieldType, type ColumnCheck } from '../types.js';

const ANY: ColumnCheck = { test: () => true, testEscaped: () => true, issue: () => ({ code: 'field.tooLong', params: { expected: 0, actual: 0 } }) };

/** フリーテキスト: any text up to 項目長 characters; always quoted on output. */
export const freeText = defineFieldType({
  type: 'freeText',
  labelJa: 'フリーテキスト (常に "…" で囲む)',
  labelEn: 'free text (always quoted "…")',
  codes: ['field.tooLong'],
  compile: (field) => {
    const max = field.maxLength;
    if (max === null) return ANY;
    // Bytes ≥ characters, so only a long span needs counting.
    return {
      test: (b, s, e) => !(e - s > max && charLength(b, s, e, false) > max),
      testEscaped: (b, s, e) => !(e - s > max && charLength(b, s, e, true) > max),
      issue: (b, s, e, escaped) => ({ code: 'field.tooLong', params: { expected: max, actual: charLength(b, s, e, escaped) } }),
    };
  },
});
