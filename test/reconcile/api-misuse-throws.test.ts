import { describe, expect, it } from 'vitest';
import { reconcile, type ReconcileOptions } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

const ok = [validRecord()];

describe('reconcile: only misuse of the API throws', () => {
  it.each([
    ['a side that is not an array or object', () => reconcile('x' as never, ok)],
    ['records that are not an array', () => reconcile({ records: 'x' } as never, ok)],
    ['a record that is not an object', () => reconcile(ok, [null] as never)],
    ['a kind that is not 第6表', () => reconcile({ kind: 'table7', records: [] }, ok)],
    ['lines of another length', () => reconcile({ records: ok, lines: [] }, ok)],
    ['an unknown option', () => reconcile(ok, ok, { nope: true } as unknown as ReconcileOptions)],
    ['a bad scope', () => reconcile(ok, ok, { scope: 'some' } as unknown as ReconcileOptions)],
    ['a bad compare key', () => reconcile(ok, ok, { compare: ['serviceDay'] } as unknown as ReconcileOptions)],
    ['the user key in compare', () => reconcile(ok, ok, { compare: ['insuredNumber'] })],
    ['includeValues not boolean', () => reconcile(ok, ok, { includeValues: 1 } as unknown as ReconcileOptions)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(TypeError);
  });

  it('bad values inside records are data: missing or non-string fields count as empty', () => {
    const r = reconcile([{ serviceDate: 20250505 }, {}], [{}]);
    expect(r.summary).toMatchObject({ planRows: 2, matched: 1, missing: 1 });
  });
});
