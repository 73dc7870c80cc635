import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/index.js';

describe('validateUnits: a file entry without contents whose name is of no kind', () => {
  it.each([
    'UPKIHON_IMAGE_x.JPEG',
    'upkihon_image_1370000001_46_1310000002_A2_20250415093000_0001.jpg',
    'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.JPEG',
    'notes.txt',
  ])('%s: ungrouped, with a file.nameInvalid error, no throw', (name) => {
    const r = validateUnits([{ name }]);
    expect(r.ok).toBe(false);
    expect(r.units).toEqual([]);
    expect(r.ungrouped).toHaveLength(1);
    expect(r.ungrouped[0]?.result.issues.map((i) => i.code)).toContain('file.nameInvalid');
  });

  it('a CSV name without contents is still API misuse (TypeError)', () => {
    expect(() => validateUnits([{ name: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' }])).toThrow(TypeError);
  });
});
