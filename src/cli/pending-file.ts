import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PendingEntry, PendingStore } from '../app/pending-queue';
import { tempName } from './disk-files';

/** The CLI's pending queue, inside the vault in a dot-folder that Obsidian and vault walks skip. */
export const PENDING_FILE = ['.paper-distill', 'pending.json'] as const;
/** PDFs waiting for the network, in the same shape (`id` is the note path there). */
export const PENDING_PDF_FILE = 'pending-pdf.json';
/** Notes whose title arXiv could not be searched, in the same shape (`id` is the note path there). */
export const PENDING_TITLES_FILE = 'pending-titles.json';

/**
 * `.paper-distill/pending.json` in the vault folder: `{ "pending": [{ id, path, queuedAt }] }`.
 * Written to a temporary file and renamed over, so a crash never leaves half a queue. Losing
 * the file loses nothing: `refresh` also finds stubs by scanning the vault.
 */
export class PendingFile implements PendingStore {
  private readonly file: string;

  constructor(
    private readonly root: string,
    name: string = PENDING_FILE[1],
  ) {
    this.file = join(root, PENDING_FILE[0], name);
  }

  async load(): Promise<unknown> {
    try {
      const data = JSON.parse(await readFile(this.file, 'utf8')) as unknown;
      return typeof data === 'object' && data !== null && 'pending' in data ? data.pending : [];
    } catch {
      return [];
    }
  }

  async save(entries: readonly PendingEntry[]): Promise<void> {
    const folder = join(this.root, PENDING_FILE[0]);
    await mkdir(folder, { recursive: true });
    const temp = join(folder, tempName());
    try {
      await writeFile(temp, `${JSON.stringify({ pending: entries }, null, 2)}\n`, 'utf8');
      await rename(temp, this.file);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }
}
