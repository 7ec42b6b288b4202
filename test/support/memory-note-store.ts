import type { NoteStore, NoteSummary } from '../../src/app/ports';
import { editFrontmatter } from '../../src/core/note/frontmatter-edit';
import { unreadablePaperNoteLine } from '../../src/core/note/unreadable-properties';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { err, ok, type Result } from '../../src/core/result';

/** A NoteStore in a Map, for use-case tests and the benchmark; passes the NoteStore contract. */
export class MemoryNoteStore implements NoteStore {
  readonly files = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) this.files.set(path, text);
  }

  listNotes(): Promise<NoteSummary[]> {
    const notes = [...this.files]
      .filter(([path]) => path.endsWith('.md'))
      .map(([path, text]): NoteSummary => {
        const frontmatter = readFrontmatter(text);
        const unreadableLine = frontmatter === null ? unreadablePaperNoteLine(text) : null;
        return { path, frontmatter, ...(unreadableLine === null ? {} : { unreadableLine }) };
      });
    return Promise.resolve(notes);
  }

  read(path: string): Promise<string | null> {
    return Promise.resolve(this.files.get(path) ?? null);
  }

  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.files.has(path));
  }

  create(path: string, content: string): Promise<Result<void>> {
    if (this.files.has(path)) return Promise.resolve(err('EXISTS', `${path} already exists.`));
    this.files.set(path, content);
    return Promise.resolve(ok(undefined));
  }

  updateFrontmatter(path: string, mutate: (props: Record<string, unknown>) => void): Promise<Result<void>> {
    return this.update(path, (text) => editFrontmatter(text, mutate));
  }

  update(path: string, change: (current: string) => string): Promise<Result<void>> {
    const current = this.files.get(path);
    if (current === undefined) return Promise.resolve(err('NOT_FOUND', `${path} does not exist.`));
    try {
      this.files.set(path, change(current));
      return Promise.resolve(ok(undefined));
    } catch (e) {
      return Promise.resolve(err('IO', `Could not update ${path}: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
}
