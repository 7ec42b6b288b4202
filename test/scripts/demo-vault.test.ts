import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chooseVault, keptAsideMessage, vaultState, writeFingerprint } from '../../scripts/demo-vault';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pd-demo-vault-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** A folder as the demo leaves it: its files and the fingerprint of them. */
function demoVault(dir: string): void {
  write(dir, {
    'Welcome.md': '# Welcome\n',
    'Papers/A.md': '---\narxiv: "2406.10454"\n---\n',
    '.obsidian/community-plugins.json': '["paper-distill"]',
    '.obsidian/plugins/paper-distill/main.js': 'plugin',
  });
  writeFingerprint(dir);
}

describe('which folder the demo writes', () => {
  it.each<[string, ReturnType<typeof vaultState>['kind'], (dir: string) => void]>([
    ['absent', 'free', () => undefined],
    ['an empty folder', 'free', (dir) => mkdirSync(dir)],
    ['a demo vault as written', 'unchanged-demo', demoVault],
    ['a demo vault opened in Obsidian (workspace, appearance, plugin settings)', 'unchanged-demo', (dir) => {
      demoVault(dir);
      write(dir, { '.obsidian/workspace.json': '{}', '.obsidian/appearance.json': '{}', '.obsidian/plugins/paper-distill/data.json': '{}' });
    }],
    ['a demo vault with an edited note', 'changed', (dir) => {
      demoVault(dir);
      write(dir, { 'Papers/A.md': 'mine now' });
    }],
    ['a demo vault with a new note', 'changed', (dir) => {
      demoVault(dir);
      write(dir, { 'Notes/Idea.md': 'idea' });
    }],
    ['a demo vault with a deleted note', 'changed', (dir) => {
      demoVault(dir);
      unlinkSync(join(dir, 'Papers/A.md'));
    }],
    ['a demo vault with another plugin installed', 'changed', (dir) => {
      demoVault(dir);
      write(dir, { '.obsidian/plugins/other/main.js': 'x' });
    }],
    ['a folder the demo did not write', 'foreign', (dir) => write(dir, { 'Thesis.md': 'chapter 1' })],
    ['a file, not a folder', 'foreign', (dir) => writeFileSync(dir, 'x')],
  ])('%s → %s', (_what, kind, make) => {
    const dir = join(root, 'demo-vault');
    make(dir);
    expect(vaultState(dir).kind).toBe(kind);
  });

  it('names every change', () => {
    const dir = join(root, 'demo-vault');
    demoVault(dir);
    write(dir, { 'Papers/A.md': 'mine', 'B.md': 'new' });
    unlinkSync(join(dir, 'Welcome.md'));
    expect(vaultState(dir)).toEqual({ kind: 'changed', changes: ['Papers/A.md changed', 'B.md added', 'Welcome.md deleted'] });
  });

  it('replaces an unchanged demo vault in place', () => {
    const dir = join(root, 'demo-vault');
    demoVault(dir);
    expect(chooseVault(dir)).toEqual({ dir, replacing: true, keptAside: null });
  });

  it('goes to the first of demo-vault-2, -3, … that is free or an unchanged demo vault, and says why', () => {
    const dir = join(root, 'demo-vault');
    write(dir, { 'Thesis.md': 'chapter 1' });
    demoVault(`${dir}-2`);
    write(`${dir}-2`, { 'Papers/A.md': 'edited' });
    demoVault(`${dir}-3`);
    const choice = chooseVault(dir);
    expect(choice).toMatchObject({ dir: `${dir}-3`, replacing: true });
    expect(keptAsideMessage(choice, (d) => d.slice(root.length + 1))).toBe(
      'demo-vault/ was not written by this demo (it has no .paper-distill-demo.json), so it is left as it is and the new demo vault goes to demo-vault-3/.\n' +
        'To replace demo-vault/ instead, delete it (rm -rf "demo-vault") and run npm run demo again.',
    );
  });

  it('lists at most five changes in the message', () => {
    const dir = join(root, 'demo-vault');
    demoVault(dir);
    write(dir, Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`N${i}.md`, 'x'])));
    const message = keptAsideMessage(chooseVault(dir), (d) => d.slice(root.length + 1)) ?? '';
    expect(message).toContain('N0.md added; N1.md added; N2.md added; N3.md added; N4.md added; and 3 more)');
  });
});
