import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, sample, SAMPLE_IMAGE } from './fixtures.js';

const BASIC = 'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV';
const subs = () => [sample('UPKIHON_SUB1'), sample('UPKIHON_SUB2')];
const withImageName = (name: string) => edited('UPKIHON', (rs) => rs.map((r) => ({ ...r, familyImageFileName: name })));

describe('the family image named in 利用者基本情報 No.62 goes with it', () => {
  it('the named image present: no issue; absent: an error at No.62', () => {
    expect(validateUnits([sample('UPKIHON'), ...subs(), { name: SAMPLE_IMAGE }]).units[0]?.issues).toEqual([]);
    const r = validateUnits([sample('UPKIHON'), ...subs()]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.severity, i.file, i.line, i.column, i.fieldJa])).toEqual([
      ['link.imageMissing', 'error', BASIC, 1, 62, '家族構成 画像ファイル名'],
    ]);
  });

  it('with checkImages: false an absent image is not reported (the images were not passed in)', () => {
    expect(validateUnits([sample('UPKIHON'), ...subs()], { checkImages: false }).units[0]?.issues).toEqual([]);
  });

  it('a name with another serial than its file: an error, naming the image where it is', () => {
    const other = 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250414080000_0001.jpg';
    const r = validateUnits([withImageName(other), ...subs(), { name: other }]);
    const unit = r.units.find((u) => u.serial === '20250415093000');
    expect(unit?.issues.map((i) => [i.code, i.params.detail, i.related?.file])).toEqual([['link.imageName', 'segments', other]]);
    // The image's own unit has no 利用者基本情報.
    expect(r.units.find((u) => u.serial === '20250414080000')?.issues.map((i) => i.code)).toEqual(['unit.masterFileMissing']);
  });

  it('a name that is no image name of the spec', () => {
    const r = validateUnits([withImageName('family.jpg'), ...subs()]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.detail])).toEqual([['link.imageName', 'unknownPrefix']]);
  });

  it('an empty No.62 names no image; an image in the unit that no record names is a warning', () => {
    const r = validateUnits([withImageName(''), ...subs(), { name: SAMPLE_IMAGE }]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.severity, i.file, i.related?.file])).toEqual([
      ['link.imageUnreferenced', 'warning', SAMPLE_IMAGE, BASIC],
    ]);
  });

  it('the extension may differ in letter case between No.62 and the file', () => {
    const r = validateUnits([sample('UPKIHON'), ...subs(), { name: SAMPLE_IMAGE.replace('.jpg', '.JPG') }]);
    expect(r.units[0]?.issues).toEqual([]);
  });

  it('an image whose name is malformed belongs to no unit and carries the name error', () => {
    const r = validateUnits([{ name: 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000.jpg' }]);
    expect(r.ungrouped.map((f) => [f.kind, f.result.issues.map((i) => i.code)])).toEqual([['familyImage', ['file.nameInvalid']]]);
    expect(r.ok).toBe(false);
  });
});
