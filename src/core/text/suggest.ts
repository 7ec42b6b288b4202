/**
 * "Did you mean" for names a person types (CLI options, commands, filter clauses): the closest
 * candidate by edit distance, where swapping two neighbouring letters counts as one edit
 * (`fitler` → `filter`) and case, `-` and `_` do not count (`dryrun` → `dry-run`).
 */
export function closestName(typed: string, candidates: Iterable<string>): string | null {
  const key = fold(typed);
  if (key === '') return null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const other = fold(candidate);
    // A unique-looking start (`--dry` for `--dry-run`) is as good as one typo.
    const distance = other.startsWith(key) && key.length >= 3 ? 1 : editDistance(key, other);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Beyond a third of the word the "suggestion" is a different word.
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Long inputs (a pasted paragraph) cannot be near a short name; skip the quadratic table.
  if (Math.abs(a.length - b.length) > 8) return Math.abs(a.length - b.length);
  const width = b.length + 1;
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) table[i * width] = i;
  for (let j = 0; j <= b.length; j++) table[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, at(i - 2, j - 2) + 1);
      table[i * width + j] = d;
    }
  }
  return at(a.length, b.length);
}

/** `Did you mean --dry-run?` (with the prefix the name is written with), or '' when nothing is close. */
export function didYouMean(typed: string, candidates: Iterable<string>, prefix = ''): string {
  const match = closestName(typed, candidates);
  return match === null ? '' : ` Did you mean ${prefix}${match}?`;
}
