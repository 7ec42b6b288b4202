import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { pdfBytes, startScholarStub, type ScholarStub } from '../support/scholar-stub-server';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({ arxiv: '2406.10454', version: 2, title: 'HumanPlus Humanoid Shadowing', authors: ['Zipeng Fu'], categories: ['cs.RO'] });
const OLD = samplePaper({ arxiv: 'hep-th/9901001', version: 1, title: 'Old style paper', authors: ['Ann Author'], categories: ['hep-th'] });
const NOTE = 'Papers/HumanPlus Humanoid Shadowing.md';
const PDF = 'Papers/PDF/HumanPlus Humanoid Shadowing.pdf';

// Each case runs the CLI against local servers; a busy machine needs more than jest's 5 s.
jest.setTimeout(20_000);

describe('PDFs in the vault (CLI against a local arXiv serving PDFs on 127.0.0.1)', () => {
  let arxiv: ArxivStub;
  let server: ScholarStub;
  let vault: string;
  const api = () => ['--api', arxiv.apiUrl, '--min-interval', '0', '--pdf-base', server.pdfBase];
  const read = (path: string) => readFile(join(vault, path), 'utf8');

  beforeEach(async () => {
    arxiv = await startArxivStub([atomEntryXml(HUMANPLUS), atomEntryXml(OLD)]);
    server = await startScholarStub();
    server.pdfs.set('2406.10454v2', { body: pdfBytes('humanplus v2', 50_000) });
    server.pdfs.set('hep-th/9901001v1', { body: pdfBytes('old style') });
    vault = await makeTempVault('pd-pdf-');
  });
  afterEach(async () => {
    await arxiv.close();
    await server.close();
    await removeTempVault(vault);
  });

  it('add --pdf saves the recorded version byte for byte, named like the note, and links it', async () => {
    const run = await cli('add', '2406.10454', 'hep-th/9901001', '--pdf', '--vault', vault, ...api());
    expect(run.err).toEqual(['Downloaded 1 of 2 PDFs…']);
    expect(run.code).toBe(0);
    expect(server.pdfRequests).toEqual(['2406.10454v2', 'hep-th/9901001v1']);
    expect(await readFile(join(vault, PDF))).toEqual(pdfBytes('humanplus v2', 50_000));
    expect(await readFile(join(vault, 'Papers/PDF/Old style paper.pdf'))).toEqual(pdfBytes('old style'));
    const text = await read(NOTE);
    expect(readFrontmatter(text)?.pdf_file).toBe(`[[${PDF}]]`);
    expect(text).toContain(`\npdf_file: "[[${PDF}]]"\n`);
    expect(run.out).toContain(`Saved ${PDF} for ${NOTE}.`);
    expect(run.out.at(-1)).toBe('2 PDFs saved.');
  });

  it('pdf <id|path> does not fetch a PDF again that is in the vault, and keeps the reader\u2019s file', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const before = await read(NOTE);
    const first = await cli('pdf', '2406.10454', '--vault', vault, ...api());
    expect(first.code).toBe(0);
    const linked = await read(NOTE);
    expect(linked).toBe(before.replace(/\n---\n/, `\npdf_file: "[[${PDF}]]"\n---\n`));
    const again = await cli('pdf', NOTE, '--vault', vault, ...api());
    expect(again.code).toBe(0);
    expect(again.out[0]).toBe(`Already in the vault: ${PDF} (${NOTE}).`);
    expect(server.pdfRequests).toHaveLength(1);
    expect(await read(NOTE)).toBe(linked);
  });

  it('links a PDF file already at the name without downloading or overwriting it', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    await mkdir(join(vault, 'Papers/PDF'), { recursive: true });
    await writeFile(join(vault, PDF), 'my annotated copy');
    const run = await cli('pdf', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(server.pdfRequests).toEqual([]);
    expect(await read(PDF)).toBe('my annotated copy');
    expect(readFrontmatter(await read(NOTE))?.pdf_file).toBe(`[[${PDF}]]`);
  });

  it.each([
    ['an HTML error page', { body: Buffer.from('<!DOCTYPE html><html><body>Please verify you are human</body></html>'), type: 'text/html' }, /not a PDF; nothing was saved/],
    ['a body over the size cap', { body: pdfBytes('huge', 3 * 1024 * 1024) }, /larger than the 2 MB limit/],
  ])('refuses %s, saves nothing and leaves the note as it was', async (_, body, message) => {
    await mkdir(join(vault, '.obsidian/plugins/paper-distill'), { recursive: true });
    await writeFile(join(vault, '.obsidian/plugins/paper-distill/data.json'), JSON.stringify({ pdfMaxMb: 2 }));
    await cli('add', '2406.10454', '--vault', vault, ...api());
    const before = await read(NOTE);
    server.pdfs.set('2406.10454v2', body);
    const run = await cli('pdf', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(message);
    expect(await readdir(join(vault, 'Papers'))).toEqual(['HumanPlus Humanoid Shadowing.md']);
    expect(await read(NOTE)).toBe(before);
  });

  it('a missing PDF (404) is refused with the address', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    server.pdfs.delete('2406.10454v2');
    const run = await cli('pdf', '2406.10454', '--vault', vault, ...api());
    expect(run.code).toBe(1);
    expect(run.err[0]).toBe(`arXiv has no PDF at ${server.pdfBase}/2406.10454v2 (HTTP 404); nothing was saved.`);
  });

  it('queues the download while arXiv cannot be reached and saves it on the next run', async () => {
    await cli('add', '2406.10454', '--vault', vault, ...api());
    server.faults.push('reset');
    const offline = await cli('pdf', '2406.10454', '--vault', vault, ...api());
    expect(offline.code).toBe(1);
    expect(offline.err[0]).toMatch(/^Queued for later: Papers\/HumanPlus Humanoid Shadowing\.md\. /);
    expect(JSON.parse(await read('.paper-distill/pending-pdf.json'))).toMatchObject({ pending: [{ path: NOTE }] });
    const retry = await cli('pdf', '--vault', vault, ...api());
    expect(retry.code).toBe(0);
    expect(retry.out).toContain(`Saved ${PDF} for ${NOTE}.`);
    expect(JSON.parse(await read('.paper-distill/pending-pdf.json'))).toEqual({ pending: [] });
    expect((await cli('pdf', '--vault', vault, ...api())).out).toEqual(['No queued PDFs.']);
  });

  it('refuses --pdf-base without --api, and names unknown notes', async () => {
    const alone = await cli('pdf', '2406.10454', '--vault', vault, '--pdf-base', server.pdfBase);
    expect(alone.code).toBe(2);
    expect(alone.err[0]).toBe('--pdf-base is only allowed together with --api.');
    const unknown = await cli('pdf', '2501.99999', '--vault', vault, ...api());
    expect(unknown.code).toBe(1);
    expect(unknown.err[0]).toBe('No paper note in this vault has arXiv id 2501.99999.');
  });
});
