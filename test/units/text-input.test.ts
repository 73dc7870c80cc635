import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { validateUnits } from '../../src/units/index.js';
import { edited, PLAN_SET, sample } from './fixtures.js';

describe('files given as text (already decoded) are checked as units too', () => {
  it('the same unit issues and lines as from bytes', () => {
    const plan2 = edited('UP2KYO', (rs) => rs.map((r) => ({ ...r, planDate: '20250416' })));
    const bytes = [...PLAN_SET.filter((p) => p !== 'UP2KYO').map(sample), plan2];
    const text = bytes.map((f) => ({ name: f.name, bytes: new TextDecoder('shift_jis').decode(f.bytes as Uint8Array) }));
    const fromText = validateUnits(text).units[0]?.issues ?? [];
    expect(fromText.map((i) => [i.code, i.line, i.record])).toEqual([
      ['link.masterMissing', 1, 1],
      ['link.dependantMissing', 1, 1],
    ]);
    expect(fromText.map((i) => i.code)).toEqual((validateUnits(bytes).units[0]?.issues ?? []).map((i) => i.code));
  });

  it('the per-file options (a read limit) apply to text as to bytes', () => {
    const plan2 = sample('UP2KYO');
    const text = new TextDecoder('shift_jis').decode(plan2.bytes as Uint8Array);
    const r = validateUnits([{ name: plan2.name, bytes: text }], { maxRecords: 2 });
    const own = r.units[0]?.files[0]?.result;
    expect(own?.issues.map((i) => i.code)).toContain('limit.records');
    expect(own?.recordCount).toBe(parse(plan2.bytes as Uint8Array, { fileName: plan2.name, maxRecords: 2 }).recordCount);
  });
});
