/** @jest-environment jsdom */
import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { note, section } from '../../builders/note';
import { clearNotices, MarkdownView } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

const PAPER = note({ frontmatter: '---\narxiv: "2406.10454"\ntags:\n  - paper\nstatus: to-read\n---', sections: [section('## General Idea', '- ')] });

type Started = Awaited<ReturnType<typeof startPlugin>>;

// Every way the reader changes a property of the open note: commands, the paper card, the dashboard.
const WRITES: [string, (s: Started, path: string) => void, (fm: Record<string, unknown>) => boolean][] = [
  ['a rating command', (s) => s.fake.commands.get('rate-paper-4')?.checkCallback?.(false), (fm) => fm.rating === 4],
  ['a status change', (s, path) => void s.plugin.services().reading.setStatus(path, 'reading'), (fm) => fm.status === 'reading'],
  ['a tag added', (s, path) => void s.plugin.services().reading.addTag(path, 'robotics'), (fm) => Array.isArray(fm.tags) && fm.tags.includes('robotics')],
  ['the rating cleared', (s) => s.fake.commands.get('clear-rating')?.checkCallback?.(false), (fm) => fm.rating === undefined && fm.status === 'to-read'],
];

describe('a property written to the note the reader is typing in', () => {
  afterEach(() => clearNotices());

  it.each(WRITES)('%s saves the editor first, so the typing is kept', async (_name, write, written) => {
    const started = await startPlugin({ 'Papers/HumanPlus.md': PAPER.replace('status: to-read', 'status: to-read\nrating: 2') });
    const { app } = started;
    const file = app.vault.getFileByPath('Papers/HumanPlus.md')!;
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(file);
    const view = leaf.view as MarkdownView;
    view.editor.setValue(view.editor.getValue().replace('## General Idea\n- ', '## General Idea\n- Typed a moment ago.'));
    write(started, file.path);
    await waitFor(async () => {
      const fm = readFrontmatter(await app.vault.read(file));
      return fm !== null && written(fm);
    }, 'the property to be written');
    expect(await app.vault.read(file)).toContain('- Typed a moment ago.');
    expect(view.editor.getValue()).toContain('- Typed a moment ago.');
  });
});
