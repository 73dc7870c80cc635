/**
 * Repeated groups (利用者補足情報 No.20–55, 利用者基本情報 緊急連絡先, 介護予防サービス・支援計画書 領域 …): the
 * record model holds them as arrays of items; the CSV holds `slots` fixed runs of columns. These helpers
 * are used by the generated layout code.
 */

/** An item of a repeated group as read from a record: anything; the serializer checks the shape. */
type Item = { readonly [member: string]: unknown } | undefined;

function itemAt(group: unknown, s: number): Item {
  if (!Array.isArray(group)) return undefined;
  const item: unknown = group[s];
  return item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Item) : undefined;
}

/**
 * Copies the values of a group into `out` (columns `at …`, slot by slot). Missing slots and members read as
 * `undefined`, which the serializer writes as empty columns; wrong shapes are reported by the serializer.
 */
export function readGroup(group: unknown, out: unknown[], at: number, slots: number, members: readonly string[]): void {
  const size = members.length;
  for (let s = 0; s < slots; s++) {
    const item = itemAt(group, s);
    for (let m = 0; m < size; m++) out[at + s * size + m] = item === undefined ? undefined : item[members[m] as string];
  }
}

/**
 * Builds the array of a group from column values (`v`, in record-model order): one item per slot up to the
 * last slot with any non-empty column, so a gap in the middle stays visible (and round-trips) while the
 * empty slots at the end are left out.
 */
export function buildGroup<T>(v: readonly string[], at: number, slots: number, size: number, make: (offset: number) => T): T[] {
  let used = 0;
  for (let s = slots; s > 0 && used === 0; s--) {
    for (let k = at + (s - 1) * size, end = k + size; k < end; k++) {
      if (v[k] !== '') {
        used = s;
        break;
      }
    }
  }
  const items: T[] = new Array<T>(used);
  for (let s = 0; s < used; s++) items[s] = make(at + s * size);
  return items;
}
