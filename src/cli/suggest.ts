/**
 * Edit distance (Levenshtein: insertions, deletions, substitutions) of two short strings, in
 * O(a.length × b.length) with one row of memory. Only command, flag and setting names are compared
 * (a few dozen characters), so a dozen lines here beat a dependency.
 */
export function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min((row[j] as number) + 1, (next[j - 1] as number) + 1, (row[j - 1] as number) + cost);
    }
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
