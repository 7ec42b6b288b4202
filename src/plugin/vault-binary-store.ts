import { normalizePath, type Vault } from 'obsidian';
import type { BinaryStore } from '../app/ports';
import { err, ok, type Result } from '../core/result';

type BinaryVault = Pick<Vault, 'getAbstractFileByPath' | 'getFolderByPath' | 'createFolder' | 'createBinary'>;

/**
 * PDFs through `vault.createBinary`, the one binary write that works on desktop and mobile alike
 * (no Node file system), so Obsidian's index and sync see the file at once.
 */
export class VaultBinaryStore implements BinaryStore {
  private readonly creating = new Set<string>();

  constructor(private readonly vault: BinaryVault) {}

  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.vault.getAbstractFileByPath(normalizePath(path)) !== null);
  }

  async createBinary(path: string, data: ArrayBuffer): Promise<Result<void>> {
    const target = normalizePath(path);
    if (this.creating.has(target) || this.vault.getAbstractFileByPath(target) !== null) return err('EXISTS', `A file already exists at ${target}.`);
    this.creating.add(target);
    try {
      const parts = target.split('/').slice(0, -1);
      for (let depth = 1; depth <= parts.length; depth++) {
        const level = parts.slice(0, depth).join('/');
        if (this.vault.getFolderByPath(level)) continue;
        if (this.vault.getAbstractFileByPath(level)) return err('IO', `Could not create a folder at ${level}: a file of that name is in the way.`);
        await this.vault.createFolder(level).catch((e: unknown) => {
          if (!this.vault.getFolderByPath(level)) throw e;
        });
      }
      await this.vault.createBinary(target, data);
      return ok(undefined);
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
      if (/already exists/i.test(message)) return err('EXISTS', `A file already exists at ${target}.`);
      return err('IO', `Could not save ${target}: ${message}.`);
    } finally {
      this.creating.delete(target);
    }
  }
}
