import type { PaperMetadata } from '../arxiv/types';
import { splitAuthorName } from '../citation/names';

/**
 * A valid Obsidian tag from any text, or null: Obsidian tags hold letters (any script), digits,
 * `_`, `-` and `/` for nesting, and cannot be only digits. Dots and spaces become `-`.
 */
export function toObsidianTag(text: string): string | null {
  const tag = text
    .trim()
    .replace(/^#+/, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}_\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/(^[-/]+)|([-/]+$)/g, '')
    .replace(/-?\/-?/g, '/');
  if (tag === '' || /^[\d/]+$/.test(tag)) return null;
  return tag;
}

/** `cs.RO` → `arxiv/cs-RO` by default; a mapped category (`cs.RO: robotics`) becomes its own tag. */
export function categoryTagFor(category: string, prefix: string, map: Readonly<Record<string, string>>): string | null {
  // Own keys only: the map comes from the reader's settings, the category from arXiv.
  const mapped = Object.prototype.hasOwnProperty.call(map, category) ? map[category] : undefined;
  if (typeof mapped === 'string') return toObsidianTag(mapped);
  return toObsidianTag(prefix + category.replace(/[.\s]+/g, '-'));
}

/** "Zipeng Fu" → "Fu"; used by `{{firstAuthor}}`. */
export function familyName(author: string): string {
  return splitAuthorName(author).family;
}

export interface TagSettings {
  readonly paperTag: string;
  readonly defaultTags: readonly string[];
  readonly addCategoryTags: boolean;
  readonly categoryTagPrefix: string;
  readonly categoryTagMap: Readonly<Record<string, string>>;
}

/** The tags a new note starts with: paper tag, default tags, one per category; all valid, no repeats. */
export function newNoteTags(meta: PaperMetadata, s: TagSettings): string[] {
  const tags = [toObsidianTag(s.paperTag), ...s.defaultTags.map(toObsidianTag)];
  if (s.addCategoryTags) for (const c of meta.categories) tags.push(categoryTagFor(c, s.categoryTagPrefix, s.categoryTagMap));
  return [...new Set(tags.filter((t): t is string => t !== null))];
}
