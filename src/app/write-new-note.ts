import { joinPath, noteBaseName } from '../core/note/filename';
import type { NoteStore } from './ports';

/**
 * Creates the note under the first free name; a name taken by the same paper (written meanwhile
 * by a concurrent import or command) is reported as existing instead of writing a second note.
 */
export async function writeNew(
  store: NoteStore,
  folder: string,
  title: string,
  text: string,
  suffix: string | null,
  samePaper: (existing: string) => boolean,
): Promise<{ ok: true; path: string; existing: boolean } | { ok: false; message: string }> {
  const base = noteBaseName(title, suffix ?? 'Untitled paper');
  const names = [base, ...(suffix === null ? [] : [`${base} (${suffix.replace(/\//g, '-')})`]), `${base} (imported)`];
  for (const name of names) {
    const path = joinPath(folder, name);
    const created = await store.create(path, text);
    if (created.ok) return { ok: true, path, existing: false };
    if (created.error.code !== 'EXISTS') return { ok: false, message: created.error.message };
    const other = await store.read(path);
    if (other !== null && samePaper(other)) return { ok: true, path, existing: true };
  }
  return { ok: false, message: `Could not find a free file name for "${base}".` };
}
