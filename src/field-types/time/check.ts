import { isTimeAt } from '../bytes.js';
import { repairTime } from '../repair.js';
import { defineFieldType, simpleCheck, type FieldIssue } from '../types.js';

const ISSUE: FieldIssue = { code: 'field.time' };

const isTimeOr9999 = (b: Uint8Array, s: number, e: number): boolean =>
  isTimeAt(b, s, e) || (e - s === 4 && b[s] === 0x39 && b[s + 1] === 0x39 && b[s + 2] === 0x39 && b[s + 3] === 0x39);

/** HHMM 0000–2359, or 9999 (no time) where the column allows it. */
export const time = defineFieldType({
  type: 'time',
  labelJa: '時刻 HHMM',
  labelEn: 'time HHMM',
  codes: ['field.time'],
  compile: (field) => simpleCheck(field.allowNoTime ? isTimeOr9999 : isTimeAt, ISSUE),
  // 6:00, 06:00 → 0600; 600 (a number that lost its leading zero) → 0600.
  repair: (value, field) => repairTime(value, field.allowNoTime === true),
});
