import { type EditorState, type Extension, StateField, type Text } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, WidgetType } from '@codemirror/view';
import { editorInfoField, editorLivePreviewField, type TFile } from 'obsidian';
import { readFrontmatter } from '../../core/note/frontmatter';
import { isPaperNote } from '../../core/note/paper-note';
import type { PluginHost } from '../host';
import { mountPaperCard, type MountedPaperCard } from './paper-card-host';

/**
 * Live Preview: a CodeMirror 6 block widget placed just below the properties (at the start of the
 * first line after the frontmatter). Block widgets have to come from a state field, not a view
 * plugin. The field rebuilds its one decoration only when the document, the file or the Live
 * Preview mode changes, and the widget compares equal for the same file, so typing in the note
 * keeps the same card (and its focus); the card follows the note through the metadata cache.
 * Source mode shows no card. `@codemirror/*` stays external in the bundle: Obsidian provides it.
 */
export function paperCardEditorExtension(host: PluginHost): Extension {
  const build = (state: EditorState): DecorationSet => {
    if (!host.settings.showPaperCard || !state.field(editorLivePreviewField, false)) return Decoration.none;
    const file = state.field(editorInfoField, false)?.file;
    if (!file || file.extension !== 'md') return Decoration.none;
    const head = frontmatterText(state.doc);
    if (head === null || !isPaperNote(readFrontmatter(head.text), host.settings.paperTag)) return Decoration.none;
    const widget = Decoration.widget({ widget: new PaperCardWidget(host, file), block: true, side: -1 });
    return Decoration.set([widget.range(head.end)]);
  };
  return StateField.define<DecorationSet>({
    create: build,
    update(decorations, tr) {
      const modeChanged = tr.state.field(editorLivePreviewField, false) !== tr.startState.field(editorLivePreviewField, false);
      const fileChanged = tr.state.field(editorInfoField, false)?.file !== tr.startState.field(editorInfoField, false)?.file;
      return tr.docChanged || modeChanged || fileChanged ? build(tr.state) : decorations;
    },
    provide: (field) => EditorView.decorations.from(field),
  });
}

class PaperCardWidget extends WidgetType {
  private static readonly mounted = new WeakMap<HTMLElement, MountedPaperCard>();

  constructor(
    private readonly host: PluginHost,
    private readonly file: TFile,
  ) {
    super();
  }

  eq(other: WidgetType): boolean {
    return other instanceof PaperCardWidget && other.file === this.file;
  }

  toDOM(view: EditorView): HTMLElement {
    const holder = createDiv({ cls: 'paper-distill-card-holder', attr: { contenteditable: 'false' } });
    PaperCardWidget.mounted.set(holder, mountPaperCard(this.host, holder, this.file, view.state.doc.toString()));
    return holder;
  }

  destroy(dom: HTMLElement): void {
    PaperCardWidget.mounted.get(dom)?.destroy();
    PaperCardWidget.mounted.delete(dom);
  }

  /** Clicks and keys inside the card belong to the card, not to the editor's selection. */
  ignoreEvent(): boolean {
    return true;
  }
}

/** The frontmatter block's text and the offset of the line after its closing fence; null without one. */
export function frontmatterText(doc: Text): { text: string; end: number } | null {
  if (doc.lines < 2 || doc.line(1).text.trim() !== '---') return null;
  // Properties are short; a missing closing fence should not make every keystroke scan the note.
  const last = Math.min(doc.lines, 500);
  for (let n = 2; n <= last; n++) {
    const line = doc.line(n);
    if (/^(?:---|\.\.\.)\s*$/.test(line.text)) {
      return { text: doc.sliceString(0, line.to), end: n < doc.lines ? doc.line(n + 1).from : line.to };
    }
  }
  return null;
}
