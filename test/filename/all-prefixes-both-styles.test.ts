import { describe, expect, it } from 'vitest';
import { IMAGE_PREFIX, KIND_INFO, KINDS, type Kind } from '../../src/kinds.js';
import { parseFileName } from '../../src/filename/index.js';

interface Row {
  readonly kind: Kind | null;
  readonly prefix: string;
  readonly monthSegment: boolean;
  readonly inV3: boolean;
}

const ROWS: readonly Row[] = [
  ...KINDS.map((k) => ({ kind: k, prefix: KIND_INFO[k].prefix, monthSegment: KIND_INFO[k].monthSegment, inV3: KIND_INFO[k].inV3 })),
  { kind: null, prefix: IMAGE_PREFIX, monthSegment: false, inV3: false },
];

const SENDER = '1370000001';
const RECEIVER = '1310000002';
const SERIAL = '20250415093000';

/** Written by hand here (not with buildFileName) so that parse is checked on its own. */
function nameOf(row: Row, style: 'v4' | 'v3'): string {
  const segs = [row.prefix];
  if (row.monthSegment) segs.push('202505');
  segs.push(SENDER);
  if (style === 'v4') segs.push('43');
  segs.push(RECEIVER);
  if (style === 'v4') segs.push('2A');
  segs.push(SERIAL);
  if (row.kind === null) segs.push('0007');
  return `${segs.join('_')}${row.kind === null ? '.jpg' : '.CSV'}`;
}

describe('every prefix in both naming styles', () => {
  it('has 17 kinds and the image', () => {
    expect(ROWS).toHaveLength(18);
  });

  it.each(ROWS)('$prefix, v4 style', (row) => {
    const result = parseFileName(nameOf(row, 'v4'));
    expect(result).toEqual({
      ok: true,
      problems: [],
      parts: {
        kind: row.kind,
        prefix: row.prefix,
        attachment: row.kind === null ? 'familyImage' : null,
        style: 'v4',
        month: row.monthSegment ? '202505' : null,
        senderOffice: SENDER,
        senderServiceType: '43',
        receiverOffice: RECEIVER,
        receiverServiceType: '2A',
        serial: SERIAL,
        branch: row.kind === null ? '0007' : null,
        extension: row.kind === null ? 'jpg' : 'CSV',
      },
    });
  });

  it.each(ROWS)('$prefix, v3 style (error styleNotForKind unless the kind existed in 第3.x)', (row) => {
    const result = parseFileName(nameOf(row, 'v3'));
    const parts = {
      kind: row.kind,
      prefix: row.prefix,
      attachment: row.kind === null ? 'familyImage' : null,
      style: 'v3',
      month: row.monthSegment ? '202505' : null,
      senderOffice: SENDER,
      senderServiceType: null,
      receiverOffice: RECEIVER,
      receiverServiceType: null,
      serial: SERIAL,
      branch: row.kind === null ? '0007' : null,
      extension: row.kind === null ? 'jpg' : 'CSV',
    };
    if (row.inV3) {
      expect(result).toEqual({ ok: true, parts, problems: [] });
    } else {
      // Still parsed: the parts come back with the error.
      expect(result).toEqual({
        ok: false,
        kind: row.kind,
        prefix: row.prefix,
        parts,
        problems: [{ code: 'styleNotForKind', severity: 'error' }],
      });
    }
  });

  it('treats exactly UP3KYO, the 介護予防 files and the image as not in 第3.x', () => {
    const notInV3 = ROWS.filter((r) => !parseFileName(nameOf(r, 'v3')).ok).map((r) => r.prefix);
    expect(notInV3.sort()).toEqual(
      ['UP3KYO', 'UPKIHON', 'DLTKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2', 'UPKIHON_IMAGE', 'UPYOBO', 'DLTYOBO', 'UPYOBO_SUB'].sort(),
    );
  });
});
