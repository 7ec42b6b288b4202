import { err, ok, type Result } from '../core/result';
import type { NoteStore } from './ports';

/**
 * Writes a generated file (an export, a Bases file) without replacing one the reader may have
 * edited: the same content already there is reused, otherwise the first free name of `name`,
 * `name (2)`, `name (3)`, … is taken.
 */
export async function writeUnderFreeName(store: NoteStore, folder: string, name: string, ext: string, content: string): Promise<Result<string>> {
  const prefix = folder === '' ? '' : `${folder}/`;
  for (let n = 1; n <= 99; n++) {
    const path = `${prefix}${n === 1 ? name : `${name} (${n})`}.${ext}`;
    const created = await store.create(path, content);
    if (created.ok) return ok(path);
    if (created.error.code !== 'EXISTS') return created;
    if ((await store.read(path)) === content) return ok(path);
  }
  return err('EXISTS', `There are already 99 files named like ${prefix}${name}.${ext}; remove some and try again.`);
}
