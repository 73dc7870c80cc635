import { describe, expect, it } from 'vitest';
import { serialize, serializeUnknown } from '../../src/api.js';
import { validRecord } from '../helpers/table6.js';

type Loose = (kind: unknown, records: unknown, options?: unknown) => unknown;
const loose = serialize as unknown as Loose;

describe('serializer: misuse of the API throws a TypeError', () => {
  it.each([
    ['a string', 'records'],
    ['an object', { 0: validRecord() }],
    ['null', null],
    ['undefined', undefined],
  ])('records given as %s', (_name, records) => {
    expect(() => loose('table6Plan', records)).toThrow(TypeError);
  });

  it('a kind that is not a string', () => {
    expect(() => loose(6, [validRecord()])).toThrow(TypeError);
  });

  it('a string that is not a kind id', () => {
    expect(() => loose('UPPLAN', [validRecord()])).toThrow(TypeError);
    expect(() => loose('UPPLAN', [validRecord()])).toThrow(/kind/);
  });

  it.each([
    ['an unknown option', { allowInvalids: true }],
    ['a parse-only option', { skipHeader: true }],
    ['allowInvalid not a boolean', { allowInvalid: 'yes' }],
    ['variants not convert/error', { variants: 'ignore' }],
    ['unmappable not error/{replacement}', { unmappable: 'skip' }],
    ['a replacement that is not a string', { unmappable: { replacement: 0x3013 } }],
    ['an unknown locale', { locale: 'fr' }],
    ['options not an object', 'strict'],
  ])('%s', (_name, options) => {
    expect(() => loose('table6Plan', [validRecord()], options)).toThrow(TypeError);
  });

  it('names the function called: serialize or serializeUnknown', () => {
    const unknownLoose = serializeUnknown as unknown as Loose;
    for (const [fn, call] of [
      ['serialize', loose],
      ['serializeUnknown', unknownLoose],
    ] as const) {
      expect(() => call('table6Plan', {})).toThrow(`careplan-csv: ${fn}: records must be an array`);
      expect(() => call('UPPLAN', [])).toThrow(expect.objectContaining({ function: fn }));
      expect(() => call('table6Plan', [], { allowInvalids: true })).toThrow(
        expect.objectContaining({ function: fn, code: 'ERR_CAREPLAN_UNKNOWN_OPTION' }),
      );
    }
  });
});
