/** @jest-environment jsdom */
import type { MarkdownPostProcessorContext } from 'obsidian';
import { DASHBOARD_VIEW_TYPE, DashboardView } from '../../../src/plugin/dashboard/dashboard-view';
import { FIXTURE_VAULT, paperNote } from '../../builders/dashboard-fixture';
import { Component, clearNotices, noticeMessages } from '../../fakes/obsidian';
import { startPlugin as startPaperDistill } from '../../support/start-plugin';
import { waitFor } from '../../support/wait-for';

async function startPlugin(files: Record<string, string> = FIXTURE_VAULT, storedData: unknown = null) {
  const started = await startPaperDistill(files, storedData);
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

function renderBlock(fake: Awaited<ReturnType<typeof startPlugin>>['fake'], source: string) {
  const el = document.body.createDiv();
  const children = new Component();
  children.load();
  const ctx = { addChild: (c: Component) => children.addChild(c), sourcePath: 'Notes/List.md' } as unknown as MarkdownPostProcessorContext;
  void fake.codeBlockProcessors.get('paper-distill')?.(source, el, ctx);
  return { el, children };
}

const names = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('tr.paper-distill-row')].map((r) => r.dataset.path!.replace(/^Papers\/|\.md$/g, ''));
const cells = (root: HTMLElement, cls: string) => [...root.querySelectorAll(`tr.paper-distill-row .paper-distill-cell-${cls}`)].map((td) => td.textContent);
const counts = (root: HTMLElement) =>
  [...root.querySelectorAll('tr.paper-distill-row .paper-distill-cell-citations')].map((td) => td.querySelector('.paper-distill-citations-count')?.textContent ?? '');

describe('citations and venue on the dashboard', () => {
  afterEach(() => clearNotices());

  it('shows a Venue and a Citations column, empty where OpenAlex gave nothing', async () => {
    const view = await openView(await startPlugin());
    const root = view.contentEl;
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Title', 'Authors', 'Year', 'Venue', 'Citations', 'Rating', 'Status', 'Tags', 'Distilled', 'Version', 'Links',
    ]);
    const row = (name: string) => root.querySelector<HTMLElement>(`tr[data-path="Papers/${name}.md"]`)!;
    expect(row('HumanPlus').querySelector('.paper-distill-cell-venue')?.textContent).toBe('Conference on Robot Learning (CoRL)');
    expect(row('HumanPlus').querySelector('.paper-distill-cell-venue')?.getAttribute('title')).toBe('Conference on Robot Learning (CoRL)');
    // The count, and its unit for phones (where rows have no header; CSS hides it on desktop).
    expect(row('Attention').querySelector('.paper-distill-cell-citations')?.textContent).toBe('120,000 citations');
    expect(row('Attention').querySelector('.paper-distill-citations-count')?.textContent).toBe('120,000');
    expect(row('Diffusion').querySelector('.paper-distill-cell-citations')?.textContent).toBe('0 citations');
    expect(row('Survey').querySelector('.paper-distill-cell-citations')?.textContent).toBe('');
    expect(row('Survey').querySelector('.paper-distill-cell-venue')?.textContent).toBe('');
    // Every row has as many cells as the head has columns.
    for (const tr of root.querySelectorAll('tr.paper-distill-row')) expect(tr.children).toHaveLength(11);
  });

  it('sorts by citations from the sort menu, highest first, papers without a count last', async () => {
    const view = await openView(await startPlugin());
    const root = view.contentEl;
    const sort = root.querySelector<HTMLSelectElement>('select[aria-label="Sort by"]')!;
    expect([...sort.options].map((o) => o.value)).toContain('citations');
    sort.value = 'citations';
    sort.dispatchEvent(new Event('change'));
    await waitFor(() => names(root)[0] === 'Attention', 'the citation order');
    expect(names(root)).toEqual(['Attention', 'NeRF', 'ALOHA', 'HumanPlus', 'Kernels', 'Diffusion', 'Survey', 'Unrated']);
    expect(counts(root)).toEqual(['120,000', '9,000', '480', '120', '15', '0', '', '']);
    root.querySelector<HTMLButtonElement>('.paper-distill-direction')!.click();
    await waitFor(() => names(root)[0] === 'Diffusion', 'the ascending order');
    expect(names(root)).toEqual(['Diffusion', 'Kernels', 'HumanPlus', 'ALOHA', 'NeRF', 'Attention', 'Survey', 'Unrated']);
  });

  it('moves a row when a refresh writes a new count into its note', async () => {
    const started = await startPlugin();
    const view = await openView(started);
    const root = view.contentEl;
    const sort = root.querySelector<HTMLSelectElement>('select[aria-label="Sort by"]')!;
    sort.value = 'citations';
    sort.dispatchEvent(new Event('change'));
    await waitFor(() => names(root)[0] === 'Attention', 'the citation order');
    const survey = started.app.vault.getFileByPath('Papers/Survey.md')!;
    await started.app.fileManager.processFrontMatter(survey, (fm: Record<string, unknown>) => {
      fm.citations = 500;
      fm.venue = 'IEEE Robotics and Automation Letters';
    });
    await waitFor(() => names(root).indexOf('Survey') === 2, 'the moved row');
    expect(root.querySelector('tr[data-path="Papers/Survey.md"] .paper-distill-cell-venue')?.textContent).toBe('IEEE Robotics and Automation Letters');
  });
});

