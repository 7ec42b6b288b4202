/** @jest-environment jsdom */
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import {
  clearNotices,
  noticeMessages,
  openModals,
  resetRequestUrlHandler,
  setRequestUrlHandler,
  settingNamed,
  settingsIn,
  type App,
} from '../fakes/obsidian';
import { createAndOpen } from '../../src/plugin/commands/new-note-from-link';
import { startPlugin } from '../support/start-plugin';

const PAPER = samplePaper({ categories: ['cs.RO', 'cs.AI'] });
const TEMPLATE = '---\ncssclasses: [paper]\n---\n# {{title}}\n{{authors}} ({{year}}) [PDF]({{pdf}})\n\n> {{citation}}\n\nVenue: {{venue}}\n';

const read = (app: App, path: string) => app.vault.read(app.vault.getFileByPath(path)!);

describe('the reader’s template, file-name pattern and tags', () => {
  beforeEach(() => {
    clearNotices();
    setRequestUrlHandler(() => ({ status: 200, text: atomFeedXml([atomEntryXml(PAPER)]) }));
  });
  afterEach(() => resetRequestUrlHandler());

  it('fills the template, names the file by the pattern, maps tags, and reports the unknown placeholder', async () => {
    const taken = 'Papers/2024 Fu HumanPlus Humanoid Shadowing and Imitation from Humans.md';
    const { app, plugin } = await startPlugin({ 'Templates/Paper.md': TEMPLATE, [taken]: 'Someone else’s note.\n' });
    await plugin.updateSettings({
      templatePath: 'Templates/Paper.md',
      fileNamePattern: '{{year}} {{firstAuthor}} {{title}}',
      categoryTagMap: { 'cs.RO': 'robotics' },
      defaultTags: ['inbox'],
    });
    await createAndOpen(plugin, ['2406.10454']);
    const path = 'Papers/2024 Fu HumanPlus Humanoid Shadowing and Imitation from Humans (2406.10454).md';
    const text = await read(app, path);
    expect(await read(app, taken)).toBe('Someone else’s note.\n');
    expect(text).toContain('tags:\n  - paper\n  - inbox\n  - robotics\n  - arxiv/cs-AI\n');
    expect(text).not.toContain('cssclasses');
    expect(text).toContain(
      '\n# HumanPlus: Humanoid Shadowing and Imitation from Humans\nZipeng Fu, Qingqing Zhao, Qi Wu, Gordon Wetzstein, Chelsea Finn (2024) [PDF](https://arxiv.org/pdf/2406.10454)\n\n> Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024).',
    );
    expect(text).toContain('Venue: {{venue}}\n');
    expect(noticeMessages().join('\n')).toContain('The note template Templates/Paper.md uses an unknown placeholder {{venue}}');
  });

  it('falls back to the built-in body when the template is missing, and says so', async () => {
    const { app, plugin } = await startPlugin({});
    await plugin.updateSettings({ templatePath: 'Templates/Gone' });
    await createAndOpen(plugin, ['2406.10454']);
    expect(await read(app, 'Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md')).toContain('## General Idea\n- \n');
    expect(noticeMessages().join('\n')).toContain('The note template Templates/Gone.md was not found, so the built-in note body was used.');
    expect(openModals()).toEqual([]);
  });

  it('shows every setting in the settings tab with a description, and saves edits normalized', async () => {
    const { plugin } = await startPlugin({});
    const { PaperDistillSettingTab } = await import('../../src/plugin/settings/settings-tab');
    const tab = new PaperDistillSettingTab(plugin.app, plugin);
    tab.display();
    const names = settingsIn(tab.containerEl).map((s) => s.nameEl.textContent ?? '');
    // The first section is the general one and has no heading (Obsidian's plugin guidelines).
    expect(tab.containerEl.firstElementChild?.classList.contains('setting-item-heading')).toBe(false);
    expect(names[0]).toBe('Paper folder');
    for (const name of ['Paper folder', 'Citation style', 'Note template', 'File name pattern', 'Default tags', 'Category tags', 'Only distilled papers can be marked read']) {
      expect(names).toContain(name);
    }
    for (const s of settingsIn(tab.containerEl).filter((s) => !s.settingEl.classList.contains('setting-item-heading'))) {
      expect(s.descEl.textContent).not.toBe('');
      // Sentence case: only the first letter and proper names (arXiv, API, ID) are capitals.
      expect((s.nameEl.textContent ?? '').replace(/\b(arXiv|API|ID|URL|Hugging Face|BibTeX|Bases|Obsidian|Google Scholar|GitHub|OpenAlex|PDFs?)\b/g, 'x')).toMatch(/^[A-Za-z][^A-Z]*$/);
    }
    const area = settingNamed(tab.containerEl, 'Category tags').controlEl.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'cs.RO: robotics\ncs.LG: machine learning';
    area.dispatchEvent(new Event('input'));
    await Promise.resolve();
    expect(plugin.settings.categoryTagMap).toEqual({ 'cs.RO': 'robotics', 'cs.LG': 'machine-learning' });
  });

  it('has the OpenAlex and PDF settings, off for PDFs by default, and keeps a size cap that makes sense', async () => {
    const { plugin } = await startPlugin({});
    const { PaperDistillSettingTab } = await import('../../src/plugin/settings/settings-tab');
    const tab = new PaperDistillSettingTab(plugin.app, plugin);
    tab.display();
    expect(plugin.settings).toMatchObject({ openAlex: true, openAlexMailto: '', savePdfs: false, pdfFolder: 'Papers/PDF', pdfMaxMb: 50 });
    const input = (name: string) => settingNamed(tab.containerEl, name).controlEl.querySelector('input') as HTMLInputElement;
    const type = async (name: string, value: string) => {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input'));
      await Promise.resolve();
    };
    await type('Email for OpenAlex', ' me@lab.org ');
    await type('PDF folder', 'Library//PDFs/');
    await type('Largest PDF in megabytes', 'lots');
    await type('Largest PDF in megabytes', '20');
    expect(plugin.settings).toMatchObject({ openAlexMailto: 'me@lab.org', pdfFolder: 'Library/PDFs', pdfMaxMb: 20 });
  });
});
