import { describe, expect, it } from 'vitest';
import { ISSUE_EXAMPLES } from '../../src/docs/examples.js';
import { ALL_ISSUE_CODES } from '../../src/issues/codes.js';
import { ISSUE_PARAMS, type ParamType } from '../../src/issues/params.js';

/** Whether a value has a declared param type. */
function hasType(value: unknown, type: ParamType): boolean {
  if (type === 'number') return typeof value === 'number';
  if (type === 'string') return typeof value === 'string';
  if (type === 'string[]') return Array.isArray(value) && value.every((v) => typeof v === 'string');
  return typeof value === 'string' && type.includes(value);
}

describe('each code declares its params, and its example carries exactly them', () => {
  it('ISSUE_PARAMS has exactly the catalogue codes', () => {
    expect(Object.keys(ISSUE_PARAMS).sort()).toEqual([...ALL_ISSUE_CODES].sort());
  });

  it.each(ALL_ISSUE_CODES)('%s', (code) => {
    const declared: { readonly [name: string]: ParamType } = ISSUE_PARAMS[code];
    const params = (ISSUE_EXAMPLES[code]?.params ?? {}) as Record<string, unknown>;
    const names = Object.keys(declared).map((n) => n.replace(/\?$/, ''));
    for (const name of Object.keys(params)) expect(names, `${code}: undeclared param ${name}`).toContain(name);
    for (const [n, type] of Object.entries(declared)) {
      const name = n.replace(/\?$/, '');
      if (n.endsWith('?') && !(name in params)) continue;
      expect(hasType(params[name], type), `${code}: ${name} is not ${JSON.stringify(type)}`).toBe(true);
    }
  });
});
