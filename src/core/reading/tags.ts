import { err, ok, type Result } from '../result';

/**
 * Tags as Obsidian treats them. A tag is made of letters (any script, with their combining
 * marks), digits, `_`, `-` and `/` (which nests: `ml/rl` sits under `ml`). It needs at least one
 * character that is not a digit, and has no spaces, dots or other punctuation. Obsidian matches
 * tags without regard to case (`#ML` and `#ml` are one tag) but shows each as it was written, so
 * these helpers compare by `tagKey` and never re-spell what the reader wrote.
 */

const TAG_CHAR = /^[\p{L}\p{M}\p{N}_\-/]$/u;
const DIGITS_AND_SLASHES = /^[\d/]+$/u;

/**
 * The tag a reader typed, checked: a leading `#` is dropped, surrounding spaces trimmed. Refusals
 * say what is wrong and how to fix it, in the same words in every place that edits tags.
 */
export function validateTag(input: string): Result<string> {
  const tag = input.trim().replace(/^#/, '');
  if (tag === '') return err('REFUSED', 'A tag needs at least one letter, digit, "_", "-" or "/".');
  if (/\s/u.test(tag)) return refuse(tag, 'has a space; join the words with "-" or "_", or nest them with "/"');
  const bad = [...tag].find((ch) => !TAG_CHAR.test(ch));
  if (bad === '.') return refuse(tag, 'has a dot; use "-" instead, as in cs-RO');
  if (bad === '#') return refuse(tag, 'has a "#" inside it; a tag starts with at most one "#"');
  if (bad !== undefined) return refuse(tag, `has "${bad}"; tags hold only letters, digits, "_", "-" and "/"`);
  if (DIGITS_AND_SLASHES.test(tag)) return refuse(tag, 'is only digits; add a letter, as in y2024');
  if (tag.startsWith('/') || tag.endsWith('/')) return refuse(tag, 'starts or ends with "/"; nested tags look like parent/child');
  if (tag.includes('//')) return refuse(tag, 'has an empty level ("//"); nested tags look like parent/child');
  return ok(tag);
}

function refuse(tag: string, why: string): Result<never> {
  return err('REFUSED', `"${tag}" is not a valid tag: it ${why}.`);
}

/** What Obsidian compares: no `#`, lower case (Unicode-aware). */
export function tagKey(tag: string): string {
  return tag.trim().replace(/^#/, '').toLowerCase();
}

export function sameTag(a: string, b: string): boolean {
  return tagKey(a) === tagKey(b);
}

/** Whether `tag` is `parent` or nested under it (`ml/rl` is under `ml`), ignoring case. */
export function isTagOrChildOf(tag: string, parent: string): boolean {
  const t = tagKey(tag);
  const p = tagKey(parent);
  return t === p || t.startsWith(`${p}/`);
}

/**
 * The `tags` property as a list, whatever shape the reader left it in: a YAML list, one string
 * (`"ml, rl"` or `"ml rl"`, as Obsidian accepts), `#`-prefixed or not. Entries that are not
 * text are skipped (numbers as tags are not tags in Obsidian).
 */
export function readTags(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/u) : [];
  return raw
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(/^#/, ''))
    .filter((t) => t !== '');
}

export interface TagEdit {
  /** The new list, written back whole (Obsidian's tag property is a list). */
  readonly tags: string[];
  readonly changed: boolean;
  /** The tag as it now stands in the note (the reader's earlier spelling wins on a case-only match). */
  readonly tag: string;
}

/** Adds `tag` unless the note has it in any case; entries already there keep their spelling. */
export function addTagTo(current: readonly string[], tag: string): TagEdit {
  const existing = current.find((t) => sameTag(t, tag));
  if (existing !== undefined) return { tags: [...current], changed: false, tag: existing };
  return { tags: [...current, tag], changed: true, tag };
}

/** Removes every entry equal to `tag` ignoring case (a note may hold `ML` and `ml` by accident). */
export function removeTagFrom(current: readonly string[], tag: string): TagEdit {
  const removed = current.filter((t) => sameTag(t, tag));
  const tags = current.filter((t) => !sameTag(t, tag));
  return { tags, changed: removed.length > 0, tag: removed[0] ?? tag };
}

/**
 * Every tag in `sources`, one per case-insensitive key, first spelling wins, with each nested
 * tag's parents too (`ml/rl` offers `ml`), sorted for a suggester.
 */
export function collectTags(sources: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const source of sources) {
    const tag = source.trim().replace(/^#/, '');
    if (!validateTag(tag).ok) continue;
    const parts = tag.split('/');
    for (let depth = 1; depth <= parts.length; depth++) {
      const prefix = parts.slice(0, depth).join('/');
      if (DIGITS_AND_SLASHES.test(prefix)) continue;
      const key = tagKey(prefix);
      if (!byKey.has(key)) byKey.set(key, prefix);
    }
  }
  return [...byKey.values()].sort((a, b) => tagKey(a).localeCompare(tagKey(b)));
}
