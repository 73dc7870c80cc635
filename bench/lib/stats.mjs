// @ts-check
/** Small statistics shared by the benchmark scripts. */

/** The median of `xs` (the mean of the two middle values for an even count); `xs` is not changed. */
export function median(/** @type {number[]} */ xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
