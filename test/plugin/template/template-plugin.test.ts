/** @jest-environment jsdom */
import { insertMissingSections } from '../../../src/core/note/insert-sections';
import { STATUS_DEBOUNCE_MS } from '../../../src/plugin/template/status-bar';
import type { TemplateReportModal } from '../../../src/plugin/template/template-report-modal';
import { distilledNote, FRONTMATTER, note, section, templateNote, withCrlf } from '../../builders/note';
import { clearNotices, MarkdownView, noticeMessages, openModals, settingNamed, type App, type TFile } from '../../fakes/obsidian';
import { waitFor } from '../../support/wait-for';
import { startPlugin } from '../../support/start-plugin';

const HALF_DONE = note({ sections: [section('## General Idea'), section('## Limitations', '- ')] });
const EXTRAS = note({ sections: [section('## My thoughts', 'Worth a re-read.'), section('### Main Idea'), section('## TODO', '- [ ] code')] });

async function start(files: Record<string, string>) {
  clearNotices();
  const { app, plugin, fake } = await startPlugin({ 'Journal/Monday.md': '# Monday\n\nGroceries.\n', ...files });
  const status = fake.statusBarItems.find((el) => el.hasClass('paper-distill-template-status'));
  if (!status) throw new Error('no template status bar item');
  return { app, plugin, fake, status };
}

function fileAt(app: App, path: string): TFile {
  return app.vault.getFileByPath(path) ?? fail(`no ${path}`);
}

/** The open template report (the fake's Modal list is typed as the fake's base class). */
function reportModal(): TemplateReportModal {
  const modal: unknown = openModals().at(-1);
  if (typeof modal !== 'object' || modal === null || !('ready' in modal)) throw new Error('the template report is not open');
  return modal as TemplateReportModal;
}

async function open(app: App, path: string) {
  const file = fileAt(app, path);
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file);
  return { file, leaf, editor: markdownViewOf(leaf)?.editor ?? fail('no editor') };
}

