import type { FileStats, Vault as ObsidianVault } from 'obsidian';

/**
 * Obsidian's `normalizePath`: both slash kinds collapse to one `/`, leading and trailing slashes
 * go, an empty path is the root `/`, no-break spaces become plain spaces, and the text is NFC.
 */
export function normalizePath(path: string): string {
  let normalized = path.replace(/[\\/]+/g, '/').replace(/^\/+|\/+$/g, '');
  if (normalized === '') normalized = '/';
  return normalized.replace(/[\u00A0\u202F]/g, ' ').normalize('NFC');
}

/** The folder part of a vault path; `/` (the root) for top-level entries. */
export function parentPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

export function childPath(folder: string, name: string): string {
  return folder === '/' ? name : `${folder}/${name}`;
}

export abstract class TAbstractFile {
  // Typed as the real Vault so that fake files are assignable to obsidian.d.ts's TFile/TFolder.
  vault: ObsidianVault;
  path: string;
  name: string;
  parent: TFolder | null;

  constructor(vault: unknown, path: string, parent: TFolder | null) {
    this.vault = vault as ObsidianVault;
    this.path = path;
    this.name = '';
    this.parent = parent;
    moveTo(this, path, parent);
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats;
  basename = '';
  extension = '';

  constructor(vault: unknown, path: string, parent: TFolder | null, stat: FileStats) {
    super(vault, path, parent);
    this.stat = stat;
    moveTo(this, path, parent);
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

/** Sets a file's path and the names derived from it, as Obsidian does on create and rename. */
export function moveTo(file: TAbstractFile, path: string, parent: TFolder | null): void {
  file.path = path;
  file.parent = parent;
  file.name = path === '/' ? '' : path.slice(path.lastIndexOf('/') + 1);
  if (file instanceof TFile) {
    const dot = file.name.lastIndexOf('.');
    file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
    file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
  }
}

/** UTF-8 size, counted by hand: jsdom's test environment has no TextEncoder. */
export function byteLength(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The error text Node's fs gives for a missing file or folder, which Obsidian passes through. */
export function enoent(path: string): Error {
  return new Error(`ENOENT: no such file or directory, open '${path}'`);
}
