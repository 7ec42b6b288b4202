import { createFakeApp, Editor, MarkdownView, type TFile } from './obsidian';

describe('fake Editor', () => {
  it('applies a transaction in the coordinates of the text before it, as one undo step', () => {
    const editor = new Editor();
    editor.load('a\nb\nc');
    editor.transaction({ changes: [{ from: { line: 2, ch: 0 }, text: 'C' }, { from: { line: 0, ch: 1 }, to: { line: 1, ch: 0 }, text: '-' }] });
    expect(editor.getValue()).toBe('a-b\nCc');
    editor.undo();
    expect(editor.getValue()).toBe('a\nb\nc');
  });

  it('keeps the cursor with its text when something is inserted before it', () => {
    const editor = new Editor();
    editor.load('one\ntwo');
    editor.setCursor({ line: 1, ch: 2 });
    editor.replaceRange('zero\n', { line: 0, ch: 0 });
    expect(editor.getCursor()).toEqual({ line: 2, ch: 2 });
  });

  it('converts between offsets and positions', () => {
    const editor = new Editor();
    editor.load('ab\ncd\n');
    expect([2, 3, 6].map((o) => editor.offsetToPos(o))).toEqual([{ line: 0, ch: 2 }, { line: 1, ch: 0 }, { line: 2, ch: 0 }]);
    expect(editor.posToOffset({ line: 1, ch: 9 })).toBe(5);
  });

  it('reports changes as editor-change on the workspace, and shows changes made on disk', async () => {
    const app = createFakeApp({ 'a.md': 'old' });
    const changes: unknown[] = [];
    app.workspace.on('editor-change', (_editor: Editor) => changes.push(_editor));
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.getFileByPath('a.md') as TFile);
    const editor = markdownViewOf(leaf)?.editor;
    editor?.setValue('typed');
    expect(changes).toEqual([editor]);
    await markdownViewOf(leaf)?.save();
    expect(await app.vault.read(app.vault.getFileByPath('a.md') as TFile)).toBe('typed');
    await app.vault.process(app.vault.getFileByPath('a.md') as TFile, () => 'from disk');
    expect(editor?.getValue()).toBe('from disk');
  });
});

/** The leaf's Markdown view, when it shows a note. */
function markdownViewOf(leaf: { view: unknown }): MarkdownView | null {
  return leaf.view instanceof MarkdownView ? leaf.view : null;
}
