import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '../..');
const RELEASE_FILES = ['main.js', 'manifest.json', 'styles.css'];

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

/** A throw-away git repository holding the files `npm version` reads and writes. */
function versionRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pd-version-'));
  for (const f of ['package.json', 'manifest.json', 'versions.json', 'version-bump.mjs', '.npmrc']) copyFileSync(join(ROOT, f), join(dir, f));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'start');
  return dir;
}

function npmVersion(dir: string, bump: string): void {
  // `npm version` runs the package's "version" script, then commits and tags, as a release does.
  execFileSync('npm', ['version', bump, '--no-audit', '--no-fund'], {
    cwd: dir,
    env: { ...process.env, ...GIT_ENV, npm_config_update_notifier: 'false' },
    stdio: 'pipe',
  });
}

const json = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
const gitOut = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();

describe('npm version keeps manifest.json and versions.json in step', () => {
  let dir: string;
  beforeEach(() => {
    dir = versionRepo();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the new version into manifest.json, records its minAppVersion, and commits and tags both', () => {
    const before = json(dir, 'versions.json');
    const minApp = json(dir, 'manifest.json').minAppVersion;
    npmVersion(dir, '7.3.0');
    expect(json(dir, 'package.json').version).toBe('7.3.0');
    expect(json(dir, 'manifest.json')).toMatchObject({ version: '7.3.0', minAppVersion: minApp });
    expect(json(dir, 'versions.json')).toEqual({ ...before, '7.3.0': minApp });
    // The tag is the bare version, which is what Obsidian looks for in a release.
    expect(gitOut(dir, 'tag', '--list')).toBe('7.3.0');
    expect(gitOut(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['manifest.json', 'package.json', 'versions.json']);
    expect(gitOut(dir, 'status', '--porcelain')).toBe('');
  });

  it('records a raised minAppVersion for the new version and keeps the older entries', () => {
    const manifest = json(dir, 'manifest.json');
    writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ ...manifest, minAppVersion: '1.9.0' }, null, 2)}\n`);
    execFileSync('git', ['commit', '-q', '-am', 'needs 1.9'], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
    const before = json(dir, 'versions.json');
    npmVersion(dir, 'minor');
    const version = json(dir, 'package.json').version as string;
    expect(json(dir, 'manifest.json')).toMatchObject({ version, minAppVersion: '1.9.0' });
    expect(json(dir, 'versions.json')).toEqual({ ...before, [version]: '1.9.0' });
  });
});

describe('the release workflow', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: Record<string, { steps: Array<{ name?: string; run?: string; uses?: string }> }>;
  };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.map((s) => s.run ?? '').join('\n');

  it('runs on a pushed tag and may write a release', () => {
    expect(workflow.on.push.tags).toEqual(['*']);
    expect(workflow.permissions.contents).toBe('write');
  });

  it('builds from a clean install and attaches main.js, manifest.json and styles.css to the release', () => {
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    const create = runs.slice(runs.indexOf('gh release create'));
    for (const f of RELEASE_FILES) expect(create).toContain(f);
    expect(runs.indexOf('npm run build')).toBeLessThan(runs.indexOf('gh release create'));
  });

  it('attests the provenance of the same three files', () => {
    const attest = steps.find((s) => s.uses?.startsWith('actions/attest')) as { with?: { 'subject-path'?: string } } | undefined;
    expect(attest?.with?.['subject-path']?.trim().split('\n')).toEqual(RELEASE_FILES);
    expect(workflow.permissions).toMatchObject({ 'id-token': 'write', attestations: 'write' });
  });

  it.each([
    ['0.1.0', 0],
    ['v0.1.0', 1],
    ['0.0.9', 1],
  ])('refuses a tag that is not manifest.json\'s version: tag %s → exit %i', (tag, code) => {
    const check = steps.find((s) => s.name === 'Tag matches manifest.json')?.run ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'pd-tag-'));
    try {
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '0.1.0' }));
      const res = spawnSync('bash', ['-e', '-c', check], { cwd: dir, env: { ...process.env, GITHUB_REF_NAME: tag }, encoding: 'utf8' });
      expect(res.status).toBe(code);
      if (code !== 0) expect(res.stderr).toContain(`Tag ${tag} does not match manifest.json version 0.1.0`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