describe('the dashboard toolbar\'s Venue and Min citations fields', () => {
  afterEach(() => clearNotices());

  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('change'));
  };

  it('filter the rows, and are remembered as filter clauses', async () => {
    const started = await startPlugin();
    const view = await openView(started);
    const root = view.contentEl;
    const venue = root.querySelector<HTMLInputElement>('input[aria-label="Venue words"]')!;
    const min = root.querySelector<HTMLInputElement>('input[aria-label="At least this many citations"]')!;
    type(venue, 'robot  neural -x ()');
    await waitFor(() => names(root).length === 3, 'the venue filter');
    expect(names(root).sort()).toEqual(['ALOHA', 'Attention', 'HumanPlus']);
    type(min, '400');
    await waitFor(() => names(root).length === 2, 'the citation filter');
    expect(names(root).sort()).toEqual(['ALOHA', 'Attention']);
    await waitFor(() => started.plugin.settings.dashboardFilter === 'citations: >=400\nvenue: robot neural', 'the filter to be saved');
    type(min, '');
    await waitFor(() => names(root).length === 3, 'the cleared count');
    root.querySelector<HTMLButtonElement>('.paper-distill-clear')!.click();
    await waitFor(() => names(root).length === 8, 'all papers');
    expect([venue.value, min.value]).toEqual(['', '']);
  });

  it('show a remembered filter, keeping its upper bound when the lower one changes', async () => {
    const started = await startPlugin(FIXTURE_VAULT, { dashboardFilter: 'citations: 100-10000; venue: acm robot' });
    const view = await openView(started);
    const root = view.contentEl;
    await waitFor(() => names(root).length === 3, 'the remembered filter');
    expect(names(root).sort()).toEqual(['ALOHA', 'HumanPlus', 'NeRF']);
    const min = root.querySelector<HTMLInputElement>('input[aria-label="At least this many citations"]')!;
    expect([root.querySelector<HTMLInputElement>('input[aria-label="Venue words"]')!.value, min.value]).toEqual(['acm robot', '100']);
    type(min, '200');
    await waitFor(() => names(root).length === 2, 'the narrower range');
    expect(names(root).sort()).toEqual(['ALOHA', 'NeRF']);
    await waitFor(() => started.plugin.settings.dashboardFilter === 'citations: 200-10000\nvenue: acm robot', 'the filter to be saved');
  });
});

describe('citations and venue in the paper-distill code block', () => {
  afterEach(() => clearNotices());

  it.each<[string, string[]]>([
    ['citations: >=100\nsort: citations', ['Attention', 'NeRF', 'ALOHA', 'HumanPlus']],
    ['venue: robot neural\nsort: citations asc', ['HumanPlus', 'ALOHA', 'Attention']],
    ['venue: CoRL ICRA', ['HumanPlus']],
    ['citations: 10-500; venue: press sys', ['ALOHA', 'Kernels']],
  ])('%j lists the matching papers', async (filter, expected) => {
    const { fake } = await startPlugin();
    const { el, children } = renderBlock(fake, filter);
    await waitFor(() => names(el).length === expected.length, 'the list');
    expect(names(el)).toEqual(expected);
    children.unload();
  });

  it('follows a note that gains a venue', async () => {
    const { fake, app } = await startPlugin();
    const { el, children } = renderBlock(fake, 'venue: icra');
    await waitFor(() => el.querySelector('.paper-distill-empty')?.textContent !== '', 'the empty list');
    expect(names(el)).toEqual([]);
    await app.vault.create('Papers/Icra.md', paperNote({ title: 'Legged Robots', arxiv: '2409.00001', tags: ['paper'], citations: 3, venue: '2024 IEEE International Conference on Robotics and Automation (ICRA)' }));
    await waitFor(() => names(el).length === 1, 'the live update');
    expect(cells(el, 'venue')).toEqual(['2024 IEEE International Conference on Robotics and Automation (ICRA)']);
    children.unload();
  });

  it.each<[string, string]>([
    ['citations: >=abc', 'Line 1, "citations: >=abc": ">=abc" is not a citation count: write >=100, >10, <=5, <50, 0 or a range like 10-100.'],
    ['tags: robotics\nvenue:', 'Line 2, "venue:": "venue" needs a value.'],
  ])('shows %j inline as an error, without a notice or a crash', async (filter, message) => {
    const { fake } = await startPlugin();
    const { el } = renderBlock(fake, filter);
    expect(el.querySelector('.paper-distill-filter-error li')?.textContent).toBe(message);
    expect(el.querySelector('table')).toBeNull();
    expect(noticeMessages()).toEqual([]);
  });
});
