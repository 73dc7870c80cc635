import type { FieldDef } from '../../schemas/field.js';
import type { Layout } from '../../schemas/layouts.js';
import { columnOf } from './column.js';
import type { RecordRule, RuleFinding } from './types.js';

/**
 * サービス種類コード outside the exchange scope (連携対象外, spec README §10): 居宅 33, 36, 32, 41, 42,
 * 51–54, 59, 81 and 介護予防 35, 37, 44, 45 (59 and 81 are in both lists). A record for such a service
 * type should not be produced. Types in neither list (new or unknown codes) are not judged.
 */
export const OUT_OF_SCOPE_SERVICE_TYPES: ReadonlySet<string> = new Set([
  '33',
  '36',
  '32',
  '41',
  '42',
  '51',
  '52',
  '53',
  '54',
  '59',
  '81',
  '35',
  '37',
  '44',
  '45',
]);

/** Whether a サービス種類コード (or the first two characters of a サービスコード) is outside the scope. */
export function isOutOfScopeServiceType(type: string): boolean {
  return OUT_OF_SCOPE_SERVICE_TYPES.has(type);
}

/** The out-of-scope types as a table indexed by the two digits' value (0–99): rows are judged from bytes. */
const OUT_OF_SCOPE_BY_NUMBER: Uint8Array = (() => {
  const t = new Uint8Array(100);
  for (const type of OUT_OF_SCOPE_SERVICE_TYPES) t[Number(type)] = 1;
  return t;
})();

/** Whether the two bytes `a` `b` are ASCII digits naming an out-of-scope type (no string is built). */
function outOfScopeDigits(a: number, b: number): boolean {
  const x = a - 0x30;
  const y = b - 0x30;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 && OUT_OF_SCOPE_BY_NUMBER[x * 10 + y] === 1;
}

/**
 * A record rule warning `record.serviceTypeOutOfScope` at each column named by `keys` whose service type
 * (its first two characters) is out of scope. `keys` is asked once per layout. `applies` may restrict
 * the rule to some rows (given the column's text), e.g. the normal rows of 第7表.
 */
export function serviceTypeScopeRule(id: string, keys: (layout: Layout) => readonly string[], applies?: (text: string) => boolean): RecordRule {
  return {
    id,
    bind(layout) {
      const columns = keys(layout)
        .map((k) => columnOf(layout, k))
        .filter((i) => i >= 0);
      if (columns.length === 0) return null;
      return (row) => {
        let found: RuleFinding[] | null = null;
        for (let k = 0; k < columns.length; k++) {
          const i = columns[k] as number;
          // Judged from the first two bytes (an empty column's first is -1: no digit); the text is built only
          // for a row that is out of scope.
          const first = row.byteAt(i, 0);
          if (first < 0x30 || first > 0x39) continue;
          if (!outOfScopeDigits(first, row.byteAt(i, 1)) || !row.ok(i)) continue;
          const text = row.text(i);
          if (applies !== undefined && !applies(text)) continue;
          (found ??= []).push({
            code: 'record.serviceTypeOutOfScope',
            field: (layout.fields[i] as FieldDef).key,
            params: { actual: text.slice(0, 2) },
          });
        }
        return found;
      };
    },
  };
}

/** The scope rule for one fixed column (サービスコード, サービス種類コード). */
export function columnScopeRule(key: string, applies?: (text: string) => boolean): RecordRule {
  const keys = [key] as const;
  return serviceTypeScopeRule(`serviceTypeScope:${key}`, () => keys, applies);
}
