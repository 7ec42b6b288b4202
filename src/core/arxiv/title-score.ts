import { normalizeTitleKey } from './title-key';

/** How a candidate's title compares with the wanted one. */
export type TitleVerdict =
  /** The same title written another way (case, quotes, hyphens, TeX, punctuation). */
  | 'exact'
  /** Not the same, but the reader may have meant it: most words shared, or one title inside the other. */
  | 'close'
  | 'far';

export interface TitleComparison {
  readonly verdict: TitleVerdict;
  /** 0..1, higher is closer; orders close candidates. */
  readonly score: number;
}

/** Share of words two titles must have in common (Dice coefficient) to be offered as close. */
const CLOSE_SCORE = 0.6;

/**
 * Compares titles on normalised tokens. A candidate that contains the wanted title plus more words
 * (`Attention Is All You Need` inside `… Need for Tabular Data`) is close, never exact.
 */
export function compareTitles(wanted: string, candidate: string): TitleComparison {
  const a = normalizeTitleKey(wanted);
  const b = normalizeTitleKey(candidate);
  if (a === '' || b === '') return { verdict: 'far', score: 0 };
  // `Block-wise` vs `Block wise`, `GR00T N1` vs `GR00TN1`: the same letters, spaced differently.
  if (a === b || a.replace(/ /g, '') === b.replace(/ /g, '')) return { verdict: 'exact', score: 1 };
  const wa = a.split(' ');
  const wb = b.split(' ');
  const score = dice(wa, wb);
  const inside = containsRun(wb, wa) || containsRun(wa, wb);
  return { verdict: score >= CLOSE_SCORE || (inside && Math.min(wa.length, wb.length) >= 2) ? 'close' : 'far', score: inside ? Math.max(score, 0.5) : score };
}

function dice(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Whether `inner`'s words appear in `outer` in order and side by side. */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return true;
  }
  return false;
}

/** A paper with the title to compare. */
export interface Titled {
  readonly arxiv: string;
  readonly title: string;
}

export type TitleResolution<T extends Titled> =
  | { readonly kind: 'matched'; readonly paper: T }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly T[] }
  | { readonly kind: 'none' };

/** Most close candidates offered for one title. */
export const MAX_CANDIDATES = 8;

/**
 * Picks the paper for a wanted title among search results: exactly one paper with the same title
 * → that one; two papers with the same title, or only close ones → the reader chooses.
 */
export function resolveTitle<T extends Titled>(wanted: string, papers: readonly T[]): TitleResolution<T> {
  const seen = new Set<string>();
  const exact: T[] = [];
  const close: { paper: T; score: number }[] = [];
  for (const paper of papers) {
    if (seen.has(paper.arxiv)) continue;
    seen.add(paper.arxiv);
    const { verdict, score } = compareTitles(wanted, paper.title);
    if (verdict === 'exact') exact.push(paper);
    else if (verdict === 'close') close.push({ paper, score });
  }
  const [only] = exact;
  if (only !== undefined && exact.length === 1) return { kind: 'matched', paper: only };
  close.sort((x, y) => y.score - x.score);
  const candidates = [...exact, ...close.map((c) => c.paper)].slice(0, MAX_CANDIDATES);
  return candidates.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', candidates };
}
