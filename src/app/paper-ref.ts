import { parseArxivInput } from '../core/arxiv/ids';
import { err, ok, type Result } from '../core/result';
import { indexPaperNotes } from './paper-lookup';
import type { NoteStore } from './ports';

/**
 * The note a reader means by `ref`: a vault-relative path (with or without `.md`) when such a
 * note exists, else an arXiv id or link in any shape, looked up by the notes' `arxiv` property.
 * The path is tried first because an old-style id (`hep-th/9901001`) also looks like a path.
 */
export async function resolvePaperRef(store: NoteStore, ref: string): Promise<Result<string>> {
  const path = ref.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  if (path === '') return err('NOT_FOUND', 'Name a paper note: a path in the vault or an arXiv id.');
  for (const candidate of /\.md$/i.test(path) ? [path] : [`${path}.md`, path]) {
    if (await store.exists(candidate)) return ok(candidate);
  }
  const id = parseArxivInput(path);
  if (id.ok) {
    const found = (await indexPaperNotes(store)).get(id.value.id);
    if (found !== undefined) return ok(found);
    return err('NOT_FOUND', `No paper note in this vault has arXiv id ${id.value.id}.`);
  }
  return err('NOT_FOUND', `There is no note at ${path}, and it is not an arXiv id.`);
}
