// Where `npm run demo` may write: never over a demo vault the reader has changed. The demo records
// a fingerprint of every file it wrote; a later run replaces the folder only while nothing the
// reader could care about differs from it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const FINGERPRINT_FILE = '.paper-distill-demo.json';

interface Fingerprint {
  readonly files: Record<string, string>;
}

/** What a run found at a candidate folder. */
export type VaultState =
  | { readonly kind: 'free' }
  | { readonly kind: 'unchanged-demo' }
  | { readonly kind: 'changed'; readonly changes: readonly string[] }
  /** Not written by the demo, or its record is gone: every file may be the reader's. */
  | { readonly kind: 'foreign' };

export interface VaultChoice {
  readonly dir: string;
  /** Whether an earlier, unchanged demo vault is being replaced. */
  readonly replacing: boolean;
  /** The folder that was asked for and left alone, with what changed in it; null when it is used. */
  readonly keptAside: { readonly dir: string; readonly changes: readonly string[] | 'foreign' } | null;
}

/**
 * Obsidian's own state (open tabs, appearance, the plugin's data.json) changes just by opening the
 * vault, so it does not count as the reader's work. Plugins, themes and snippets the reader added
 * do count.
 */
function ignored(path: string): boolean {
  if (path === FINGERPRINT_FILE) return true;
  if (path === '.obsidian/plugins/paper-distill/data.json') return true;
  return path.startsWith('.obsidian/') && !/^\.obsidian\/(plugins|themes|snippets)\//.test(path);
}

function filesUnder(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Records what the demo wrote, so the next run can tell whether the reader changed anything. */
export function writeFingerprint(dir: string): void {
  const files: Record<string, string> = {};
  for (const path of filesUnder(dir).filter((p) => !ignored(p))) files[path] = hash(join(dir, path));
  writeFileSync(join(dir, FINGERPRINT_FILE), `${JSON.stringify({ files } satisfies Fingerprint, null, 2)}\n`);
}

function readFingerprint(dir: string): Fingerprint | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, FINGERPRINT_FILE), 'utf8')) as Partial<Fingerprint>;
    return typeof parsed.files === 'object' && parsed.files !== null ? { files: parsed.files } : null;
  } catch {
    return null;
  }
}

export function vaultState(dir: string): VaultState {
  if (!existsSync(dir)) return { kind: 'free' };
  if (!statSync(dir).isDirectory()) return { kind: 'foreign' };
  const present = filesUnder(dir);
  if (present.length === 0) return { kind: 'free' };
  const fingerprint = readFingerprint(dir);
  if (fingerprint === null) return { kind: 'foreign' };
  const now = present.filter((p) => !ignored(p));
  const changes = [
    ...now.filter((p) => p in fingerprint.files && fingerprint.files[p] !== hash(join(dir, p))).map((p) => `${p} changed`),
    ...now.filter((p) => !(p in fingerprint.files)).map((p) => `${p} added`),
    ...Object.keys(fingerprint.files).filter((p) => !now.includes(p)).map((p) => `${p} deleted`),
  ];
  return changes.length === 0 ? { kind: 'unchanged-demo' } : { kind: 'changed', changes };
}

/**
 * The folder to write: the one asked for when it is absent, empty or an unchanged demo vault;
 * otherwise the first of `<dir>-2`, `<dir>-3`, … that is, leaving the asked-for folder as it is.
 */
export function chooseVault(wanted: string): VaultChoice {
  const usable = (s: VaultState) => s.kind === 'free' || s.kind === 'unchanged-demo';
  const first = vaultState(wanted);
  if (usable(first)) return { dir: wanted, replacing: first.kind === 'unchanged-demo', keptAside: null };
  const changes = first.kind === 'changed' ? first.changes : 'foreign';
  for (let n = 2; ; n++) {
    const dir = `${wanted}-${n}`;
    const state = vaultState(dir);
    if (usable(state)) return { dir, replacing: state.kind === 'unchanged-demo', keptAside: { dir: wanted, changes } };
  }
}

/** The sentence that tells the reader their folder was left alone, and how to replace it. */
export function keptAsideMessage(choice: VaultChoice, shown: (dir: string) => string): string | null {
  if (choice.keptAside === null) return null;
  const { dir, changes } = choice.keptAside;
  const why =
    changes === 'foreign'
      ? `was not written by this demo (it has no ${FINGERPRINT_FILE})`
      : `has changed since the demo wrote it (${changes.slice(0, 5).join('; ')}${changes.length > 5 ? `; and ${changes.length - 5} more` : ''})`;
  return (
    `${shown(dir)}/ ${why}, so it is left as it is and the new demo vault goes to ${shown(choice.dir)}/.\n` +
    `To replace ${shown(dir)}/ instead, delete it (rm -rf "${shown(dir)}") and run npm run demo again.`
  );
}
