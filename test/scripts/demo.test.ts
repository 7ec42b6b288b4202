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

  it('writes paper notes that follow the note contract', () => {
    const names = readdirSync(join(vault, 'Papers'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const text = readFileSync(join(vault, 'Papers', name), 'utf8');
      const fm = readFrontmatter(text);
      expect(typeof fm?.arxiv).toBe('string');
      expect(fm?.arxiv_version).toEqual(expect.any(Number));
      expect(fm?.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(fm?.authors).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(fm?.tags).toContain('paper');
      const body = splitFrontmatter(text).body;
      expect(body).toMatch(/^\n> .+ \(\d{4}\)\. .+ arXiv preprint arXiv:\S+\.\n/);
      expect(body).toContain('> [!abstract]- Abstract\n');
      for (const section of ['General Idea', 'Limitations', 'Utilities']) expect(body).toContain(`\n## ${section}\n- \n`);
    }
  });
});
