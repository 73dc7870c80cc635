/** fast-check generators of valid file-name inputs, shared by the property tests of this folder. */
import fc from 'fast-check';
import { KIND_INFO, KINDS } from '../../src/kinds.js';
import type { BuildFileNameInput } from '../../src/filename/index.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Days in a month, from the platform's calendar (an oracle independent of src/). */
function daysIn(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // day 0 of the next month = last day of `month`
  return d.getUTCDate();
}

export const digits = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

export const officeNumber = digits(10);
export const serviceType = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 2 });
export const yearMonth = fc
  .record({ year: fc.integer({ min: 0, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${pad(year, 4)}${pad(month, 2)}`);

/** A real YYYYMMDDHHMMSS, leap days included. */
export const serial = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ year, month, day, hour, minute, second }) => {
    const d = Math.min(day, daysIn(year, month));
    return `${pad(year, 4)}${pad(month, 2)}${pad(d, 2)}${pad(hour, 2)}${pad(minute, 2)}${pad(second, 2)}`;
  });

/** Valid input of buildFileName for any of the 17 kinds or the image, in any style the kind allows. */
export const validInput: fc.Arbitrary<BuildFileNameInput> = fc
  .record({
    target: fc.constantFrom(...KINDS, 'image' as const),
    v3: fc.boolean(),
    month: yearMonth,
    zeroMonth: fc.boolean(),
    senderOffice: officeNumber,
    senderServiceType: serviceType,
    receiverOffice: officeNumber,
    receiverServiceType: serviceType,
    serial,
    branch: digits(4),
  })
  .map((r): BuildFileNameInput => {
    const info = r.target === 'image' ? null : KIND_INFO[r.target];
    const style = info?.inV3 && r.v3 ? 'v3' : 'v4';
    const month = info?.monthSegment ? (info.kind === 'userSupplement' && r.zeroMonth ? '000000' : r.month) : null;
    return {
      kind: info === null ? null : info.kind,
      attachment: info === null ? 'familyImage' : null,
      style,
      month,
      senderOffice: r.senderOffice,
      senderServiceType: style === 'v4' ? r.senderServiceType : null,
      receiverOffice: r.receiverOffice,
      receiverServiceType: style === 'v4' ? r.receiverServiceType : null,
      serial: r.serial,
      branch: info === null ? r.branch : null,
    };
  });
