import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { renamed, sample, USAGE_SET } from './fixtures.js';

/** Changes the receiver 1310000002_11 of a v4 sample name. */
const toReceiver = (office: string, type: string) => (name: string) => name.replace('_1310000002_11_', `_${office}_${type}_`);

describe('files are grouped by ファイル連番, sender and receiver, and units come in processing order', () => {
  it('files of one serial, sender and receiver form one unit whose id is the segments they share', () => {
    const r = validateUnits(USAGE_SET.map(sample));
    expect(r.units).toHaveLength(1);
    const u = r.units[0];
    expect(u?.id).toBe('1370000001_43_1310000002_11_20250425170512');
    expect(u?.sender).toEqual({ office: '1370000001', serviceType: '43' });
    expect(u?.receiver).toEqual({ office: '1310000002', serviceType: '11' });
    expect(u?.style).toBe('v4');
  });

  it('the same serial sent to two receivers (or two service types of one) gives two units', () => {
    const files = [
      ...USAGE_SET.map(sample),
      ...USAGE_SET.map((p) => renamed(p, toReceiver('1510000003', '15'))),
      ...USAGE_SET.map((p) => renamed(p, toReceiver('1310000002', '13'))),
    ];
    const r = validateUnits(files);
    expect(r.units.map((u) => u.receiver)).toEqual([
      { office: '1310000002', serviceType: '11' },
      { office: '1310000002', serviceType: '13' },
      { office: '1510000003', serviceType: '15' },
    ]);
    for (const u of r.units) expect(u.verdict).toBe('valid');
  });

  it('units are ordered by ascending serial whatever the input order', () => {
    const r = validateUnits([sample('DLTJSK_202505'), sample('UPJSK_202505'), sample('DLT1KYO'), sample('UP1KYO'), sample('UPPLAN_202503')]);
    expect(r.units.map((u) => u.serial)).toEqual(['20250225170512', '20250415093000', '20250416101500', '20250603120000', '20250605100000']);
  });

  it('inside a unit, masters come before their dependants whatever the input order', () => {
    const r = validateUnits([sample('UPHOSOKU_202505'), sample('UPSIKYU_202505'), sample('UPPLAN_202505')]);
    expect(r.units[0]?.files.map((f) => f.kind)).toEqual(['table6Plan', 'table7', 'userSupplement']);
  });

  it('第3.x names (without サービス種類コード) form their own units, with null service types', () => {
    const r = validateUnits([sample('UPPLAN_202503'), sample('UPPLAN_202505')]);
    expect(r.units.map((u) => [u.id, u.style, u.sender.serviceType])).toEqual([
      ['1370000001_1310000002_20250225170512', 'v3', null],
      ['1370000001_43_1310000002_11_20250425170512', 'v4', '43'],
    ]);
  });

  it('a file whose name is not a spec name belongs to no unit and keeps its own result', () => {
    const plan = sample('UPPLAN_202505');
    const r = validateUnits([{ name: 'upload-1.csv', bytes: plan.bytes as Uint8Array }, plan]);
    expect(r.ungrouped.map((f) => [f.file, f.kind, f.result.issues.map((i) => i.code)])).toEqual([
      ['upload-1.csv', null, ['file.nameInvalid', 'file.unknownKind']],
    ]);
    expect(r.units).toHaveLength(1);
    expect(r.ok).toBe(false);
  });
});
