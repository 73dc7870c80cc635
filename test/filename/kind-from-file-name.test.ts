import { describe, expect, it } from 'vitest';
import { KIND_INFO, KINDS } from '../../src/kinds.js';
import { kindFromFileName } from '../../src/filename/index.js';

describe('kindFromFileName reads the kind from the prefix only', () => {
  it.each(KINDS)('%s', (kind) => {
    const prefix = KIND_INFO[kind].prefix;
    const month = KIND_INFO[kind].monthSegment ? '202505_' : '';
    expect(kindFromFileName(`${prefix}_${month}1370000001_43_1310000002_11_20250415093000.CSV`)).toBe(kind);
  });

  it('names the kind even when the rest of the name is malformed', () => {
    expect(kindFromFileName('UPPLAN_202513_137000001_43_1310000002_11_202504251705120.txt')).toBe('table6Plan');
    expect(kindFromFileName('out/UPJSK_1.CSV')).toBe('table6Actual');
  });

  it('gives null for the image attachment and for unknown prefixes', () => {
    expect(kindFromFileName('UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg')).toBeNull();
    expect(kindFromFileName('UPKIHONX_1370000001_46_1310000002_A2_20250415093000.CSV')).toBeNull();
    expect(kindFromFileName('plan.csv')).toBeNull();
  });
});
