import { readTags, sameTag } from '../reading/tags';

/**
 * The shared rule for "is this a paper note": its properties have `arxiv`, or its `tags` hold
 * the paper tag (any case, as Obsidian matches tags). Papers without an arXiv id (imported from a
 * reading log) are paper notes through the tag.
 */
export function isPaperNote(frontmatter: Readonly<Record<string, unknown>> | null | undefined, paperTag: string): boolean {
  if (!frontmatter) return false;
  const arxiv = frontmatter.arxiv;
  if ((typeof arxiv === 'string' && arxiv.trim() !== '') || typeof arxiv === 'number') return true;
  if (paperTag.trim().replace(/^#/, '') === '') return false;
  // `tag` is the older spelling of the key; Obsidian still reads it.
  return [...readTags(frontmatter.tags), ...readTags(frontmatter.tag)].some((t) => sameTag(t, paperTag));
}
