import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A fresh vault folder in the system's temporary folder, holding `files` (vault path → text). */
export async function makeTempVault(prefix: string, files: Record<string, string> = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text, 'utf8');
  }
  return root;
}

/** Deletes a folder made by makeTempVault, with everything in it. */
export function removeTempVault(root: string): Promise<void> {
  return rm(root, { recursive: true, force: true });
}