function fail(message: string): never {
  throw new Error(message);
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('status bar: distillation state of the active note', () => {
  it('shows the state of a paper note and hides itself for other notes', async () => {
    const { app, status } = await start({ 'Papers/Half.md': HALF_DONE, 'Papers/Done.md': distilledNote() });
    expect(status.isShown()).toBe(false);

    await open(app, 'Papers/Half.md');
    expect(status.isShown()).toBe(true);
    expect(status.getText()).toBe('Distilled 1/3 · Limitations empty, Utilities missing');
    expect(status.getAttr('data-complete')).toBe('false');
    expect(status.getAttr('aria-label')).toContain('Utilities is missing');

    await open(app, 'Journal/Monday.md');
    expect(status.isShown()).toBe(false);

    await open(app, 'Papers/Done.md');
    expect([status.isShown(), status.getText(), status.getAttr('data-complete')]).toEqual([true, 'Distilled 3/3', 'true']);
  });

  it('follows the editor as the reader types, once typing pauses', async () => {
    const { app, status } = await start({ 'Papers/Half.md': HALF_DONE });
    const { editor } = await open(app, 'Papers/Half.md');
    jest.useFakeTimers();
    try {
      const at = editor.getValue().indexOf('- \n') + 2;
      for (const ch of 'Needs a motion-capture suit.') {
        editor.replaceRange(ch, editor.offsetToPos(at + editor.getValue().slice(at).indexOf('\n')));
        jest.advanceTimersByTime(STATUS_DEBOUNCE_MS / 4);
      }
      // Still typing: the bar keeps the last validated state.
      expect(status.getText()).toBe('Distilled 1/3 · Limitations empty, Utilities missing');
      jest.advanceTimersByTime(STATUS_DEBOUNCE_MS);
      expect(status.getText()).toBe('Distilled 2/3 · Utilities missing');
      // Validated from the editor, not the file: nothing was saved.
      expect(await app.vault.read(fileAt(app, 'Papers/Half.md'))).toBe(HALF_DONE);
    } finally {
      jest.useRealTimers();
    }
  });

  it('appears when a paper tag is typed into a plain note', async () => {
    const { app, status } = await start({});
    const { editor } = await open(app, 'Journal/Monday.md');
    jest.useFakeTimers();
    try {
      editor.setValue(`---\ntags: [paper]\n---\n${editor.getValue()}`);
      jest.advanceTimersByTime(STATUS_DEBOUNCE_MS);
      expect([status.isShown(), status.getText()]).toEqual([true, 'Distilled 0/3 · General Idea missing, Limitations missing +1 more']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('updates when the active pane changes', async () => {
    const { app, status } = await start({ 'Papers/Half.md': HALF_DONE });
    const first = await open(app, 'Papers/Half.md');
    const other = app.workspace.getLeaf(true);
    await other.openFile(fileAt(app, 'Journal/Monday.md'));
    expect(status.isShown()).toBe(false);
    app.workspace.setActiveLeaf(first.leaf);
    expect(status.getText()).toBe('Distilled 1/3 · Limitations empty, Utilities missing');
  });
});

describe('Insert missing sections', () => {
  it('is offered for paper notes only', async () => {
    const { app, fake } = await start({ 'Papers/Half.md': HALF_DONE });
    const command = fake.commands.get('insert-missing-sections');
    expect(command?.checkCallback?.(true)).toBe(false);
    await open(app, 'Journal/Monday.md');
    expect(command?.checkCallback?.(true)).toBe(false);
    await open(app, 'Papers/Half.md');
    expect(command?.checkCallback?.(true)).toBe(true);
  });

  it('inserts into the editor at the planned places, keeps the cursor, undoes in one step, and is idempotent', async () => {
    const { app, fake, status } = await start({ 'Papers/Extras.md': EXTRAS });
    const { editor } = await open(app, 'Papers/Extras.md');
    const thoughts = EXTRAS.indexOf('Worth a re-read.');
    editor.setCursor(editor.offsetToPos(thoughts + 5));

    fake.commands.get('insert-missing-sections')?.checkCallback?.(false);
    await settle();
    const after = editor.getValue();
    expect(after).toBe(insertMissingSections(EXTRAS));
    expect(after).toContain('### Main Idea\n- Learns a policy from a handful of demonstrations.\n\n### Limitations\n- \n\n### Utilities\n- \n\n## TODO');
    expect(editor.posToOffset(editor.getCursor())).toBe(after.indexOf('Worth a re-read.') + 5);
    expect(noticeMessages()).toContain('Paper Distill: added Limitations and Utilities to Extras.');
    expect(status.getText()).toBe('Distilled 1/3 · Limitations empty, Utilities empty');

    fake.commands.get('insert-missing-sections')?.checkCallback?.(false);
    await settle();
    expect(editor.getValue()).toBe(after);
    expect(noticeMessages().at(-1)).toBe('Paper Distill: Extras already has every required section.');

    editor.undo();
    expect(editor.getValue()).toBe(EXTRAS);
  });

  it('is what clicking the status bar does', async () => {
    const { app, status } = await start({ 'Papers/Half.md': HALF_DONE });
    const { editor } = await open(app, 'Papers/Half.md');
    status.click();
    await settle();
    expect(editor.getValue()).toBe(insertMissingSections(HALF_DONE));
    expect(status.getText()).toBe('Distilled 1/3 · Limitations empty, Utilities empty');
  });

  it('rewrites the file through the vault when no editor shows the note, keeping CRLF and every other byte', async () => {
    const crlf = withCrlf(HALF_DONE);
    const { app, fake } = await start({ 'Papers/Half.md': crlf });
    const { leaf, file } = await open(app, 'Papers/Half.md');
    leaf.view = null; // e.g. shown in a view without an editor
    fake.commands.get('insert-missing-sections')?.checkCallback?.(false);
    // The write lands after the vault's I/O gap: wait for it, as plugin code awaits it.
    await waitFor(async () => (await app.vault.read(file)) !== crlf, 'the sections to be written');
    const text = await app.vault.read(file);
    expect(text).toBe(insertMissingSections(crlf));
    expect(text.startsWith(crlf.replace(/\r\n$/, ''))).toBe(true);
    expect(text).toMatch(/\r\n## Utilities\r\n- \r\n$/);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('Template report', () => {
  it('lists every incomplete paper note with what it lacks; each name opens its note', async () => {
    const { app, fake } = await start({
      'Papers/Half.md': HALF_DONE,
      'Papers/Fresh.md': templateNote(),
      'Papers/Done.md': distilledNote(),
    });
    fake.commands.get('template-report')?.callback?.();
    const modal = reportModal();
    await modal.ready;
    const items = [...modal.contentEl.querySelectorAll('li')];
    expect(items.map((li) => li.getAttr('data-path'))).toEqual(['Papers/Fresh.md', 'Papers/Half.md']);
    expect(items[1].textContent).toBe('Half — 1/3Limitations is empty; Utilities is missing');
    expect(modal.contentEl.querySelector('p')?.textContent).toBe('Checked 3 paper notes: 2 not fully distilled.');

    items[1].querySelector('a')?.click();
    await settle();
    expect(app.workspace.getActiveFile()?.path).toBe('Papers/Half.md');
    expect(openModals()).not.toContain(modal);
  });

  it('says so when every paper note is distilled', async () => {
    const { fake } = await start({ 'Papers/Done.md': distilledNote() });
    fake.commands.get('template-report')?.callback?.();
    const modal = reportModal();
    await modal.ready;
    expect(modal.contentEl.textContent).toBe('Checked 1 paper note: every one is distilled.');
    modal.close();
  });
});

describe('settings: distillation template', () => {
  async function settingsTab(files: Record<string, string> = {}) {
    const started = await start(files);
    const tab = started.fake.settingTabs[0];
    tab.display();
    return { ...started, el: tab.containerEl };
  }

  it('edits the required sections as one line per section, saved normalized', async () => {
    const { plugin, el, fake } = await settingsTab();
    const area = settingNamed(el, 'Required sections').controlEl.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.value).toBe('General Idea: Main Idea, Key Idea, Idea\nLimitations: Limitation\nUtilities: Utility, Takeaways');
    area.value = 'Summary: TL;DR, tl;dr\n\nMethod\nsummary: Gist';
    area.dispatchEvent(new Event('input'));
    await settle();
    const expected = [
      { name: 'Summary', aliases: ['TL;DR'] },
      { name: 'Method', aliases: [] },
    ];
    expect(plugin.settings.requiredSections).toEqual(expected);
    expect((fake.storedData as { requiredSections: unknown }).requiredSections).toEqual(expected);

    (settingNamed(el, 'Required sections').controlEl.querySelector('.extra-setting-button') as HTMLElement).click();
    await settle();
    expect(plugin.settings.requiredSections.map((s) => s.name)).toEqual(['General Idea', 'Limitations', 'Utilities']);
    expect(area.value.split('\n')).toHaveLength(3);
  });

  it('switches the read gate off and on', async () => {
    const { plugin, el } = await settingsTab();
    const toggle = settingNamed(el, 'Only distilled papers can be marked read').controlEl.querySelector('.checkbox-container') as HTMLElement;
    expect(plugin.settings.gateReadOnTemplate).toBe(true);
    toggle.click();
    await settle();
    expect(plugin.settings.gateReadOnTemplate).toBe(false);
  });

  it('applies new sections to the status bar on the next change', async () => {
    const { app, plugin, status } = await start({ 'Papers/Half.md': note({ frontmatter: FRONTMATTER, sections: [section('## Summary')] }) });
    await plugin.updateSettings({ requiredSections: [{ name: 'Summary', aliases: [] }] });
    await open(app, 'Papers/Half.md');
    expect(status.getText()).toBe('Distilled 1/1');
  });
});

/** The leaf's Markdown view, when it shows a note. */
function markdownViewOf(leaf: { view: unknown }): MarkdownView | null {
  return leaf.view instanceof MarkdownView ? leaf.view : null;
}
