/** @jest-environment jsdom */
import type { MarkdownPostProcessorContext } from 'obsidian';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../../src/plugin/dashboard/dashboard-view';
import { FIXTURE_VAULT, paperNote } from '../../builders/dashboard-fixture';
import { Component, handleRenderedLinks, noticeMessages, clearNotices } from '../../fakes/obsidian';
import { startPlugin as startPaperDistill } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

async function startPlugin(files: Record<string, string> = FIXTURE_VAULT) {
  const started = await startPaperDistill(files);
  document.body.empty();
  return started;
}

async function openView(started: Awaited<ReturnType<typeof startPlugin>>): Promise<DashboardView> {
  started.fake.commands.get('open-paper-dashboard')?.callback?.();
  const leaf = await waitFor(() => started.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0], 'the dashboard leaf');
  const view = leaf.view as unknown as DashboardView;
  await waitFor(() => view.controller, 'the dashboard to render');
  document.body.appendChild(view.containerEl);
  return view;
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('.paper-distill-title')].map((a) => a.textContent);

describe('the paper dashboard view', () => {
  afterEach(() => clearNotices());

  it('registers its view, ribbon icon, code block and commands without reading the vault', async () => {
    const { fake, app } = await startPlugin();
    const reads = jest.spyOn(app.vault, 'cachedRead');
    expect(fake.views.has(DASHBOARD_VIEW_TYPE)).toBe(true);
    expect(fake.ribbonIcons.map((r) => r.title)).toContain('Open paper dashboard');
    expect(fake.codeBlockProcessors.has('paper-distill')).toBe(true);
    expect([...fake.commands.keys()]).toEqual(expect.arrayContaining(['open-paper-dashboard', 'create-bases-dashboard', 'export-filtered-papers']));
    expect(reads).not.toHaveBeenCalled();
  });

  it('shows the papers with facets, a summary and row details', async () => {
    const view = await openView(await startPlugin());
    const root = view.contentEl;
    expect(titles(root)).toHaveLength(8);
    expect(root.querySelector('.paper-distill-summary')?.textContent).toBe('Showing 1–8 of 8 papers');
    const row = root.querySelector<HTMLElement>('tr[data-path="Papers/HumanPlus.md"]')!;
    expect(row.querySelector('.paper-distill-cell-authors summary')?.textContent).toBe('Fu et al.');
    // Every detail a tooltip gives on desktop opens on a tap too (no hover on phones).
    expect(row.querySelector('.paper-distill-cell-authors .paper-distill-detail-text')?.textContent).toBe('Zipeng Fu, Qingqing Zhao, Chelsea Finn');
    const distilledDetail = row.querySelector<HTMLDetailsElement>('.paper-distill-cell-distilled details')!;
    expect(distilledDetail.querySelector('.paper-distill-detail-text')?.textContent).not.toBe('');
    expect(row.querySelector('.paper-distill-cell-version .paper-distill-detail-text')?.textContent).toMatch(/3/);
    expect(row.querySelector('.paper-distill-stars')?.getAttribute('data-rating')).toBe('5');
    expect(row.querySelector<HTMLSelectElement>('select.paper-distill-status')?.value).toBe('read');
    expect(row.querySelector('.paper-distill-badge[data-complete]')?.textContent).toBe('3/3');
    expect(row.querySelector('[data-kind="version"]')?.textContent).toBe('v3 available');
    expect([...row.querySelectorAll('.paper-distill-link')].map((a) => a.textContent)).toEqual(['arXiv', 'PDF', 'Code']);
    const diffusion = root.querySelector('tr[data-path="Papers/Diffusion.md"]')!;
    expect(diffusion.querySelector('.paper-distill-flag')?.textContent).toBe('Read but not distilled');
    const facet = root.querySelector<HTMLElement>('.paper-distill-facet[data-tag="robotics"]')!;
    expect(facet.textContent).toBe('#robotics4');
    expect(root.querySelector('.paper-distill-facet[data-tag="paper"]')).toBeNull();
  });

  it('filters by a facet click, excludes by a modifier-click, and remembers the filter', async () => {
    const started = await startPlugin();
    const view = await openView(started);
    const root = view.contentEl;
    root.querySelector<HTMLElement>('.paper-distill-facet[data-tag="robotics"]')!.click();
    expect(titles(root)).toHaveLength(4);
    expect(root.querySelector('.paper-distill-facet[data-tag="robotics"]')?.getAttribute('data-state')).toBe('include');
    expect(root.querySelector('.paper-distill-facet[data-tag="nlp"]')).toBeNull(); // counts narrow
    root.querySelector<HTMLElement>('.paper-distill-facet[data-tag="survey"]')!.dispatchEvent(new MouseEvent('click', { ctrlKey: true }));
    expect(titles(root)).toEqual(['Diffusion Policy', 'HumanPlus: Humanoid Shadowing', 'Learning Fine-Grained Bimanual Manipulation']);
    await waitFor(() => started.plugin.settings.dashboardFilter === 'tags: robotics -survey', 'the filter to be saved');
  });

  it('hides a tag with its own button, no modifier key needed (touch screens), and the chip brings it back', async () => {
    const view = await openView(await startPlugin());
    const root = view.contentEl;
    const hide = root.querySelector<HTMLElement>('.paper-distill-facet-group[data-tag="survey"] .paper-distill-facet-exclude')!;
    expect(hide.getAttribute('aria-label')).toBe('Hide papers tagged #survey');
    hide.click();
    expect(root.querySelector('.paper-distill-facet[data-tag="survey"]')?.getAttribute('data-state')).toBe('exclude');
    expect(titles(root)).not.toContain('A Survey of Robot Learning');
    expect(root.querySelector('.paper-distill-facet-group[data-tag="survey"] .paper-distill-facet-exclude')).toBeNull();
    root.querySelector<HTMLElement>('.paper-distill-facet[data-tag="survey"]')!.click();
    expect(titles(root)).toContain('A Survey of Robot Learning');
  });

  it('filters as the reader types, and says what to do when nothing matches', async () => {
    const view = await openView(await startPlugin());
    const root = view.contentEl;
    const search = root.querySelector<HTMLInputElement>('.paper-distill-search')!;
    search.value = 'finn';
    search.dispatchEvent(new Event('input'));
    expect(titles(root)).toEqual(['HumanPlus: Humanoid Shadowing', 'Learning Fine-Grained Bimanual Manipulation']);
    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    expect(titles(root)).toEqual([]);
    expect(root.querySelector('.paper-distill-empty')?.textContent).toMatch(/^No papers match these filters/);
  });

  it('tells an empty vault how to start', async () => {
    const view = await openView(await startPlugin({}));
    expect(view.contentEl.querySelector('.paper-distill-empty')?.textContent).toMatch(/^No paper notes yet\. Create one with the command "New paper note from arXiv link"/);
  });

  it('writes a rating from the row stars, and refuses "read" for an undistilled paper', async () => {
    const started = await startPlugin();
    const { app } = started;
    const view = await openView(started);
    const root = view.contentEl;
    const row = root.querySelector<HTMLElement>('tr[data-path="Papers/NeRF.md"]')!;
    row.querySelectorAll<HTMLElement>('.paper-distill-star')[3].click();
    const file = app.vault.getFileByPath('Papers/NeRF.md')!;
    await waitFor(() => app.metadataCache.getFileCache(file)?.frontmatter?.rating === 4, 'the rating');
    expect(await app.vault.read(file)).toContain('rating: 4');
    const select = row.querySelector<HTMLSelectElement>('select.paper-distill-status')!;
    select.value = 'read';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => noticeMessages().length > 0, 'the refusal');
    expect(noticeMessages()[0]).toMatch(/^Paper Distill: NeRF was not marked read\. Not distilled yet: General Idea is empty/);
    expect(select.value).toBe('to-read');
    expect((await app.vault.read(file)).includes('status: to-read')).toBe(true);
  });

  it('follows the vault: a changed, renamed and deleted note update the rows', async () => {
    const started = await startPlugin();
    const { app } = started;
    const view = await openView(started);
    const root = view.contentEl;
    const rev = view.controller!.last!;
    await app.vault.create('Papers/New.md', paperNote({ title: 'A Brand New Paper', arxiv: '2501.00001', tags: ['paper'], added: '2026-03-01' }));
    await waitFor(() => titles(root).includes('A Brand New Paper'), 'the new paper to appear');
    expect(titles(root)[0]).toBe('A Brand New Paper');
    await app.vault.rename(app.vault.getFileByPath('Papers/New.md')!, 'Papers/Moved.md');
    await waitFor(() => root.querySelector('tr[data-path="Papers/Moved.md"]'), 'the renamed row');
    await app.vault.delete(app.vault.getFileByPath('Papers/Moved.md')!);
    await waitFor(() => !titles(root).includes('A Brand New Paper'), 'the deleted paper to go');
    expect(view.controller!.last).not.toBe(rev);
  });

  it('names a paper note whose properties are not valid YAML, with its line, and lists it once fixed', async () => {
    const broken = '---\ntitle: "Broken Paper\narxiv: "2501.00002"\ntags:\n  - paper\n---\n# Summary\n';
    const started = await startPlugin({ ...FIXTURE_VAULT, 'Papers/Broken.md': broken, 'Notes/Empty.md': '---\n---\n' });
    const { app } = started;
    const view = await openView(started);
    const root = view.contentEl;
    const problems = () => [...root.querySelectorAll('.paper-distill-dashboard-unreadable li')].map((li) => li.textContent);
    expect(problems()).toEqual(["Papers/Broken.md's properties cannot be read (line 2): fix the YAML there, then it is listed here; until then it is left out."]);
    expect(titles(root)).toHaveLength(8);
    await app.vault.rename(app.vault.getFileByPath('Papers/Broken.md')!, 'Papers/Still broken.md');
    await waitFor(() => problems()[0]?.startsWith('Papers/Still broken.md') === true, 'the renamed note to be named');
    await app.vault.modify(app.vault.getFileByPath('Papers/Still broken.md')!, broken.replace('"Broken Paper', '"Broken Paper"'));
    await waitFor(() => titles(root).includes('Broken Paper'), 'the fixed note to be listed');
    expect(problems()).toEqual([]);
    expect(root.querySelector<HTMLElement>('.paper-distill-dashboard-unreadable')?.isShown()).toBe(false);
  });

  it('moves between rows with the arrow keys and opens one with Enter', async () => {
    const started = await startPlugin();
    const { app } = started;
    const view = await openView(started);
    const rows = [...view.contentEl.querySelectorAll<HTMLElement>('tr.paper-distill-row')];
    rows[0].focus();
    rows[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement).toBe(rows[1]);
    rows[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitFor(() => app.workspace.getActiveFile()?.path === rows[1].getAttribute('data-path'), 'the note to open');
  });

  it.each([
    ['a plain click', {}, false],
    ['Ctrl-click (Mod on Linux)', { ctrlKey: true }, 'tab'],
    ['Ctrl+Alt-click', { ctrlKey: true, altKey: true }, 'split'],
    ['Ctrl+Alt+Shift-click', { ctrlKey: true, altKey: true, shiftKey: true }, 'window'],
  ] as const)('opens a title on %s in the pane Obsidian would', async (_name, keys, pane) => {
    const started = await startPlugin();
    const { app } = started;
    const view = await openView(started);
    const getLeaf = jest.spyOn(app.workspace, 'getLeaf');
    const link = view.contentEl.querySelector<HTMLAnchorElement>('tr[data-path="Papers/NeRF.md"] a.paper-distill-title')!;
    expect(link.getAttribute('data-href')).toBe('Papers/NeRF.md');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...keys }));
    await waitFor(() => app.workspace.getActiveFile()?.path === 'Papers/NeRF.md', 'the note to open');
    expect(getLeaf.mock.calls).toEqual([[pane]]);
  });

  it('asks Page preview for a preview of the note under the pointer, as a registered hover source', async () => {
    const started = await startPlugin();
    const { app, fake } = started;
    expect(fake.hoverLinkSources.get(DASHBOARD_VIEW_TYPE)).toEqual({ display: 'Paper Distill', defaultMod: true });
    const view = await openView(started);
    const hovers: unknown[] = [];
    app.workspace.on('hover-link', (info: unknown) => hovers.push(info));
    const link = view.contentEl.querySelector<HTMLAnchorElement>('tr[data-path="Papers/NeRF.md"] a.paper-distill-title')!;
    const event = new MouseEvent('mouseover', { bubbles: true, ctrlKey: true });
    link.dispatchEvent(event);
    expect(hovers).toEqual([{ event, source: DASHBOARD_VIEW_TYPE, hoverParent: view, targetEl: link, linktext: 'Papers/NeRF.md', sourcePath: '' }]);
    // Hovering opens nothing.
    expect(app.workspace.getActiveFile()?.path).not.toBe('Papers/NeRF.md');
  });
});

