import { getAllTags, type App, type TFile } from 'obsidian';
import { isPaperNote } from '../../core/note/paper-note';
import { collectTags, readTags } from '../../core/reading/tags';

/** The active note when it is a paper note (by its indexed properties), else null. */
export function activePaperFile(app: App, paperTag: string): TFile | null {
  const file = app.workspace.getActiveFile();
  if (!file || file.extension !== 'md') return null;
  return isPaperNote(app.metadataCache.getFileCache(file)?.frontmatter, paperTag) ? file : null;
}

/** The tags in a note's properties, as written (no `#`). */
export function noteTags(app: App, file: TFile): string[] {
  return readTags(app.metadataCache.getFileCache(file)?.frontmatter?.tags);
}

/**
 * Every tag used in the vault (properties and body), nested tags with their parents, once per
 * case-insensitive spelling. Built when a suggester opens, from the metadata cache only.
 */
export function vaultTags(app: App): string[] {
  const all: string[] = [];
  for (const file of app.vault.getMarkdownFiles()) {
    const cache = app.metadataCache.getFileCache(file);
    if (cache) all.push(...(getAllTags(cache) ?? []));
  }
  return collectTags(all);
}
