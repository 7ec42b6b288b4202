/** @jest-environment jsdom */
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { MarkdownFileInfo, MarkdownPostProcessorContext, MarkdownRenderChild } from 'obsidian';
import { firstBodyLine } from '../../../src/plugin/reading/paper-card-reading-view';
import { distilledNote, templateNote } from '../../builders/note';
import { clearNotices, editorInfoField, editorLivePreviewField, noticeMessages } from '../../fakes/obsidian';
import { startPlugin } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

const PAPER = 'Papers/Paper.md';
const PAPER_TEXT = distilledNote().replace(
  'tags:\n  - paper\n',
  'arxiv_version: 2\ncode: https://github.com/x/y\ntags:\n  - paper\n  - ML\nstatus: reading\nrating: 3\n',
);
const TEMPLATE = 'Papers/Template.md';

async function start() {
  const { app, fake } = await startPlugin({ [PAPER]: PAPER_TEXT, [TEMPLATE]: templateNote(), 'Daily.md': '---\ntags: [journal]\n---\nHello\n' });
  const text = (path: string) => app.vault.read(app.vault.getFileByPath(path)!);
  return { app, fake, text };
}

/** Runs the plugin's post-processor on one rendered section, as Reading view would. */
function renderSection(fake: Awaited<ReturnType<typeof start>>['fake'], app: Awaited<ReturnType<typeof start>>['app'], path: string, markdown: string, lineStart: number, lineEnd: number) {
  const el = document.body.createDiv();
  el.createEl('blockquote', { text: 'A citation' });
  const children: MarkdownRenderChild[] = [];
  const ctx = {
    docId: 'doc',
    sourcePath: path,
    frontmatter: app.metadataCache.getCache(path)?.frontmatter,
    addChild: (child: MarkdownRenderChild) => {
      children.push(child);
      child.load();
    },
    getSectionInfo: () => ({ text: markdown, lineStart, lineEnd }),
  } as unknown as MarkdownPostProcessorContext;
  for (const processor of fake.postProcessors) void processor(el, ctx);
  return { el, children };
}

