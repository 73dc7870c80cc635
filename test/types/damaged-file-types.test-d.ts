// careplan-csv/testing's damagedFile and careplan-csv's repair: the types a vendor's test sees.
import type fc from 'fast-check';
import { describe, expectTypeOf, it } from 'vitest';
import { repair, type RepairChange, type RepairChangeKind, type RepairResult, type Table6Record } from '../../src/index.js';
import { DAMAGE_KINDS, damagedFile, type Damage, type DamagedFile, type DamageKind } from '../../src/testing/index.js';

describe('damagedFile and repair', () => {
  it('damagedFile: an arbitrary of DamagedFile of the kind, with the original bytes and the damages', () => {
    const a = damagedFile('table6Plan', { kinds: ['lf', 'leadingZeros'], maxRecords: 3 });
    expectTypeOf(a).toEqualTypeOf<fc.Arbitrary<DamagedFile<'table6Plan'>>>();
    expectTypeOf<DamagedFile<'table6Plan'>['file']['records']>().toEqualTypeOf<Table6Record[]>();
    expectTypeOf<DamagedFile['original']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf<DamagedFile['damages']>().toEqualTypeOf<readonly Damage[]>();
    expectTypeOf(DAMAGE_KINDS).toEqualTypeOf<readonly DamageKind[]>();
    // @ts-expect-error not a damage
    damagedFile('table6Plan', { kinds: ['shuffle'] });
    // @ts-expect-error not a kind
    damagedFile('table8');
  });

  it('repair: bytes or null, the changes as data', () => {
    const r = repair(new Uint8Array(0), { fileName: 'x.CSV', includeValues: true });
    expectTypeOf(r).toEqualTypeOf<RepairResult>();
    expectTypeOf(r.bytes).toEqualTypeOf<Uint8Array | null>();
    expectTypeOf(r.changes).toEqualTypeOf<readonly RepairChange[]>();
    expectTypeOf<RepairChange['kind']>().toEqualTypeOf<RepairChangeKind>();
    expectTypeOf<RepairChange['from']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error not an option
    repair(new Uint8Array(0), { fix: true });
  });
});
