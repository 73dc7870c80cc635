// The types of parseFileName (a result narrowed by `ok`) and buildFileName.
import { describe, expectTypeOf, it } from 'vitest';
import {
  buildFileName,
  kindFromFileName,
  parseFileName,
  type BuildFileNameInput,
  type FileNameParts,
  type FileNameProblem,
  type Kind,
  type ParseFileNameFailure,
  type ParseFileNameResult,
  type ParseFileNameSuccess,
} from '../../src/index.js';

describe('parseFileName', () => {
  it('gives a result that `ok` narrows', () => {
    const r = parseFileName('UPPLAN_202505_1310000002_11_1370000001_43_20250605100000.CSV');
    expectTypeOf(r).toEqualTypeOf<ParseFileNameResult>();
    expectTypeOf(r.problems).toEqualTypeOf<FileNameProblem[]>();
    if (r.ok) {
      expectTypeOf(r).toEqualTypeOf<ParseFileNameSuccess>();
      expectTypeOf(r.parts).toEqualTypeOf<FileNameParts>();
    } else {
      expectTypeOf(r).toEqualTypeOf<ParseFileNameFailure>();
      expectTypeOf(r.parts).toEqualTypeOf<FileNameParts | null>();
      expectTypeOf(r.kind).toEqualTypeOf<Kind | null>();
    }
  });

  it('kindFromFileName gives a kind or null', () => {
    expectTypeOf(kindFromFileName('x')).toEqualTypeOf<Kind | null>();
  });
});

describe('buildFileName', () => {
  it('takes a BuildFileNameInput, the parts of a parsed name included, and gives a string', () => {
    expectTypeOf(buildFileName).parameter(0).toEqualTypeOf<BuildFileNameInput>();
    expectTypeOf(buildFileName).returns.toEqualTypeOf<string>();
    expectTypeOf<FileNameParts>().toExtend<BuildFileNameInput>();
    // @ts-expect-error the office numbers are required
    buildFileName({ kind: 'plan1' });
  });
});
