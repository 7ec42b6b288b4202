/** @jest-environment jsdom */
import { renderStubNote } from '../../src/core/note/stub';
import { samplePaper } from '../builders/atom';
import {
  Platform,
  clearNotices,
  noticeMessages,
  resetRequestUrlHandler,
  setRequestUrlHandler,
  shownNotices,
  type App,
} from '../fakes/obsidian';
import { arxivAnswer } from '../support/arxiv-feed';
import { startPlugin } from '../support/start-plugin';
import { waitFor } from '../support/wait-for';

const V3 = samplePaper({
  arxiv: '2406.10454',
  version: 3,
  updated: '2025-02-01',
  journalRef: 'Proc. CoRL 2024',
  comment: 'CoRL 2024 camera-ready; adds real-robot experiments',
});

const NOTE = [
  '---',
  '# my own comment: keep me',
  'title: "HumanPlus: Humanoid Shadowing and Imitation from Humans"',
  'authors: [Zipeng Fu, Qingqing Zhao, Qi Wu, Gordon Wetzstein, Chelsea Finn]',
  "arxiv: '2406.10454'",
  'arxiv_version: 2',
  'published: 2024-06-15',
  'updated: 2024-09-01',
  'categories: [cs.RO, cs.AI, cs.CV, cs.LG]',
  'doi: 10.48550/arXiv.2406.10454',
  'url: https://arxiv.org/abs/2406.10454',
  'pdf: https://arxiv.org/pdf/2406.10454',
  'tags: [paper, robotics]',
  'rating: 5',
  'status: read',
  'read_version: 2',
  'my_key:   "odd  spacing"   # trailing',
  '---',
  '> Fu, Z. (2024). Mine.',
  '',
  '## General Idea',
  '- My words, $\\pi_0$ 🤖',
  '',
].join('\n');

const PATH = 'Papers/HumanPlus.md';

async function start(files: Record<string, string>, open?: string) {
  const { app, fake } = await startPlugin(files);
  if (open !== undefined) await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(open)!);
  return { app, fake };
}

const read = (app: App, path: string) => app.vault.read(app.vault.getFileByPath(path)!);

describe('commands: Refresh metadata', () => {
  let requests: string[];
  beforeEach(() => {
    requests = [];
    clearNotices();
    setRequestUrlHandler((req) => {
      if (req.url.startsWith('https://api.openalex.org/')) return { status: 200, text: '{"results":[]}' }; // OpenAlex knows none
      requests.push(req.url);
      return arxivAnswer(req.url, [V3]);
    });
  });
  afterEach(() => resetRequestUrlHandler());

  it('is offered only on a paper note', async () => {
    const { fake } = await start({ [PATH]: NOTE, 'Other.md': '# Just a note\n' }, 'Other.md');
    expect(fake.commands.get('refresh-metadata')?.checkCallback?.(true)).toBe(false);
  });

  it('changes only owned keys, keeps comments and the body byte for byte, and reports the new version', async () => {
    const { app, fake } = await start({ [PATH]: NOTE }, PATH);
    expect(fake.commands.get('refresh-metadata')?.checkCallback?.(false)).toBe(true);
    const message = await waitFor(() => noticeMessages().find((m) => m.startsWith('Paper Distill: Updated')), 'the notice');
    expect(message).toContain('v3 available; you read v2. arXiv comment: CoRL 2024 camera-ready; adds real-robot experiments');
    expect(message).toContain('Published in Proc. CoRL 2024.');
    const after = await read(app, PATH);
    const lines = after.split('\n');
    expect(lines).toContain('arxiv_version: 3');
    expect(lines).toContain('updated: 2025-02-01');
    expect(lines).toContain('journal_ref: Proc. CoRL 2024');
    // Untouched lines, reader keys and comments, byte for byte.
    for (const line of NOTE.split('\n').filter((l) => !/^(arxiv_version|updated|arxiv):/.test(l))) expect(lines).toContain(line);
    expect(after.slice(after.indexOf('\n---\n'))).toBe(NOTE.slice(NOTE.indexOf('\n---\n')));
    expect(requests).toHaveLength(1);
  });

  it('refreshes every paper note with progress, then one summary', async () => {
    const other = NOTE.replace(/2406\.10454/g, '2406.99999').replace('arxiv_version: 2', 'arxiv_version: 1');
    const { app, fake } = await start({ [PATH]: NOTE, 'Papers/Gone.md': other, 'Plain.md': 'text\n' });
    fake.commands.get('refresh-metadata-all')?.callback?.();
    const summary = await waitFor(() => noticeMessages().find((m) => m.includes('1 updated')), 'the summary');
    expect(summary).toContain('Paper Distill: 1 updated, 1 not found on arXiv.');
    expect(summary).toContain('arXiv has no paper 2406.99999; Papers/Gone.md was left as it is.');
    expect(shownNotices().find((n) => n.message.includes('refreshed 2 of 2'))?.hidden).toBe(true);
    expect(await read(app, 'Papers/Gone.md')).toBe(other);
    expect(requests).toHaveLength(1);
  });
});

