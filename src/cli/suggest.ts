/**
 * Edit distance of two short strings: insertions, deletions, substitutions and transpositions of two
 * neighbouring characters (optimal string alignment, so `quite` is one edit from `quiet`), in
 * O(a.length × b.length). Only command, flag and setting names are compared (a few dozen characters),
 * so these lines beat a dependency.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      next[j] = d;
    }
    before = row;
    row = next;
  }
  return row[b.length] as number;
}

/**
 * The known name closest to `name`, when it is close enough to be a typo (at most a third of its length
 * edited, and at least one edit allowed), else null. Names longer than 64 characters get no suggestion.
 */
export function closest(name: string, known: readonly string[]): string | null {
  if (name.length > 64) return null;
  const allowed = Math.max(1, Math.floor(name.length / 3));
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const k of known) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
