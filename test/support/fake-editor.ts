import type { Editor, EditorPosition } from 'obsidian';

/**
 * The part of Obsidian's Editor that Paper Distill's commands use, over a string: positions,
 * selection, ranges and replaceRange, with every edit recorded.
 */
export class FakeEditor {
  /** Every replaceRange call, oldest first. */
  readonly edits: { text: string; from: EditorPosition; to: EditorPosition }[] = [];
  private anchor = 0;
  private head = 0;

  constructor(public text: string) {}

  /** Selects the first occurrence of `part` (or from `start` to `end` offsets). */
  select(part: string): this {
    this.anchor = this.text.indexOf(part);
    if (this.anchor < 0) throw new Error(`"${part}" is not in the text`);
    this.head = this.anchor + part.length;
    return this;
  }

  getValue(): string {
    return this.text;
  }
  getSelection(): string {
    return this.text.slice(this.anchor, this.head);
  }
  somethingSelected(): boolean {
    return this.anchor !== this.head;
  }
  getCursor(which: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
    const from = Math.min(this.anchor, this.head);
    const to = Math.max(this.anchor, this.head);
    return this.offsetToPos(which === 'from' ? from : which === 'to' ? to : which === 'anchor' ? this.anchor : this.head);
  }
  getRange(from: EditorPosition, to: EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }
  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
    const start = this.posToOffset(from);
    const end = to ? this.posToOffset(to) : start;
    this.edits.push({ text: replacement, from, to: to ?? from });
    this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
  }
  posToOffset(pos: EditorPosition): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + pos.ch;
  }
  offsetToPos(offset: number): EditorPosition {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before.at(-1)?.length ?? 0 };
  }

  asEditor(): Editor {
    return this as unknown as Editor;
  }
}
