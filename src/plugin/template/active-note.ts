import { MarkdownView, type App, type TFile } from 'obsidian';
import { readFrontmatter } from '../../core/note/frontmatter';
import { isPaperNote } from '../../core/note/paper-note';

/**
 * The editor showing `path`, when the active leaf has it open. Its text is the truth while the
 * reader types: Obsidian writes it to disk only a moment later.
 */
export function openEditorFor(app: App, path: string): MarkdownView | null {
  const view = app.workspace.getActiveViewOfType(MarkdownView);
  return view !== null && view.file?.path === path ? view : null;
}

/**
 * Saves every editor that shows `path` (the reader may have it open in several panes). Call
 * before writing to the file: Obsidian saves typing only a moment later, and a write in
 * between would reload the editor from disk and lose what was just typed.
 */
export async function saveOpenEditors(app: App, path: string): Promise<void> {
  const views = app.workspace
    .getLeavesOfType('markdown')
    .map((leaf) => leaf.view)
    .filter((view): view is MarkdownView => view instanceof MarkdownView && view.file?.path === path);
  await Promise.all(views.map((view) => view.save()));
}

/** A note's text: the open editor's when there is one, else the file's. */
export async function currentText(app: App, file: TFile): Promise<string> {
  const view = openEditorFor(app, file.path);
  return view !== null ? view.editor.getValue() : app.vault.cachedRead(file);
}

/**
 * Whether `file` is a paper note. With its text at hand the frontmatter comes from that text, so
 * a paper tag typed a moment ago counts before the metadata cache has caught up.
 */
export function isPaperFile(app: App, file: TFile, paperTag: string, text?: string): boolean {
  if (file.extension !== 'md') return false;
  const frontmatter = text !== undefined ? readFrontmatter(text) : app.metadataCache.getFileCache(file)?.frontmatter;
  return isPaperNote(frontmatter, paperTag);
}
