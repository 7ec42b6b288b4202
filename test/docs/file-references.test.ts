import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** Every file under `dir`, as repo-relative paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(join(ROOT, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

const codeSpans = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
const linkTargets = (text: string) =>
  [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((t) => !/^(https?:|mailto:|#)/.test(t));

// Folders of this repository; a code span starting with one of them names a file or folder here.
const REPO_DIRS = ['src/', 'test/', 'docs/', 'scripts/', 'demo/', 'bench/', '.github/', '.ci/', 'test-artifacts/'];
const ROOT_FILES = /^(LICENSE|README\.md|manifest\.json|versions\.json|package\.json|version-bump\.mjs|esbuild\.config\.mjs|eslint\.config\.mjs|styles\.css|\.npmrc)$/;
// Written by a run, not kept in the repository.
const GENERATED = ['test-artifacts/tmp/', 'dist/', 'main.js', 'demo-vault/'];

describe.each(['README.md', 'docs/ARCHITECTURE.md'])('%s points only to files that exist', (doc) => {
  const text = read(doc);

  it('every link and image target exists', () => {
    const missing = linkTargets(text).filter((t) => !existsSync(join(ROOT, decodeURIComponent(t))));
    expect(missing).toEqual([]);
  });

  it('every repository path in code spans exists', () => {
    const paths = codeSpans(text)
      .map((s) => s.split(/\s/)[0])
      .filter((s) => (REPO_DIRS.some((d) => s.startsWith(d)) || ROOT_FILES.test(s)) && !GENERATED.some((g) => s.startsWith(g)));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });
});

describe('docs/ARCHITECTURE.md', () => {
  const text = read('docs/ARCHITECTURE.md');
  const known = [...filesUnder('src'), ...filesUnder('test'), ...filesUnder('scripts')];

  it('names only source files that exist (a short name is looked up under src/ and test/)', () => {
    const named = codeSpans(text).filter((s) => /^[\w./-]+\.(ts|mjs)$/.test(s));
    expect(named.length).toBeGreaterThan(30);
    const missing = named.filter((n) => !existsSync(join(ROOT, n)) && !known.some((f) => f.endsWith(`/${n}`)));
    expect(missing).toEqual([]);
  });

  it('is the one the README links to', () => {
    expect(read('README.md')).toContain('](docs/ARCHITECTURE.md)');
  });
});
