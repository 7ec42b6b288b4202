import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFrontmatter, splitFrontmatter } from '../../src/core/note/frontmatter';

const ROOT = resolve(__dirname, '../..');

/** Builds the plugin, the CLI and the demo as `npm run demo` does, then runs it offline. */
describe('npm run demo (offline path)', () => {
  let vault: string;
  let output: string;

  beforeAll(() => {
    vault = mkdtempSync(join(tmpdir(), 'pd-demo-'));
    for (const target of ['all', 'demo']) execFileSync(process.execPath, ['esbuild.config.mjs', target], { cwd: ROOT });
    output = execFileSync(process.execPath, ['dist/demo.js'], {
      cwd: ROOT,
      env: { ...process.env, DEMO_VAULT: vault, DEMO_OFFLINE: '1' },
      encoding: 'utf8',
    });
  }, 60_000);
  afterAll(() => rmSync(vault, { recursive: true, force: true }));

  it('says it used the sample feed', () => {
    expect(output).toContain('using the sample feed in demo/sample-feed.xml');
  });

  it('installs and enables the plugin', () => {
    for (const f of ['main.js', 'manifest.json', 'styles.css']) {
      expect(existsSync(join(vault, '.obsidian', 'plugins', 'paper-distill', f))).toBe(true);
    }
    expect(JSON.parse(readFileSync(join(vault, '.obsidian', 'community-plugins.json'), 'utf8'))).toEqual(['paper-distill']);
  });

  const notes = () =>
    readdirSync(join(vault, 'Papers'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ name, text: readFileSync(join(vault, 'Papers', name), 'utf8') }));

  it('writes the notes fetched for the sample papers by the note contract, distilled from the log', () => {
    const fetched = notes().filter((n) => typeof readFrontmatter(n.text)?.arxiv_version === 'number');
    expect(fetched.length).toBeGreaterThanOrEqual(5);
    for (const { text } of fetched) {
      const fm = readFrontmatter(text);
      expect(typeof fm?.arxiv).toBe('string');
      expect(fm?.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fm?.authors).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(fm?.tags).toContain('paper');
      const body = splitFrontmatter(text).body;
      expect(body).toMatch(/^\n> .+ \(\d{4}\)\. .+ arXiv preprint arXiv:\S+\.\n/);
      expect(body).toContain('> [!abstract]- Abstract\n');
      // The sample log's distillation filled the empty sections in.
      expect(body).toMatch(/\n## General Idea\n(?!- \n)/);
    }
  });

  it('imports the rest of the sample reading log, and writes a Bases file and a dashboard note', () => {
    if (!existsSync(resolve(ROOT, '..', 'shared', 'samples', 'reading-log.md'))) {
      console.log('Skipped: ../shared/samples/reading-log.md is absent, so the demo imports no log.');
      return;
    }
    expect(notes().length).toBe(26);
    expect(output).toContain('6 empty notes filled in');
    expect(existsSync(join(vault, 'Papers', 'Paper dashboard.base'))).toBe(true);
    expect(readFileSync(join(vault, 'Reading dashboard.md'), 'utf8')).toContain('```paper-distill\nstatus: to-read');
  });
});
