import { editFrontmatter } from '../core/note/frontmatter-edit';
import type { NoteStore } from './ports';

/**
 * The same store, with `updateFrontmatter` done as a text edit through `update` (Obsidian:
 * `vault.process`) and editFrontmatter instead of the store's own property write.
 *
 * Why refresh uses this in the plugin: Obsidian's `processFrontMatter` re-serializes the whole YAML
 * block, so a refresh that changes one owned key would still drop the reader's comments, re-quote
 * their strings and reflow their lists. editFrontmatter rewrites only the lines of the keys that
 * changed, so everything else in the block stays byte-identical; `vault.process` is still atomic
 * (the change function runs on the current text, and a throw writes nothing).
 */
export function withByteExactFrontmatter(store: NoteStore): NoteStore {
  return {
    listNotes: () => store.listNotes(),
    read: (path) => store.read(path),
    exists: (path) => store.exists(path),
    create: (path, content) => store.create(path, content),
    update: (path, change) => store.update(path, change),
    updateFrontmatter: (path, mutate) => store.update(path, (text) => editFrontmatter(text, mutate)),
  };
}
