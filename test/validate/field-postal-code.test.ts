import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const issuesOf = (userPostalCode: string) =>
  parse(bytesOf('plan1', [{ ...minimalRecord('plan1'), userPostalCode }]), { kind: 'plan1' }).issues.map((i) => [i.code, i.column, i.field]);

describe('postal codes are XXX-XXXX', () => {
  it('100-0001 is accepted, and an empty optional value', () => {
    expect(issuesOf('100-0001')).toEqual([]);
    expect(issuesOf('')).toEqual([]);
  });
  it.each(['1000001', '100-001', '100_0001', '１００-０００１', '100-00010'])('%s is field.postalCode', (v) => {
    expect(issuesOf(v)).toEqual([['field.postalCode', 5, 'userPostalCode']]);
  });
});
