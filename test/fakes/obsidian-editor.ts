import type { EditorChange, EditorPosition, EditorTransaction, App as ObsidianApp } from 'obsidian';
import type { TFile } from './obsidian-files';

/** What an editor reports its changes to: the workspace, which fires `editor-change`. */
interface ChangeSink {
  trigger(name: string, ...data: unknown[]): void;
}

/**
 * Obsidian's `Editor` over a plain string, with a cursor and an undo history. Like CodeMirror 6
 * (which Obsidian's editor is), the changes of one transaction all refer to the text as it was
 * before the transaction, and one transaction is one undo step; every change fires
 * `editor-change` on the workspace.
 */
export class Editor {
  private text = '';
  private cursor = 0;
  private readonly history: { text: string; cursor: number }[] = [];

  constructor(
    private readonly sink: ChangeSink | null = null,
    private readonly info: unknown = null,
  ) {}

  getValue(): string {
    return this.text;
  }

  setValue(content: string): void {
    this.apply([{ from: 0, to: this.text.length, text: content }]);
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getCursor(_string?: 'from' | 'to' | 'head' | 'anchor'): EditorPosition {
    return this.offsetToPos(this.cursor);
  }

  setCursor(pos: EditorPosition | number, ch?: number): void {
    this.cursor = this.posToOffset(typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos);
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
    const start = this.posToOffset(from);
    this.apply([{ from: start, to: to === undefined ? start : this.posToOffset(to), text: replacement }]);
  }

  transaction(tx: EditorTransaction, _origin?: string): void {
    const changes = (tx.changes ?? []).map((c: EditorChange) => {
      const from = this.posToOffset(c.from);
      return { from, to: c.to === undefined ? from : this.posToOffset(c.to), text: c.text };
    });
    this.apply(changes);
    if (tx.selection) this.cursor = this.posToOffset(tx.selection.from);
  }

  undo(): void {
    const previous = this.history.pop();
    if (!previous) return;
    this.text = previous.text;
    this.cursor = previous.cursor;
    this.sink?.trigger('editor-change', this, this.info);
  }

  posToOffset(pos: EditorPosition): number {
    let offset = 0;
    for (let line = 0; line < pos.line; line++) {
      const next = this.text.indexOf('\n', offset);
      if (next < 0) return this.text.length;
      offset = next + 1;
    }
    const end = this.text.indexOf('\n', offset);
    return Math.min(offset + pos.ch, end < 0 ? this.text.length : end);
  }

  offsetToPos(offset: number): EditorPosition {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const line = before.split('\n').length - 1;
    return { line, ch: before.length - (before.lastIndexOf('\n') + 1) };
  }

  /** TEST HELPER, not in Obsidian's API: loads a file's text as opening it does (no event, no undo step). */
  load(text: string): void {
    this.text = text;
    this.cursor = 0;
    this.history.length = 0;
  }

  /** Changes in original coordinates, as CodeMirror takes them; overlapping changes are a bug. */
  private apply(changes: { from: number; to: number; text: string }[]): void {
    if (changes.length === 0) return;
    this.history.push({ text: this.text, cursor: this.cursor });
    const sorted = [...changes].sort((a, b) => a.from - b.from);
    let result = '';
    let copied = 0;
    let cursor = this.cursor;
    for (const c of sorted) {
      if (c.from < copied) throw new Error('Overlapping editor changes in one transaction.');
      result += this.text.slice(copied, c.from) + c.text;
      copied = c.to;
      // The cursor stays with the text it was in: insertions at or before it push it along.
      if (c.to <= this.cursor) cursor += c.text.length - (c.to - c.from);
    }
    this.text = result + this.text.slice(copied);
    this.cursor = Math.min(cursor, this.text.length);
    this.sink?.trigger('editor-change', this, this.info);
  }
}

/** What a view needs of its app: the vault to save to. */
interface ViewApp {
  readonly vault: { modify(file: TFile, data: string): Promise<void> };
}

/**
 * Obsidian's `MarkdownView`: the file open in a leaf and its editor. Edits stay in the editor
 * until `save()` (Obsidian saves on its own a moment later); the workspace loads a change of the
 * file on disk into the editor, as Obsidian reloads an open file changed elsewhere.
 */
export class MarkdownView {
  file: TFile | null = null;
  readonly editor: Editor;
  // Typed as Obsidian's App, as plugin code sees it.
  app: ObsidianApp;

  constructor(
    readonly leaf: object,
    app?: ViewApp,
    sink?: ChangeSink,
  ) {
    this.app = app as unknown as ObsidianApp;
    this.editor = new Editor(sink ?? null, this);
  }

  getViewType(): string {
    return 'markdown';
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  async save(_clear?: boolean): Promise<void> {
    if (this.file) await this.app.vault.modify(this.file, this.editor.getValue());
  }
}
