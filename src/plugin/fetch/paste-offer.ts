import { type Editor, Notice } from 'obsidian';
import { parseArxivInput } from '../../core/arxiv/ids';
import type { PluginHost } from '../host';
import { openOrCreatePaperNote } from './open-or-create';

const OFFER_MS = 8_000;

/** The arXiv id of a paste that is one arXiv URL (not an id typed into prose), else null. */
export function pastedArxivId(text: string): string | null {
  const t = text.trim();
  if (t === '' || /\s/.test(t) || !/arxiv|huggingface\.co\/papers|hf\.co\/papers|10\.48550/i.test(t)) return null;
  if (!/^(https?:\/\/|www\.|arxiv\.org|doi\.org)/i.test(t)) return null;
  const parsed = parseArxivInput(t);
  return parsed.ok ? parsed.value.id : null;
}

/**
 * When an arXiv link is pasted into a note, the paste goes ahead untouched and a notice offers
 * to create (or open) the paper's note. Nothing happens unless the reader clicks.
 */
export function registerPasteOffer(plugin: PluginHost): void {
  // Unlike a paste handler that inserts something else, this one only watches: it must not call
  // preventDefault, so Obsidian pastes exactly as it would without the plugin (HTML→Markdown
  // included). It stays out of pastes another handler has already taken over.
  const watchPaste = (evt: ClipboardEvent, _editor: Editor): void => {
    if (evt.defaultPrevented || !plugin.settings.offerNoteOnPaste) return;
    const id = pastedArxivId(evt.clipboardData?.getData('text/plain') ?? '');
    if (id !== null) offerNote(plugin, id);
  };
  plugin.registerEvent(plugin.app.workspace.on('editor-paste', watchPaste));
}

function offerNote(plugin: PluginHost, id: string): void {
  const fragment = createFragment();
  fragment.createSpan({ text: `Paper Distill: create the paper note for arXiv ${id}? ` });
  const button = fragment.createEl('button', { text: 'Create note', cls: 'paper-distill-paste-offer' });
  const notice = new Notice(fragment, OFFER_MS);
  button.addEventListener('click', () => {
    notice.hide();
    void openOrCreatePaperNote(plugin, id);
  });
}
