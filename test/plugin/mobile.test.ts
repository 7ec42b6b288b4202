/** @jest-environment jsdom */
import { note, section } from '../builders/note';
import { MarkdownView, Platform } from '../fakes/obsidian';
import { startPlugin } from '../support/start-plugin';

const PAPER = note({ frontmatter: '---\narxiv: "2406.10454"\ntags:\n  - paper\n---', sections: [section('## General Idea', '- ')] });

describe('on a phone or tablet (Platform.isMobile)', () => {
  afterEach(() => {
    Platform.isMobile = false;
  });

  it('adds no status bar item and validates nothing while the reader types', async () => {
    Platform.isMobile = true;
    const { app, fake } = await startPlugin({ 'Papers/HumanPlus.md': PAPER });
    expect(fake.statusBarItems).toEqual([]);
    const reads = jest.spyOn(app.vault, 'cachedRead');
    const leaf = app.workspace.getLeaf(false);
    await leaf.openFile(app.vault.getFileByPath('Papers/HumanPlus.md')!);
    (leaf.view as MarkdownView).editor.setValue(`${PAPER}\nMore.`);
    await new Promise((r) => setTimeout(r, 500));
    expect(reads).not.toHaveBeenCalled();
  });

  it('on desktop keeps the status bar item', async () => {
    const { fake } = await startPlugin({ 'Papers/HumanPlus.md': PAPER });
    expect(fake.statusBarItems).toHaveLength(1);
  });
});
