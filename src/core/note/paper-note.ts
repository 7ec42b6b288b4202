/**
 * Whether a note is a paper note, from its parsed frontmatter: it has an `arxiv` key (a string, or
 * the number YAML makes of an unquoted id), or its `tags` hold the paper tag. Tags compare as
 * Obsidian compares them: case-insensitively, with or without `#`; `tags` may be a list or a
 * comma- or space-separated string (both are valid in Obsidian), and the old `tag` key counts too.
 */
export function isPaperNote(frontmatter: Readonly<Record<string, unknown>> | null | undefined, paperTag: string): boolean {
  if (!frontmatter) return false;
  const arxiv = frontmatter.arxiv;
  if ((typeof arxiv === 'string' && arxiv.trim() !== '') || typeof arxiv === 'number') return true;
  const wanted = tagKey(paperTag);
  if (wanted === '') return false;
  return [frontmatter.tags, frontmatter.tag].some((raw) => tagsOf(raw).some((t) => tagKey(t) === wanted));
}

function tagsOf(raw: unknown): string[] {
  if (typeof raw === 'string') return raw.split(/[,\s]+/);
  if (Array.isArray(raw)) return raw.filter((t): t is string => typeof t === 'string');
  return [];
}

const tagKey = (tag: string): string => tag.trim().replace(/^#/, '').toLowerCase();
