import { describe, expect, it } from 'vitest';
import { mutatedFile, type MutationKind } from '../../src/testing/mutations.js';

describe('mutatedFile: misuse of the options throws a TypeError', () => {
  it('an unknown mutation kind', () => {
    expect(() => mutatedFile('plan1', { mutations: ['noSuchMutation' as MutationKind] })).toThrow(TypeError);
  });

  it('mutations that no layout of the kind allows', () => {
    // 利用者基本情報_削除 has neither time nor day-flag columns.
    expect(() => mutatedFile('preventionBasicInfoDelete', { mutations: ['invalidTime', 'badDayFlags'] })).toThrow(TypeError);
  });

  it('mutations that is not an array', () => {
    expect(() => mutatedFile('plan1', { mutations: 'tooLong' as unknown as MutationKind[] })).toThrow(TypeError);
  });

  it('an allowed mutation gives an arbitrary', () => {
    expect(typeof mutatedFile('plan3', { mutations: ['invalidTime'] }).generate).toBe('function');
  });
});