describe('commands: Refresh metadata of all paper notes, with a stub written offline', () => {
  afterEach(() => resetRequestUrlHandler());

  it('fills in the stub first (placeholders replaced), then refreshes the others', async () => {
    clearNotices();
    let online = false;
    setRequestUrlHandler((req) => {
      // A captive portal's 404 fails at once (no retries), so the start-up sync leaves the stub.
      if (!online) return { status: 404, text: 'Not Found' };
      return arxivAnswer(req.url, [V3, samplePaper({ arxiv: '2409.05864', title: 'Neural MP' })]);
    });
    const stub = renderStubNote('2409.05864', { tags: ['paper'], status: 'to-read', added: '2026-11-20' });
    const { app, fake } = await start({ [PATH]: NOTE, 'Papers/2409.05864.md': stub });
    online = true;
    fake.commands.get('refresh-metadata-all')?.callback?.();
    // Real pacing: the start-up attempt, then two requests three seconds apart.
    await waitFor(() => noticeMessages().find((m) => m.includes('1 updated')), 'the summary', 2_000);
    expect(noticeMessages()).toContain('Paper Distill: filled in 1 paper note created while arXiv was unreachable.');
    const filled = await read(app, 'Papers/2409.05864.md');
    expect(filled).toContain('title: Neural MP');
    expect(filled).toContain('> [!abstract]- Abstract');
    expect(filled).not.toContain('metadata pending');
  }, 20_000);
});

/** jsdom's Blob has no text(): FileReader reads it. */
function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error('unreadable blob'));
    reader.readAsText(blob);
  });
}

describe('commands: Copy citation and Copy BibTeX', () => {
  let clipboard: string[];
  beforeEach(() => {
    clipboard = [];
    clearNotices();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
    });
  });

  it('copies the Scholar line of the current paper', async () => {
    const { fake } = await start({ [PATH]: NOTE }, PATH);
    fake.commands.get('copy-citation')?.checkCallback?.(false);
    await waitFor(() => clipboard.length > 0, 'the clipboard');
    expect(clipboard[0]).toBe(
      'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.',
    );
    expect(noticeMessages()).toContain('Paper Distill: copied the Google Scholar citation of HumanPlus.');
  });

  it('copies arXiv-style BibTeX', async () => {
    const { fake } = await start({ [PATH]: NOTE }, PATH);
    fake.commands.get('copy-bibtex')?.checkCallback?.(false);
    await waitFor(() => clipboard.length > 0, 'the clipboard');
    expect(clipboard[0]).toMatch(/^@misc\{fu2024humanplus,\n {2}title=\{HumanPlus: Humanoid/);
    expect(clipboard[0]).toContain('eprint={2406.10454}');
    expect(clipboard[0]).toContain('primaryClass={cs.RO}');
  });

  it.each<[string, string, RegExp]>([
    ['venue_type: conference', 'Conference on Robot Learning', /^@inproceedings\{fu2024humanplus,\n.*\n.*\n {2}booktitle=\{Conference on Robot Learning\},/],
    ['venue_type: journal', 'IEEE Robotics and Automation Letters', /^@article\{fu2024humanplus,\n.*\n.*\n {2}journal=\{IEEE Robotics and Automation Letters\},/],
  ])('copies BibTeX for the venue in the note (%s)', async (typeLine, venue, expected) => {
    const published = NOTE.replace(/\ntags:/, `\nvenue: ${venue}\n${typeLine}\ncitations: 12\ntags:`);
    expect(published).not.toBe(NOTE);
    const { fake } = await start({ [PATH]: published }, PATH);
    fake.commands.get('copy-bibtex')?.checkCallback?.(false);
    await waitFor(() => clipboard.length > 0, 'the clipboard');
    expect(clipboard[0]).toMatch(expected);
    expect(clipboard[0]).toContain('eprint={2406.10454}');
  });

  it.each([
    ['citation', 'copy-citation', /^Fu, Z\., Zhao, Q\., .*arXiv:2406\.10454\.$/],
    ['BibTeX', 'copy-bibtex', /^@misc\{fu2024humanplus,/],
  ])('on a phone writes the %s to the clipboard within the tap, before any await', async (_name, command, expected) => {
    const { fake } = await start({ [PATH]: NOTE }, PATH);
    const items: Record<string, Promise<Blob>>[] = [];
    const writeText = jest.fn(() => Promise.resolve());
    const write = jest.fn((list: { parts: Record<string, Promise<Blob>> }[]) => Promise.resolve(void items.push(...list.map((i) => i.parts))));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText, write } });
    const g = globalThis as { ClipboardItem?: unknown };
    g.ClipboardItem = class {
      constructor(readonly parts: Record<string, Promise<Blob>>) {}
    };
    Platform.isMobile = true;
    try {
      fake.commands.get(command)?.checkCallback?.(false);
      // Synchronously, still inside the gesture:
      expect(write).toHaveBeenCalledTimes(1);
      const blob = await waitFor(() => items[0]?.['text/plain'], 'the clipboard item');
      const text = await readBlob(blob);
      expect(text).toMatch(expected);
      await waitFor(() => noticeMessages().some((m) => m.startsWith('Paper Distill: copied the')), 'the notice');
      expect(writeText).not.toHaveBeenCalled();
    } finally {
      Platform.isMobile = false;
      delete g.ClipboardItem;
    }
  });

  it('explains what to do on a stub that has no metadata yet', async () => {
    const { fake } = await start({ 'Stub.md': '---\narxiv: "2406.10454"\ntags: [paper]\n---\n' }, 'Stub.md');
    expect(fake.commands.get('copy-citation')?.checkCallback?.(true)).toBe(true);
    fake.commands.get('copy-citation')?.checkCallback?.(false);
    const message = await waitFor(() => noticeMessages().find((m) => m.includes('Stub')), 'the notice');
    expect(message).toBe(
      'Paper Distill: Stub has no title or authors yet (arXiv 2406.10454 has not been fetched). Run "Refresh metadata" on it, then copy again.',
    );
    expect(clipboard).toEqual([]);
  });
});