describe('the paper-distill code block', () => {
  function render(fake: Awaited<ReturnType<typeof startPlugin>>['fake'], source: string) {
    const el = document.body.createDiv();
    const children = new Component();
    children.load();
    const ctx = { addChild: (c: Component) => children.addChild(c), sourcePath: 'Notes/List.md' } as unknown as MarkdownPostProcessorContext;
    void fake.codeBlockProcessors.get('paper-distill')?.(source, el, ctx);
    return { el, children };
  }

  it('shows an invalid filter inline, naming the clause', async () => {
    const { fake } = await startPlugin();
    const { el } = render(fake, 'tags: robotics\nrating: lots');
    expect(el.querySelector('.paper-distill-filter-error')?.textContent).toBe(
      'This paper list has an invalid filter:Line 2, "rating: lots": "lots" is not a rating: use 1–5 with >=, >, <=, < or a range like 3-5, or "unrated".',
    );
    expect(noticeMessages()).toEqual([]);
  });

  it('renders the filtered list and follows changes live', async () => {
    const { fake, app } = await startPlugin();
    const { el, children } = render(fake, 'tags: robotics -survey\nsort: title\nlimit: 2');
    await waitFor(() => titles(el).length === 2, 'the list');
    expect(titles(el)).toEqual(['Diffusion Policy', 'HumanPlus: Humanoid Shadowing']);
    await app.vault.create('Papers/Aaa.md', paperNote({ title: 'Aaa Robots', tags: ['paper', 'robotics'] }));
    await waitFor(() => titles(el)[0] === 'Aaa Robots', 'the live update');
    children.unload();
  });

  it('writes titles as internal links to the note that Obsidian opens once, with hover preview', async () => {
    const { fake, app } = await startPlugin();
    const { el, children } = render(fake, 'tags: robotics');
    const obsidian = handleRenderedLinks(el, app, 'Notes/List.md');
    const hoverEvents: unknown[] = [];
    app.workspace.on('hover-link', (info: unknown) => hoverEvents.push(info));
    await waitFor(() => titles(el).length > 0, 'the list');
    const link = el.querySelector<HTMLAnchorElement>('tr[data-path="Papers/HumanPlus.md"] a.paper-distill-title')!;
    expect([link.getAttribute('data-href'), link.getAttribute('href')]).toEqual(['Papers/HumanPlus.md', 'Papers/HumanPlus.md']);
    const opened = jest.spyOn(app.workspace, 'getLeaf');
    link.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await waitFor(() => app.workspace.getActiveFile()?.path === 'Papers/HumanPlus.md', 'the note to open');
    await new Promise((r) => setTimeout(r, 20));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(app.workspace.leaves.flatMap((l) => l.openedFiles.map((f) => f.path))).toEqual(['Papers/HumanPlus.md']);
    expect(obsidian.hovered).toEqual(['Papers/HumanPlus.md']);
    // Obsidian's own hover event only: the block adds none of its own.
    expect(hoverEvents).toHaveLength(1);
    children.unload();
  });
});
