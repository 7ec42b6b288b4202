import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const V1 = samplePaper({ arxiv: '2406.10454', version: 1, updated: '2024-06-15' });
const V3 = samplePaper({ arxiv: '2406.10454', version: 3, updated: '2025-02-01', journalRef: 'Proc. CoRL 2024', doi: '10.1000/corl.2024.7', comment: 'Camera-ready' });
const OLD = samplePaper({ arxiv: 'hep-th/9901001', version: 1, title: 'Old style paper', authors: ['Ann Author'], categories: ['hep-th'] });

describe('paper-distill refresh <notes>|--all (against a local arXiv on 127.0.0.1)', () => {
  let stub: ArxivStub;
  let vault: string;
  const api = () => ['--api', stub.apiUrl, '--min-interval', '0'];
  const notePath = () => join(vault, 'Papers', 'HumanPlus Humanoid Shadowing and Imitation from Humans.md');

  beforeEach(async () => {
    vault = await makeTempVault('pd-refresh-');
    stub = await startArxivStub([atomEntryXml(V1), atomEntryXml(OLD)]);
    expect((await cli('add', '2406.10454', 'hep-th/9901001', '--vault', vault, ...api())).code).toBe(0);
    await stub.close();
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  async function readerEdits(): Promise<string> {
    const text = (await readFile(notePath(), 'utf8'))
      .replace('status: to-read\n', 'status: read\nread_version: 1\n# reader: keep this comment\nrating: 4\n')
      .replace('## General Idea\n- \n', '## General Idea\n- Shadowing with one RGB camera — “quotes”, $\\pi_0$ 🤖\n');
    await writeFile(notePath(), text);
    return text;
  }

  it('refreshes one note by id: only owned keys change, and the new version is reported', async () => {
    const before = await readerEdits();
    stub = await startArxivStub([atomEntryXml(V3), atomEntryXml(OLD)]);
    const run = await cli('refresh', 'arXiv:2406.10454v1', '--vault', vault, ...api());
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out[0]).toBe(
      'Updated Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md: arxiv_version, updated, doi, journal_ref. ' +
        'Published in Proc. CoRL 2024, journal DOI 10.1000/corl.2024.7. v3 available; you read v1. arXiv comment: Camera-ready',
    );
    expect(run.out.at(-1)).toBe('1 updated.');
    const after = await readFile(notePath(), 'utf8');
    const expected = before
      .replace('arxiv_version: 1\n', 'arxiv_version: 3\n')
      .replace('updated: 2024-06-15\n', 'updated: 2025-02-01\n')
      .replace('doi: 10.48550/arXiv.2406.10454\n', 'doi: 10.1000/corl.2024.7\njournal_ref: Proc. CoRL 2024\n');
    // journal_ref is a new key: it goes at the end of the block, after the reader's keys.
    expect(after).toBe(expected.replace('doi: 10.1000/corl.2024.7\njournal_ref: Proc. CoRL 2024\n', 'doi: 10.1000/corl.2024.7\n').replace('\n---\n\n>', '\njournal_ref: Proc. CoRL 2024\n---\n\n>'));
    expect(stub.requests).toHaveLength(1);
  });

  it('refreshes every paper note with --all in one request, by path too', async () => {
    stub = await startArxivStub([atomEntryXml(V3), atomEntryXml(OLD)]);
    const run = await cli('refresh', '--all', '--vault', vault, ...api());
    expect(run.code).toBe(0);
    expect(run.out).toContain('Up to date: Papers/Old style paper.md.');
    expect(run.out.at(-1)).toBe('1 updated, 1 up to date.');
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]?.ids).toEqual(['2406.10454', 'hep-th/9901001']);
    const again = await cli('refresh', 'Papers/Old style paper', '--vault', vault, ...api());
    expect(again.out).toEqual(['Up to date: Papers/Old style paper.md.', '1 up to date.']);
  });

  it('leaves the notes intact and exits 1 when arXiv cannot be reached', async () => {
    const before = await readFile(notePath(), 'utf8');
    const run = await cli('refresh', '--all', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/was not refreshed: Could not reach 127\.0\.0\.1/);
    expect(await readFile(notePath(), 'utf8')).toBe(before);
  });

  it('with --all, first fills in a stub written offline, then refreshes the other notes, in one paced queue', async () => {
    const offline = await cli('add', '2409.05864', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(offline.out.join('\n')).toContain('Queued for later');
    const fresh = samplePaper({ arxiv: '2409.05864', title: 'Neural MP: A Generalist Neural Motion Planner' });
    stub = await startArxivStub([atomEntryXml(V3), atomEntryXml(OLD), atomEntryXml(fresh)]);
    const run = await cli('refresh', '--all', '--vault', vault, ...api());
    expect(run.err).toEqual([]);
    expect(run.out[0]).toBe('Completed Papers/2409.05864.md (arXiv 2409.05864).');
    const stubText = await readFile(join(vault, 'Papers', '2409.05864.md'), 'utf8');
    expect(stubText).toContain('> [!abstract]- Abstract');
    expect(stubText).not.toContain('metadata pending');
    // Refresh asks arXiv again for every note, the just-completed stub included: a newer version
    // may have appeared since the cache learnt it.
    expect(stub.requests.map((r) => r.ids.length)).toEqual([1, 3]);
  });

  it.each([
    [['refresh', 'x', '--all', '--vault', '.'], /name notes or give --all, not both/],
    [['refresh', '--all'], /Missing --vault DIR/],
  ])('refuses %j with a usage error', async (argv, message) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(message);
  });

  it('names an argument that is neither a note nor a paper in the vault', async () => {
    await mkdir(join(vault, 'Other'), { recursive: true });
    stub = await startArxivStub([]);
    const run = await cli('refresh', '2501.00001', '--vault', vault, ...api());
    expect(run.code).toBe(1);
    expect(run.err[0]).toBe('2501.00001 was not refreshed: no note at that path and no paper note with that arXiv ID in the vault.');
  });
});
