import type { Editor, EditorPosition, MarkdownFileInfo, MarkdownView } from 'obsidian';
import { findArxivRefs, formatArxivRef } from '../../core/arxiv/ids';
import { splitFrontmatter } from '../../core/note/frontmatter';
import { replaceArxivLinks } from '../../core/note/link-rewrite';
import type { PluginHost } from '../host';
import { createWithProgress, notePathsById } from './batch-create';

type Host = Pick<PluginHost, 'app' | 'settings' | 'services'>;
type Scope = 'selection' | 'note';

/** The inputs the command would create notes for; the frontmatter of the note is not looked at. */
export function arxivInputsIn(text: string): string[] {
  return findArxivRefs(text).map(formatArxivRef);
}

function textOf(editor: Editor, scope: Scope): string {
  return scope === 'selection' ? editor.getSelection() : splitFrontmatter(editor.getValue()).body;
}

/** For editorCheckCallback: available only where there is at least one arXiv link to act on. */
export function hasArxivLinks(editor: Editor, scope: Scope): boolean {
  const text = textOf(editor, scope);
  return text.trim() !== '' && findArxivRefs(text).length > 0;
}

/**
 * Creates a note for every arXiv link in the selection or the current note, then, when the
 * setting is on, replaces each link by a wikilink to its note. The text is rewritten only if the
 * selection still holds what it held when the command started; only the links' own characters
 * change, as one edit (one undo step).
 */
export async function createFromLinksInEditor(host: Host, editor: Editor, ctx: MarkdownView | MarkdownFileInfo, scope: Scope): Promise<void> {
  const from = editor.getCursor('from');
  const to = editor.getCursor('to');
  const original = scope === 'selection' ? editor.getSelection() : editor.getValue();
  const inputs = arxivInputsIn(textOf(editor, scope));
  if (inputs.length === 0) {
    host.services().notifier.info('Paper Distill: no arXiv links here.');
    return;
  }
  const outcomes = await createWithProgress(host, inputs);
  if (!host.settings.replaceLinksWithWikilinks) return;

  const paths = notePathsById(outcomes);
  const source = ctx.file?.path ?? '';
  const targetFor = (id: string): string | null => {
    const path = paths.get(id);
    if (path === undefined) return null;
    const file = host.app.vault.getFileByPath(path);
    return file ? host.app.metadataCache.fileToLinktext(file, source, true) : null;
  };
  const start = scope === 'selection' ? from : editor.offsetToPos(0);
  const end = scope === 'selection' ? to : editor.offsetToPos(editor.getValue().length);
  if (editor.getRange(start, end) !== original) {
    host.services().notifier.error('Paper Distill: the text changed while the notes were created, so its links were left as they were.');
    return;
  }
  const { text, replaced } = replaceArxivLinks(original, targetFor);
  if (replaced > 0) replaceChangedPart(editor, start, original, text);
}

/** Replaces only the span between the unchanged start and end of the text. */
function replaceChangedPart(editor: Editor, origin: EditorPosition, before: string, after: string): void {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const base = editor.posToOffset(origin);
  editor.replaceRange(after.slice(head, after.length - tail), editor.offsetToPos(base + head), editor.offsetToPos(base + before.length - tail));
}
