/** @jest-environment jsdom */
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import { clearNotices, noticeMessages, resetRequestUrlHandler, setRequestUrlHandler, type App } from '../fakes/obsidian';
import type { RequestUrlParam } from 'obsidian';
import { startPlugin } from '../support/start-plugin';
import { waitFor } from '../support/wait-for';

const PAPER = samplePaper({ arxiv: '2406.10454', version: 2, title: 'HumanPlus Humanoid Shadowing', authors: ['Zipeng Fu'], categories: ['cs.RO'] });
const NOTE = 'Papers/HumanPlus.md';
const PDF = 'Papers/PDF/HumanPlus.pdf';
const TEXT = `---\ntitle: HumanPlus\narxiv: "2406.10454"\narxiv_version: 2\ntags: [paper]  # mine\nstatus: to-read\n---\n## General Idea\n- mine\n`;

/** Bytes that start like a PDF and hold values a text round trip would mangle. */
function pdf(size = 4096): ArrayBuffer {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]);
  for (let i = 9; i < size; i++) bytes[i] = (i * 31) % 256;
  return bytes.buffer;
}

const read = (app: App, path: string) => app.vault.read(app.vault.getFileByPath(path)!);

jest.setTimeout(20_000);

describe('PDFs in the vault, in Obsidian (vault API only)', () => {
  let requests: string[];
  let body: { status: number; arrayBuffer: ArrayBuffer } | 'offline';
  beforeEach(() => {
    requests = [];
    body = { status: 200, arrayBuffer: pdf() };
    clearNotices();
    setRequestUrlHandler((req: RequestUrlParam) => {
      requests.push(req.url);
      if (req.url.startsWith('https://api.openalex.org/')) return { status: 200, text: '{"results":[]}' };
      if (req.url.startsWith('https://arxiv.org/pdf/')) {
        if (body === 'offline') throw new Error('net::ERR_INTERNET_DISCONNECTED');
        return body;
      }
      return { status: 200, text: atomFeedXml([atomEntryXml(PAPER)]) };
    });
  });
  afterEach(() => resetRequestUrlHandler());

  async function start(files: Record<string, string>, data: unknown = null) {
    const started = await startPlugin(files, data);
    await started.app.workspace.getLeaf(false).openFile(started.app.vault.getFileByPath(NOTE)!);
    return started;
  }

  it('Download PDF saves the recorded version with createBinary and links it, once', async () => {
    const { app, fake } = await start({ [NOTE]: TEXT });
    expect(fake.commands.get('download-pdf')?.checkCallback?.(false)).toBe(true);
    await waitFor(() => noticeMessages().some((m) => m.includes('1 PDF saved')), 'the summary');
    expect(requests).toEqual(['https://arxiv.org/pdf/2406.10454v2']);
    const file = app.vault.getFileByPath(PDF)!;
    expect(new Uint8Array(await app.vault.readBinary(file))).toEqual(new Uint8Array(pdf()));
    expect(await read(app, NOTE)).toBe(TEXT.replace('status: to-read\n', `status: to-read\npdf_file: "[[${PDF}]]"\n`));
    fake.commands.get('download-pdf')?.checkCallback?.(false);
    await waitFor(() => noticeMessages().some((m) => m.includes('1 already in the vault')), 'the second summary');
    expect(requests).toHaveLength(1);
  });

  it('refuses a web page instead of a PDF and saves nothing', async () => {
    body = { status: 200, arrayBuffer: Uint8Array.from('<html><body>Sorry</body></html>', (c) => c.charCodeAt(0)).buffer };
    const { app, fake } = await start({ [NOTE]: TEXT });
    fake.commands.get('download-pdf')?.checkCallback?.(false);
    await waitFor(() => noticeMessages().some((m) => m.includes('1 refused')), 'the refusal');
    expect(noticeMessages().join('\n')).toContain('not a PDF; nothing was saved');
    expect(app.vault.getAbstractFileByPath(PDF)).toBeNull();
    expect(await read(app, NOTE)).toBe(TEXT);
  });

  it('queues the download offline in data.json and saves it when the timer retries', async () => {
    body = 'offline';
    const { app, fake, plugin } = await start({ [NOTE]: TEXT });
    fake.commands.get('download-pdf')?.checkCallback?.(false);
    await waitFor(() => noticeMessages().some((m) => m.includes('1 queued for later')), 'the queue notice');
    expect(JSON.stringify(await plugin.loadData())).toContain('"pendingPdfs":[{"id":"Papers/HumanPlus.md"');
    body = { status: 200, arrayBuffer: pdf() };
    await plugin.services().pdfs.retryQueued();
    expect(app.vault.getFileByPath(PDF)).not.toBeNull();
  });

  it('with "Save PDFs in the vault" on, a new note gets its PDF in the PDF folder', async () => {
    const { app, plugin } = await startPlugin({}, { savePdfs: true, pdfFolder: 'Library' });
    const [created] = await plugin.services().creator.createFromInputs(['2406.10454']);
    expect(created?.kind).toBe('created');
    const path = 'Library/HumanPlus Humanoid Shadowing.pdf';
    await waitFor(() => app.vault.getFileByPath(path) !== null, 'the PDF, 3 s after the arXiv request (one queue)', 1500);
    await waitFor(async () => readFrontmatter(await read(app, 'Papers/HumanPlus Humanoid Shadowing.md'))?.pdf_file === `[[${path}]]`, 'the link');
  });

  it('Open PDF beside note opens the vault PDF in a split, else arXiv\u2019s PDF of the version', async () => {
    const opened = jest.spyOn(window, 'open').mockImplementation(() => null);
    const { app, fake } = await start({ [NOTE]: TEXT });
    fake.commands.get('open-pdf-beside-note')?.checkCallback?.(false);
    await waitFor(() => opened.mock.calls.length === 1, 'the browser');
    expect(opened).toHaveBeenCalledWith('https://arxiv.org/pdf/2406.10454v2');
    await app.vault.createFolder('Papers/PDF');
    await app.vault.createBinary(PDF, pdf());
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(NOTE)!);
    fake.commands.get('open-pdf-beside-note')?.checkCallback?.(false);
    await waitFor(() => app.workspace.leaves.some((l) => l.openedFiles.some((f) => f.path === PDF)), 'the PDF in a split');
    opened.mockRestore();
  });
});
