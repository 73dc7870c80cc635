import type { Layout } from '../../schemas/layouts.js';

/**
 * A column of the layout a row is read with, as a rule resolves it once per layout with {@link columnOf}:
 * its 0-based index, or -1 when the layout's version lacks the column (it then reads as empty).
 */
export type Column = number;

/** The column index of `key` in `layout`, or -1 when the layout's version lacks it. */
export function columnOf(layout: Layout, key: string): Column {
  return layout.fields.findIndex((f) => f.key === key);
}
