import type { ArxivIdString } from '../core/arxiv/types';
import { normalizeTitleKey } from '../core/arxiv/title-key';
import { noteArxivId } from './paper-lookup';
import type { NoteStore, NoteSummary } from './ports';

export interface VaultIndex {
  readonly byId: Map<ArxivIdString, string>;
  /** Title key → the note and its arXiv id (null for a paper note without one). */
  readonly byTitle: Map<string, { readonly path: string; readonly id: ArxivIdString | null }>;
}

/** Titles compared as words: case, punctuation, quotes and TeX markup do not matter. */
export function titleKey(title: string): string {
  return normalizeTitleKey(title);
}

/** Paper notes by arXiv id and, for entries known only by title, by normalised title. */
export async function vaultIndex(store: NoteStore, paperTag: string): Promise<VaultIndex> {
  const byId = new Map<ArxivIdString, string>();
  const byTitle = new Map<string, { path: string; id: ArxivIdString | null }>();
  for (const note of await store.listNotes()) {
    const id = noteArxivId(note.frontmatter);
    if (id !== null && !byId.has(id)) byId.set(id, note.path);
    if (id !== null || hasTag(note, paperTag)) {
      const title = note.frontmatter?.title;
      const key = typeof title === 'string' ? titleKey(title) : '';
      if (key !== '' && !byTitle.has(key)) byTitle.set(key, { path: note.path, id });
    }
  }
  return { byId, byTitle };
}

/**
 * The note the vault has for a paper: by id first, then by any of its titles. A paper with an
 * id only matches by title a note that has no id (the same paper imported without its link).
 */
export function findInVault(vault: VaultIndex, id: ArxivIdString | null, titles: readonly (string | null | undefined)[]): string | undefined {
  if (id !== null) {
    const path = vault.byId.get(id);
    if (path !== undefined) return path;
  }
  for (const title of titles) {
    const key = title ? titleKey(title) : '';
    const hit = key === '' ? undefined : vault.byTitle.get(key);
    if (hit !== undefined && (id === null || hit.id === null || hit.id === id)) return hit.path;
  }
  return undefined;
}

function hasTag(note: NoteSummary, tag: string): boolean {
  const tags = note.frontmatter?.tags;
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(/[\s,]+/) : [];
  return list.some((t) => typeof t === 'string' && t.replace(/^#/, '') === tag);
}
