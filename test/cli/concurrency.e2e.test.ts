import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/core/note/frontmatter';
import { atomEntryXml, atomFeedXml, samplePaper } from '../builders/atom';
import { distilledNote, seededRandom } from '../builders/note';
import { builtCli, runCliProcess, type ProcessRun } from '../support/spawned-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';
import { waitFor } from '../support/wait-for';

// Real, separate CLI processes on one vault: the races live between processes, so only
// processes can show them. Seeded, a few rounds each, so a run is the same everywhere.
jest.setTimeout(90_000);

const NOTE = distilledNote().replace('tags:\n  - paper\n', 'tags:\n  - paper\nstatus: to-read\n');
const PAPER = samplePaper({ arxiv: '2406.10454', title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans' });

function shuffled<T>(items: readonly T[], rng: () => number): T[] {
  return items
    .map((item) => ({ item, key: rng() }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

describe('eight CLI processes editing one note at once', () => {
  let cli: string;
  let vault: string;
  const props = async () => readFrontmatter(await readFile(join(vault, 'Papers', 'Distilled.md'), 'utf8')) ?? {};

  beforeAll(async () => {
    cli = await builtCli();
  });
  beforeEach(async () => {
    vault = await makeTempVault('pd-concurrent-', { 'Papers/Distilled.md': NOTE });
  });
  afterEach(() => removeTempVault(vault));

  const all = (runs: ProcessRun[]) => runs.map((r) => ({ code: r.code, err: r.err }));

  it.each([1])('8 × tag +t$i: every tag lands, as if run one after another (seed %i)', async (seed) => {
    const argvs = shuffled(
      Array.from({ length: 8 }, (_, i) => ['tag', 'Papers/Distilled.md', `+t${i}`, '--vault', vault]),
      seededRandom(seed),
    );
    const runs = await Promise.all(argvs.map((argv) => runCliProcess(cli, argv)));
    expect(all(runs)).toEqual(runs.map(() => ({ code: 0, err: '' })));
    const { tags } = await props();
    expect([...(tags as string[])].sort()).toEqual(['paper', 't0', 't1', 't2', 't3', 't4', 't5', 't6', 't7']);
  });

  it.each([3])('mixed rate, status and tag at once: no other key is lost (seed %i)', async (seed) => {
    const argvs = shuffled(
      [
        ['rate', '2406.10454', '4'],
        ['status', 'Papers/Distilled.md', 'reading'],
        ...Array.from({ length: 6 }, (_, i) => ['tag', '2406.10454', `+m${i}`]),
      ].map((argv) => [...argv, '--vault', vault]),
      seededRandom(seed),
    );
    const runs = await Promise.all(argvs.map((argv) => runCliProcess(cli, argv)));
    expect(all(runs)).toEqual(runs.map(() => ({ code: 0, err: '' })));
    const after = await props();
    expect(after.rating).toBe(4);
    expect(after.status).toBe('reading');
    expect([...(after.tags as string[])].sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'paper']);
    const text = await readFile(join(vault, 'Papers', 'Distilled.md'), 'utf8');
    expect(text.slice(text.indexOf('\n---\n'))).toBe(NOTE.slice(NOTE.indexOf('\n---\n')));
  });
});

/**
 * arXiv on 127.0.0.1 with two doors: `/down/…` resets every connection (this process writes an
 * offline stub), `/up/…` answers. Each door can be held shut until a file appears in the vault,
 * which forces the interleaving in which both processes looked for the paper before either wrote.
 */
async function startTwoDoorArxiv(): Promise<{ url: (door: 'up' | 'down') => string; hold: Map<string, () => Promise<boolean>>; close: () => Promise<void> }> {
  const hold = new Map<string, () => Promise<boolean>>();
  const server: Server = createServer((req, res) => {
    const door = (req.url ?? '').startsWith('/down/') ? 'down' : 'up';
    const gate = hold.get(door);
    void waitFor(gate ?? (async () => true), `the ${door} door`, 3_000)
      .catch(() => true)
      .then(() => {
        if (door === 'down') {
          res.socket?.destroy();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.end(atomFeedXml([atomEntryXml(PAPER)], { totalResults: 1 }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (door) => `http://127.0.0.1:${port}/${door}/api/query`,
    hold,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

describe('two adds of one paper under partial faults: one paper, one note', () => {
  let cli: string;
  let vault: string;
  let arxiv: Awaited<ReturnType<typeof startTwoDoorArxiv>>;
  const exists = (name: string) => () => readdir(join(vault, 'Papers')).then((names) => names.includes(name), () => false);
  const add = (door: 'up' | 'down') => runCliProcess(cli, ['add', '2406.10454', '--vault', vault, '--api', arxiv.url(door), '--min-interval', '0']);

  beforeAll(async () => {
    cli = await builtCli();
  });
  beforeEach(async () => {
    vault = await makeTempVault('pd-partial-');
    arxiv = await startTwoDoorArxiv();
  });
  afterEach(async () => {
    await arxiv.close();
    await removeTempVault(vault);
  });

  it('the full note is not written beside the stub another process just wrote', async () => {
    arxiv.hold.set('up', exists('2406.10454.md'));
    const [down, up] = await Promise.all([add('down'), add('up')]);
    expect(down.out).toContain('Queued for later: Papers/2406.10454.md');
    expect(up.code).toBe(0);
    expect(await readdir(join(vault, 'Papers'))).toEqual(['2406.10454.md']);
  });

  it('the stub is not written beside the full note another process just wrote', async () => {
    arxiv.hold.set('down', exists('HumanPlus Humanoid Shadowing and Imitation from Humans.md'));
    const [down, up] = await Promise.all([add('down'), add('up')]);
    expect(up.out).toContain('Created Papers/HumanPlus Humanoid Shadowing and Imitation from Humans.md');
    expect(down.out).not.toContain('Queued for later');
    expect(await readdir(join(vault, 'Papers'))).toEqual(['HumanPlus Humanoid Shadowing and Imitation from Humans.md']);
  });
});
