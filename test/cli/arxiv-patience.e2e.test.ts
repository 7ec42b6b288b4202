import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { atomEntryXml, samplePaper } from '../builders/atom';
import { startArxivStub, type ArxivStub } from '../support/arxiv-stub-server';
import { cli } from '../support/run-cli';
import { makeTempVault, removeTempVault } from '../support/temp-vault';

const HUMANPLUS = samplePaper({ arxiv: '2406.10454', authors: ['Zipeng Fu', 'Chelsea Finn'] });
const NOTE = 'HumanPlus Humanoid Shadowing and Imitation from Humans.md';

/** A server on 127.0.0.1 that accepts every connection and never says a word. */
async function silentServer(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/api/query`,
    connections: () => sockets.length,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

jest.setTimeout(30_000);

describe('how long the CLI waits for arXiv, and what it does with an empty answer', () => {
  let stub: ArxivStub;
  let vault: string;
  const notes = async () => (await readdir(join(vault, 'Papers')).catch(() => [])).sort();

  beforeEach(async () => {
    stub = await startArxivStub([atomEntryXml(HUMANPLUS)]);
    vault = await makeTempVault('pd-patience-');
  });
  afterEach(async () => {
    await stub.close();
    await removeTempVault(vault);
  });

  it('asks again, backed off, when a whole batch comes back empty, and then writes the note', async () => {
    stub.faults.push('no-entries');
    const run = await cli('add', '2406.10454', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '150');
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(await notes()).toEqual([NOTE]);
    expect(stub.requests).toHaveLength(2);
    const [first, second] = stub.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(140);
  });

  it('says "not found" only after the re-asks came back empty too', async () => {
    const run = await cli('add', '2406.99999', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toMatch(/2406\.99999/);
    expect(stub.requests).toHaveLength(3);
    expect(await notes()).toEqual([]);
  });

  it('refresh re-asks an empty page before it calls a stub unknown to arXiv', async () => {
    stub.offline = true;
    await cli('add', '2406.10454', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    stub.offline = false;
    stub.faults.push('no-entries', 'no-entries');
    const before = stub.requests.length;
    const run = await cli('refresh', '--vault', vault, '--api', stub.apiUrl, '--min-interval', '0');
    expect(run.out.at(-1)).toBe('1 completed.');
    expect(stub.requests.length - before).toBe(3);
  });

  describe('a server that accepts and never answers', () => {
    let silent: Awaited<ReturnType<typeof silentServer>>;
    beforeEach(async () => {
      silent = await silentServer();
    });
    afterEach(() => silent.close());

    it('--timeout bounds the whole wait, retries included, then queues stubs', async () => {
      const started = Date.now();
      const run = await cli('add', '2406.10454', '2409.05864', '--vault', vault, '--api', silent.url, '--min-interval', '0', '--timeout', '1.5');
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(1_400);
      expect(elapsed).toBeLessThan(4_000);
      expect(run.code).toBe(1);
      expect(run.out).toContain('2 queued for later.');
      expect(run.out.join('\n')).toContain('within the 1.5 s limit');
      expect(await notes()).toEqual(['2406.10454.md', '2409.05864.md']);
    });

    it('the vault setting applies when no --timeout is given', async () => {
      await mkdir(join(vault, '.obsidian/plugins/paper-distill'), { recursive: true });
      await writeFile(join(vault, '.obsidian/plugins/paper-distill/data.json'), JSON.stringify({ arxivTimeoutSeconds: 1 }));
      const started = Date.now();
      const run = await cli('add', '2406.10454', '--vault', vault, '--api', silent.url, '--min-interval', '0');
      expect(Date.now() - started).toBeLessThan(3_500);
      expect(run.out).toContain('1 queued for later.');
      const pending = JSON.parse(await readFile(join(vault, '.paper-distill/pending.json'), 'utf8')) as { pending: { id: string }[] };
      expect(pending.pending.map((p) => p.id)).toEqual(['2406.10454']);
    });
  });

  it.each(['0', '-1', 'abc', '5s', '1e9', '3601', 'NaN'])('--timeout %s is a usage error that writes nothing', async (value) => {
    const run = await cli('add', '2406.10454', '--vault', vault, '--api', stub.apiUrl, '--timeout', value);
    expect(run.code).toBe(2);
    expect(run.err[0]).toBe(`--timeout needs a number of seconds above 0 and at most 3600, not "${value}".`);
    expect(stub.requests).toHaveLength(0);
    expect(await notes()).toEqual([]);
  });
});
