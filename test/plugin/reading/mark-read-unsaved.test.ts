/** @jest-environment jsdom */
import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { note, section } from '../../builders/note';
import { MarkdownView, noticeMessages, clearNotices } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

const HALF_DONE = note({ frontmatter: '---\narxiv: "2406.10454"\nstatus: reading\n---', sections: [section('## General Idea', '- Shadowing.'), section('## Limitations', '- ')] });

describe('"Mark as read" right after typing the last sections', () => {
  it('counts the text typed but not yet saved, saves it, and marks the paper read', async () => {
    clearNotices();
    const { app, fake } = await startPlugin({ 'Papers/Half.md': HALF_DONE });
    const file = app.vault.getFileByPath('Papers/Half.md');
    if (!file) throw new Error('no note');
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(file);
    const view = leaf.view instanceof MarkdownView ? leaf.view : null;
    if (!view) throw new Error('no editor');
    view.editor.setValue(`${view.editor.getValue().replace('## Limitations\n- ', '## Limitations\n- Needs a suit.')}\n## Utilities\n- Retargeting code.\n`);
    fake.commands.get('mark-as-read')?.checkCallback?.(false);
    await waitFor(async () => readFrontmatter(await app.vault.read(file))?.status === 'read', 'the status to be written');
    const text = await app.vault.read(file);
    expect(text).toContain('- Needs a suit.');
    expect(text).toContain('## Utilities\n- Retargeting code.');
    expect(noticeMessages().some((m) => m.includes('not marked read'))).toBe(false);
  });
});
