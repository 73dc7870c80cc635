// The types of the profile options: `profile` is one of three names, `rules` maps issue codes to settings.
import { describe, expectTypeOf, it } from 'vitest';
import { PROFILE_RULES, serialize, validate, type ParseOptions, type Profile, type RuleOverrides, type RuleSetting } from '../../src/index.js';

describe('profile and rules', () => {
  it('accepts the three profiles and issue code → setting', () => {
    expectTypeOf<Profile>().toEqualTypeOf<'strict' | 'standard' | 'lenient'>();
    expectTypeOf<RuleSetting>().toEqualTypeOf<'off' | 'info' | 'warning' | 'error'>();
    expectTypeOf<ParseOptions['profile']>().toEqualTypeOf<Profile | undefined>();
    validate(new Uint8Array(), { profile: 'lenient', rules: { 'csv.lineBreak': 'off' }, checkJisX0213: true });
    serialize('table6Plan', [], { profile: 'strict', substitute: 'jisx0213' });
    expectTypeOf(PROFILE_RULES[0]?.code).toEqualTypeOf<import('../../src/index.js').IssueCode | undefined>();
  });

  it('rejects other names, unknown codes and other settings', () => {
    // @ts-expect-error not a profile
    validate(new Uint8Array(), { profile: 'loose' });
    // @ts-expect-error not an issue code
    const bad: RuleOverrides = { 'csv.linebreak': 'off' };
    // @ts-expect-error not a setting
    const worse: RuleOverrides = { 'csv.lineBreak': 'fatal' };
    // @ts-expect-error not a policy
    serialize('table6Plan', [], { substitute: 'all' });
    expectTypeOf(bad).toEqualTypeOf<RuleOverrides>();
    expectTypeOf(worse).toEqualTypeOf<RuleOverrides>();
  });
});
