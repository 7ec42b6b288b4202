import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';
import { cli } from '../support/run-cli';

const ROOT = resolve(__dirname, '../..');
// Each check runs the CLI in process on a whole vault; a loaded machine must not fail it.
jest.setTimeout(60_000);

/**
 * A "fresh clone" with nothing but what the demo needs at run time: the built plugin, CLI and demo,
 * and the repository's demo/ folder. No ../shared beside it, no test fixtures, no node_modules.
 */
function freshCopy(into: string): string {
  const copy = join(into, 'clone');
  mkdirSync(join(copy, 'dist'), { recursive: true });
  for (const f of ['dist/demo.js', 'dist/cli.js', 'main.js', 'manifest.json', 'styles.css']) cpSync(join(ROOT, f), join(copy, f));
  cpSync(join(ROOT, 'demo'), join(copy, 'demo'), { recursive: true });
  return copy;
}

function runDemo(copy: string, vault: string) {
  const res = spawnSync(process.execPath, [join(copy, 'dist', 'demo.js')], {
    cwd: dirname(vault),
    env: { ...process.env, DEMO_VAULT: vault },
    encoding: 'utf8',
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

interface Listed {
  path: string;
  title: string;
  status: string | null;
  rating: number | null;
  distilled: { filled: number; required: number };
  versions: { arxiv: number | null; read: number | null };
}

async function list(vault: string, filter?: string): Promise<Listed[]> {
  const run = await cli('list', '--vault', vault, '--json', ...(filter === undefined ? [] : ['--filter', filter]));
  expect(run.code).toBe(0);
  return JSON.parse(run.out.join('\n')) as Listed[];
}

let work: string;
let copy: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pd-demo-'));
  for (const target of ['all', 'demo']) execFileSync(process.execPath, ['esbuild.config.mjs', target], { cwd: ROOT });
  copy = freshCopy(work);
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run demo from a fresh clone without ../shared', () => {
  let vault: string;
  let run: ReturnType<typeof runDemo>;
  let welcome: string;

  beforeAll(() => {
    vault = join(work, 'demo-vault');
    run = runDemo(copy, vault);
    welcome = readFileSync(join(vault, 'Welcome.md'), 'utf8');
  }, 120_000);

  it('finishes without error, saying it used the sample feed and downloaded nothing', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Using the sample feed in demo/sample-feed.xml through a local arXiv-compatible server (nothing is downloaded).');
    expect(run.out).toContain(`Demo vault ready: ${vault}`);
  });

  it('installs and enables the plugin', () => {
    for (const f of ['main.js', 'manifest.json', 'styles.css']) {
      // Buffer.equals: jest's deep equality walks a megabyte bundle byte by byte.
      expect([f, readFileSync(join(vault, '.obsidian', 'plugins', 'paper-distill', f)).equals(readFileSync(join(ROOT, f)))]).toEqual([f, true]);
    }
    expect(JSON.parse(readFileSync(join(vault, '.obsidian', 'community-plugins.json'), 'utf8'))).toEqual(['paper-distill']);
  });

  it("lists in Welcome.md exactly the vault's paper notes, each with the status, rating and distillation `list` reports", async () => {
    const rows = [...welcome.matchAll(/^\| \[\[([^\]]+)\]\] \| ([\w-]+) \| (\d|–) \| (\d)\/(\d) \|/gm)].map((m) => ({
      path: `Papers/${m[1]}.md`,
      status: m[2],
      rating: m[3] === '–' ? null : Number(m[3]),
      distilled: { filled: Number(m[4]), required: Number(m[5]) },
    }));
    const listed = await list(vault);
    expect(rows.length).toBe(listed.length);
    expect(welcome).toContain(`**Papers/** — ${listed.length} paper notes`);
    expect(rows).toEqual(
      expect.arrayContaining(
        listed.map((p) => ({ path: p.path, status: p.status, rating: p.rating, distilled: { filled: p.distilled.filled, required: p.distilled.required } })),
      ),
    );
  });

  it('shows every feature with content: rated, to-read, reading, distilled, and a newer version than the one read', async () => {
    const listed = await list(vault);
    expect(listed.filter((p) => p.rating !== null).length).toBeGreaterThanOrEqual(2);
    for (const status of ['to-read', 'reading', 'read']) expect(listed.some((p) => p.status === status)).toBe(true);
    expect(listed.some((p) => p.distilled.filled === p.distilled.required)).toBe(true);
    const newer = listed.filter((p) => p.versions.read !== null && p.versions.arxiv !== null && p.versions.arxiv > p.versions.read);
    expect(newer.map((p) => [p.title, p.versions])).toEqual([['OpenVLA: An Open-Source Vision-Language-Action Model', { arxiv: 3, read: 2 }]]);
    const text = await cli('list', '--vault', vault, '--filter', 'search: openvla');
    expect(text.out[0]).toContain('v3 available');
    expect(welcome).toContain('"v3 available; you read v2"');
    expect(existsSync(join(vault, 'Papers', 'Paper dashboard.base'))).toBe(true);
  });

  it('says how many notes are distilled and how many `check` and the template report list', async () => {
    const checked = await cli('check', '--vault', vault, '--json');
    const report = JSON.parse(checked.out.join('\n')) as { checked: number; incomplete: number };
    expect(welcome).toContain(`${report.checked - report.incomplete} of the ${report.checked} notes are fully distilled; \`paper-distill check\` on this vault lists the other ${report.incomplete}.`);
    expect(welcome).toContain(`**Paper Distill: Template report** lists the ${report.incomplete} notes that are not fully distilled`);
  });

  it('gives every dashboard code block papers to show, as many as Welcome.md says', async () => {
    const dashboard = readFileSync(join(vault, 'Reading dashboard.md'), 'utf8');
    const blocks = [...dashboard.matchAll(/```paper-distill\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBe(4);
    const counts: number[] = [];
    for (const block of blocks) counts.push((await list(vault, block)).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    const claimed = /Open \*\*Reading dashboard\.md\*\*: (\d+) papers to read next, (\d+) with 4 stars and up, (\d+) started but not\s+yet distilled, (\d+) about robotics/.exec(welcome);
    expect(claimed?.slice(1).map(Number)).toEqual(counts);
  });

  it('has the reading log in the vault, and importing it again creates nothing', async () => {
    const again = await cli('import-log', join(vault, 'Reading log.md'), '--vault', vault, '--dry-run');
    expect(again.out[0]).toBe('6 entries: 5 with an arXiv ID, 1 without. 0 new notes, 6 already imported.');
    expect(welcome).toContain('the preview finds all 6 entries\n   already imported and creates nothing');
  });

  it('writes paper notes by the note contract, with the log\'s distillation in them', () => {
    const fetched = filesUnder(join(vault, 'Papers'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((text) => typeof readFrontmatter(text)?.arxiv_version === 'number');
    expect(fetched.length).toBe(7);
    for (const text of fetched) {
      const fm = readFrontmatter(text);
      expect(typeof fm?.arxiv).toBe('string');
      expect(fm?.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fm?.tags).toContain('paper');
      const body = splitFrontmatter(text).body;
      expect(body).toMatch(/^\n> .+ \(\d{4}\)\. .+arXiv/);
      expect(body).toContain('> [!abstract]- Abstract\n');
    }
  });

  it('links and embeds only things that exist in the vault, and no path outside it', () => {
    const all = filesUnder(vault).map((f) => relative(vault, f));
    const names = new Set(all.map((f) => basename(f)).flatMap((n) => [n, n.replace(/\.md$/, '')]));
    const notes = all.filter((f) => f.endsWith('.md'));
    expect(notes.length).toBeGreaterThan(8);
    for (const note of notes) {
      const text = readFileSync(join(vault, note), 'utf8');
      expect(text).not.toMatch(/\$HOME|~\/|\/Users\/|\/home\/|[A-Z]:\\/);
      for (const [, target] of text.matchAll(/!?\[\[([^\]|#]+)/g)) expect([note, target, names.has(target)]).toEqual([note, target, true]);
      for (const [, target] of text.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) expect([note, target, existsSync(join(vault, dirname(note), decodeURI(target)))]).toEqual([note, target, true]);
    }
    expect(readFileSync(join(vault, 'Papers', 'HumanPlus Humanoid Shadowing and Imitation from Humans.md'), 'utf8')).toContain('![[humanplus-pipeline.svg]]');
  });
});

describe('npm run demo never replaces a demo vault the reader changed', () => {
  it('writes demo-vault-2 beside an edited demo-vault, leaves the edit alone and says how to replace it', () => {
    // The vault the first describe checked, now changed as a reader would.
    const vault = join(work, 'demo-vault');
    const note = join(vault, 'Papers', 'Neural MP A Generalist Neural Motion Planner.md');
    const edited = readFileSync(note, 'utf8').replace('## Limitations\n', '## Limitations\n- My own limitation.\n');
    writeFileSync(note, edited);
    writeFileSync(join(vault, 'My idea.md'), 'an idea\n');
    // Opening the vault in Obsidian writes its own state; that alone is not the reader's work.
    writeFileSync(join(vault, '.obsidian', 'workspace.json'), '{}');

    const second = runDemo(copy, vault);
    expect(second.code).toBe(0);
    expect(second.out).toContain(
      'demo-vault/ has changed since the demo wrote it (Papers/Neural MP A Generalist Neural Motion Planner.md changed; My idea.md added), so it is left as it is and the new demo vault goes to demo-vault-2/.\n' +
        'To replace demo-vault/ instead, delete it (rm -rf "demo-vault") and run npm run demo again.',
    );
    expect(readFileSync(note, 'utf8')).toBe(edited);
    expect(readFileSync(join(vault, 'My idea.md'), 'utf8')).toBe('an idea\n');
    expect(existsSync(join(`${vault}-2`, 'Welcome.md'))).toBe(true);
    expect(second.out).toContain(`Demo vault ready: ${vault}-2`);
  }, 180_000);
});