describe('paper card in Reading view', () => {
  beforeEach(() => clearNotices());

  it('sits at the top of the first body section and shows rating, status, tags, links and completeness', async () => {
    const { app, fake } = await start();
    const first = firstBodyLine(PAPER_TEXT)!;
    const { el } = renderSection(fake, app, PAPER, PAPER_TEXT, first, first);
    const card = el.querySelector<HTMLElement>('.paper-distill-card');
    expect(card).not.toBeNull();
    expect(el.firstElementChild?.classList.contains('paper-distill-card-holder')).toBe(true);
    expect(card?.querySelector('.paper-distill-stars')?.getAttribute('aria-valuenow')).toBe('3');
    expect(card?.querySelector('select')?.value).toBe('reading');
    expect([...card!.querySelectorAll('.paper-distill-card-tag')].map((t) => t.getAttribute('data-tag'))).toEqual(['paper', 'ML']);
    expect([...card!.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['arXiv', 'https://arxiv.org/abs/2406.10454'],
      ['PDF', 'https://arxiv.org/pdf/2406.10454'],
      ['Code', 'https://github.com/x/y'],
    ]);
    expect(card?.querySelector('.paper-distill-card-completeness')?.textContent).toBe('Distilled 3/3');
    // The detail opens on a tap (a <details>), not only in a hover tooltip.
    expect(card?.querySelector('details.paper-distill-card-completeness-box summary')?.textContent).toBe('Distilled 3/3');
    expect(card?.querySelector('.paper-distill-card-problems')?.textContent).toBe('Every required section is filled in.');
  });

  it('is not added to other sections, nor to notes that are not papers', async () => {
    const { app, fake } = await start();
    const first = firstBodyLine(PAPER_TEXT)!;
    expect(renderSection(fake, app, PAPER, PAPER_TEXT, first + 2, first + 4).el.querySelector('.paper-distill-card')).toBeNull();
    expect(renderSection(fake, app, 'Daily.md', '---\ntags: [journal]\n---\nHello\n', 3, 3).el.querySelector('.paper-distill-card')).toBeNull();
  });

  it('clicking a star writes the rating, and the card follows the note', async () => {
    const { app, fake, text } = await start();
    const first = firstBodyLine(PAPER_TEXT)!;
    const { el } = renderSection(fake, app, PAPER, PAPER_TEXT, first, first);
    el.querySelectorAll<HTMLElement>('.paper-distill-star')[4]?.click();
    await waitFor(async () => (await text(PAPER)).includes('rating: 5\n'), 'rating 5');
    expect(await text(PAPER)).toBe(PAPER_TEXT.replace('rating: 3', 'rating: 5'));
    // A change from elsewhere (a command, the properties editor) reaches the card too.
    await app.fileManager.processFrontMatter(app.vault.getFileByPath(PAPER)!, (fm) => {
      fm.status = 'to-read';
    });
    await app.metadataCache.whenIdle();
    expect(el.querySelector('select')?.value).toBe('to-read');
    expect(el.querySelector('.paper-distill-stars')?.getAttribute('aria-valuenow')).toBe('5');
  });

  it('a refused "read" puts the status back and says why', async () => {
    const { app, fake, text } = await start();
    const markdown = templateNote();
    const first = firstBodyLine(markdown)!;
    const { el } = renderSection(fake, app, TEMPLATE, markdown, first, first);
    const select = el.querySelector('select')!;
    select.value = 'read';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => noticeMessages().some((m) => m.includes('was not marked read. Not distilled yet')), 'the refusal');
    expect(select.value).toBe('');
    expect(await text(TEMPLATE)).toBe(markdown);
  });

  it('removing a tag chip writes the tags', async () => {
    const { app, fake, text } = await start();
    const first = firstBodyLine(PAPER_TEXT)!;
    const { el } = renderSection(fake, app, PAPER, PAPER_TEXT, first, first);
    el.querySelector<HTMLElement>('[data-tag="ML"] button')?.click();
    await waitFor(async () => !(await text(PAPER)).includes('  - ML\n'), 'the tag to go');
  });

  it('offers "Insert missing sections" only while sections are missing; a tap adds them and the button goes', async () => {
    const { app, fake, text } = await start();
    const missing = templateNote().replace('## Utilities\n- \n', '');
    await app.vault.modify(app.vault.getFileByPath(TEMPLATE)!, missing);
    await app.metadataCache.whenIdle();
    const first = firstBodyLine(missing)!;
    const { el } = renderSection(fake, app, TEMPLATE, missing, first, first);
    const button = el.querySelector<HTMLButtonElement>('button.paper-distill-card-insert')!;
    expect(button.textContent).toBe('Insert missing sections');
    expect(button.getAttribute('aria-label')).toBe('Insert missing sections: Utilities');
    expect(button.classList.contains('paper-distill-hidden')).toBe(false);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await waitFor(async () => (await text(TEMPLATE)).includes('## Utilities'), 'the section to be added');
    expect(await text(TEMPLATE)).toBe(`${missing}## Utilities\n- \n`);
    expect(noticeMessages()).toEqual(['Paper Distill: added Utilities to Template.']);
    // The card follows the note once the metadata cache has indexed the new text.
    await waitFor(() => button.classList.contains('paper-distill-hidden'), 'the button to hide');
    const complete = renderSection(fake, app, PAPER, PAPER_TEXT, firstBodyLine(PAPER_TEXT)!, firstBodyLine(PAPER_TEXT)!).el;
    expect(complete.querySelector('button.paper-distill-card-insert')?.classList.contains('paper-distill-hidden')).toBe(true);
  });

  it('unloading the section removes the card and stops following the note', async () => {
    const { app, fake } = await start();
    const first = firstBodyLine(PAPER_TEXT)!;
    const { el, children } = renderSection(fake, app, PAPER, PAPER_TEXT, first, first);
    for (const child of children) child.unload();
    expect(el.querySelector('.paper-distill-card')).toBeNull();
  });

  it.each([
    ['---\na: 1\n---\n\n> cite\n', 4],
    ['no frontmatter\n', 0],
    ['---\na: 1\n---\n', null],
    ['---\nunclosed\n', null],
  ])('first body line of %j is %j', (markdown, line) => {
    expect(firstBodyLine(markdown)).toBe(line);
  });
});

describe('paper card in Live Preview', () => {
  async function editorFor(path: string, livePreview = true) {
    const { app, fake, text } = await start();
    const file = app.vault.getFileByPath(path)!;
    const state = EditorState.create({
      doc: await text(path),
      extensions: [
        editorInfoField.init(() => ({ file }) as unknown as MarkdownFileInfo),
        editorLivePreviewField.init(() => livePreview),
        ...(fake.editorExtensions as never[]),
      ],
    });
    const view = new EditorView({ state, parent: document.body.createDiv() });
    return { app, view, text };
  }

  it('shows the card below the properties of a paper note', async () => {
    const { view } = await editorFor(PAPER);
    const card = view.dom.querySelector('.paper-distill-card');
    expect(card).not.toBeNull();
    expect(card?.querySelector('.paper-distill-stars')?.getAttribute('aria-valuenow')).toBe('3');
    view.destroy();
  });

  it('keeps the same card while the reader types, and rates from it', async () => {
    const { view, text } = await editorFor(PAPER);
    const before = view.dom.querySelector('.paper-distill-card');
    view.dispatch({ changes: { from: view.state.doc.length, insert: 'more\n' } });
    expect(view.dom.querySelector('.paper-distill-card')).toBe(before);
    const stars = view.dom.querySelector<HTMLElement>('.paper-distill-stars')!;
    stars.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
    await waitFor(async () => (await text(PAPER)).includes('rating: 1\n'), 'rating 1');
    view.destroy();
  });

  it('shows no card in source mode or for other notes', async () => {
    const source = await editorFor(PAPER, false);
    expect(source.view.dom.querySelector('.paper-distill-card')).toBeNull();
    source.view.destroy();
    const daily = await editorFor('Daily.md');
    expect(daily.view.dom.querySelector('.paper-distill-card')).toBeNull();
    daily.view.destroy();
  });
});
