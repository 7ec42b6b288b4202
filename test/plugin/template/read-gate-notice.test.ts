/** @jest-environment jsdom */
import { checkReadGate } from '../../../src/core/note/read-gate';
import { allowMarkRead, notifyReadRefused } from '../../../src/plugin/read-gate-notice';
import { distilledNote, note, section } from '../../builders/note';
import { clearNotices, MarkdownView, noticeMessages, shownNotices } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';

const HALF_DONE = note({ sections: [section('## General Idea'), section('## Limitations', '- ')] });
const REFUSED =
  'Paper Distill: Half was not marked read. Not distilled yet: Limitations is empty; Utilities is missing. Fill these sections before marking it read.Open note';

async function start() {
  clearNotices();
  const { app, plugin } = await startPlugin({ 'Papers/Half.md': HALF_DONE, 'Papers/Done.md': distilledNote(), 'Inbox/Other.md': 'x' });
  return { app, plugin };
}

describe('allowMarkRead: the gate every "mark as read" control asks', () => {
  let buttons: HTMLButtonElement[] = [];
  const original = document.createDocumentFragment.bind(document);
  beforeEach(() => {
    buttons = [];
    // Notices are not attached to the page in the fake; keep their fragments' buttons reachable.
    jest.spyOn(document, 'createDocumentFragment').mockImplementation(() => {
      const f = original();
      const add = f.appendChild.bind(f);
      f.appendChild = <T extends Node>(node: T): T => {
        if (node.nodeName === 'BUTTON') buttons.push(node as unknown as HTMLButtonElement);
        return add(node);
      };
      return f;
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it('refuses an incomplete note, names what is missing and offers to open the note', async () => {
    const { app, plugin } = await start();
    expect(await allowMarkRead(plugin, 'Papers/Half.md')).toBe(false);
    expect(noticeMessages()).toEqual([REFUSED]);
    expect(shownNotices()[0].hidden).toBe(false);
    const button = buttons.at(-1);
    if (!button) throw new Error('the notice has no button');
    expect(button.textContent).toBe('Open note');
    button.click();
    await Promise.resolve();
    expect(app.workspace.getActiveFile()?.path).toBe('Papers/Half.md');
    expect(shownNotices()[0].hidden).toBe(true);
  });

  it('allows a distilled note, and any note when the gate is off', async () => {
    const { plugin } = await start();
    expect(await allowMarkRead(plugin, 'Papers/Done.md')).toBe(true);
    await plugin.updateSettings({ gateReadOnTemplate: false });
    expect(await allowMarkRead(plugin, 'Papers/Half.md')).toBe(true);
    expect(noticeMessages()).toEqual([]);
  });

  it('reads the open editor, so sections filled a moment ago (not yet saved) count', async () => {
    const { app, plugin } = await start();
    const leaf = app.workspace.getLeaf(false);
    const file = app.vault.getFileByPath('Papers/Half.md');
    if (!file) throw new Error('no note');
    await leaf.openFile(file);
    const editor = markdownViewOf(leaf)?.editor;
    if (!editor) throw new Error('no editor');
    editor.setValue(`${editor.getValue().replace('## Limitations\n- ', '## Limitations\n- Needs a suit.')}\n## Utilities\n- Retargeting code.\n`);
    expect(await allowMarkRead(plugin, 'Papers/Half.md')).toBe(true);
  });

  it('says it once when asked twice in a row', async () => {
    const { plugin } = await start();
    await allowMarkRead(plugin, 'Papers/Half.md');
    await allowMarkRead(plugin, 'Papers/Half.md');
    expect(noticeMessages()).toHaveLength(1);
  });

  it('gives callers that ran checkReadGate themselves the same notice', async () => {
    const { plugin } = await start();
    const gate = checkReadGate(HALF_DONE, plugin.settings.requiredSections);
    if (gate.ok) throw new Error('expected a refusal');
    notifyReadRefused(plugin, 'Papers/Half.md', gate.error.message);
    expect(noticeMessages()).toEqual([REFUSED]);
  });
});

/** The leaf's Markdown view, when it shows a note. */
function markdownViewOf(leaf: { view: unknown }): MarkdownView | null {
  return leaf.view instanceof MarkdownView ? leaf.view : null;
}
