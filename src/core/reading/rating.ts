import { err, ok, type Result } from '../result';

export const MAX_RATING = 5;

/** Same sentence in the commands, the header card, the dashboard and the CLI. */
export const RATING_RULE = 'A rating is a whole number from 1 to 5, or 0 to clear it.';

/**
 * A rating the reader asked for: 1–5 sets it, 0 or null clears it (the value is then null).
 * Text is accepted as typed on a command line ("4", " 0 ").
 */
export function validateRating(input: number | string | null): Result<number | null> {
  if (input === null) return ok(null);
  const n = typeof input === 'number' ? input : /^\s*\d+\s*$/.test(input) ? Number(input) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > MAX_RATING) {
    return err('REFUSED', `"${String(input).trim()}" is not a rating. ${RATING_RULE}`);
  }
  return ok(n === 0 ? null : n);
}

/**
 * The rating stored in a note, for display: an integer 1–5 (a quoted "4" counts), otherwise
 * null, so a hand-typed `rating: 7` or `rating: great` shows as unrated instead of breaking.
 */
export function readRating(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_RATING ? n : null;
}

/** "4 stars", "1 star". */
export function starsText(rating: number): string {
  return rating === 1 ? '1 star' : `${rating} stars`;
}
