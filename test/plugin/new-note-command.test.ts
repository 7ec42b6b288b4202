/** @jest-environment jsdom */
import type { RequestUrlParam } from 'obsidian';
import { atomErrorFeedXml, samplePaper } from '../builders/atom';
import {
  clearNotices,
  loadPlugin,
  noticeMessages,
  openModals,
  resetRequestUrlHandler,
  setRequestUrlHandler,
  type App,
} from '../fakes/obsidian';
import { arxivAnswer, requestedIds } from '../support/arxiv-feed';
import { startPlugin } from '../support/start-plugin';
import { waitFor } from '../support/wait-for';

const HUMANPLUS = samplePaper({
  arxiv: '2406.10454',
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  published: '2024-06-15',
  categories: ['cs.RO'],
});
const SCHOLAR =
  '> Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.';

/** Runs the command, types into the modal as a reader would, and presses the button. */
function submitLinks(fake: Awaited<ReturnType<typeof loadPlugin>>, text: string): void {
  fake.commands.get('new-paper-note-from-arxiv-link')?.callback?.();
  const modal = openModals().at(-1);
  const area = modal?.contentEl.querySelector('textarea');
  if (!modal || !area) throw new Error('the link modal did not open');
  area.value = text;
  area.dispatchEvent(new Event('input'));
  const button = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Create notes');
  button?.click();
}

function opened(app: App): string[] {
  return app.workspace.leaves.flatMap((leaf) => leaf.openedFiles.map((f) => f.path));
}

describe('command: New paper note from arXiv link', () => {
  let requests: RequestUrlParam[];

  beforeEach(() => {
    requests = [];
    clearNotices();
    setRequestUrlHandler((req) => {
      if (req.url.startsWith('https://api.openalex.org/')) return { status: 200, text: '{"results":[]}' }; // OpenAlex knows none
      requests.push(req);
      if (requestedIds(req.url).includes('abc')) return { status: 400, text: atomErrorFeedXml('abc') };
      return arxivAnswer(req.url, [HUMANPLUS]);
    });
  });
  afterEach(() => resetRequestUrlHandler());

  it('loads without network and registers the command', async () => {
    const { fake } = await startPlugin();
    expect(requests).toHaveLength(0);
    expect(fake.commands.get('new-paper-note-from-arxiv-link')?.name).toBe('New paper note from arXiv link');
  });

  it('creates the note in Papers/ with the contract and opens it', async () => {
    const { app, fake } = await startPlugin();
    submitLinks(fake, 'https://arxiv.org/pdf/2406.10454v1');
    const path = 'Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md';
    const file = await waitFor(() => app.vault.getFileByPath(path), 'the note');
    const text = await app.vault.read(file);
    expect(text).toContain('arxiv: "2406.10454"');
    expect(text).toContain(`\n${SCHOLAR}\n`);
    expect(text).toContain('> [!abstract]- Abstract\n');
    expect(text).toMatch(/## General Idea\n- \n\n## Limitations\n- \n\n## Utilities\n- \n$/);
    await waitFor(() => opened(app).includes(path), 'the note to open');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.throw).toBe(false);
    expect(noticeMessages()).toContain('Paper Distill: 1 created.');
  });

  it('opens the existing note for the same paper instead of creating a duplicate', async () => {
    const existing = 'Reading/My HumanPlus notes.md';
    // arxiv_version marks a complete note (without it the note is a stub the plugin fills in).
    const mine = '---\narxiv: "2406.10454"\narxiv_version: 1\nrating: 5\n---\nMine.\n';
    const { app, fake } = await startPlugin({ [existing]: mine });
    submitLinks(fake, 'arXiv:2406.10454v2');
    await waitFor(() => opened(app).includes(existing), 'the existing note to open');
    expect(requests).toHaveLength(0);
    expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual([existing]);
    expect(await app.vault.read(app.vault.getFileByPath(existing)!)).toBe(mine);
  });

  it('explains bad input and unknown papers in one notice and writes nothing for them', async () => {
    const { app, fake } = await startPlugin();
    jest.useFakeTimers();
    try {
      submitLinks(fake, 'https://github.com/foo/bar\n2406.99999');
      // A wholly empty answer is asked again twice (3 + 6 s back-off) before "not found".
      await jest.advanceTimersByTimeAsync(60_000);
    } finally {
      jest.useRealTimers();
    }
    const message = await waitFor(() => noticeMessages().find((m) => m.startsWith('Paper Distill:')), 'a notice');
    expect(message).toContain('1 not found on arXiv, 1 not recognised.');
    expect(message).toContain('arXiv has no paper 2406.99999.');
    expect(message).toMatch(/Not an arXiv link: "https:\/\/github.com\/foo\/bar"/);
    expect(app.vault.getMarkdownFiles()).toHaveLength(0);
  });

  it('turns a failing network into a readable notice and keeps the paper as a queued stub', async () => {
    setRequestUrlHandler(() => {
      throw new Error('net::ERR_INTERNET_DISCONNECTED');
    });
    const { fake } = await startPlugin();
    jest.useFakeTimers();
    try {
      submitLinks(fake, '2406.10454');
      // Retries back off for 3 + 6 + 12 s; let that time pass at once.
      await jest.advanceTimersByTimeAsync(60_000);
    } finally {
      jest.useRealTimers();
    }
    const message = noticeMessages().find((m) => m.startsWith('Paper Distill:'));
    expect(message).toContain('1 queued for later.');
    expect(message).toContain('Gave up after 4 attempts.');
    expect(message).toContain('Could not reach export.arxiv.org (net::ERR_INTERNET_DISCONNECTED)');
  });
});
