import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The workplace's shared folder, which sits beside the repository (`../shared`). */
export const SHARED = join(__dirname, '..', '..', '..', 'shared');

/**
 * The path of a file or folder in `../shared`. A test that reads the real recorded responses or
 * samples fails with this message when they are absent, instead of skipping and passing unseen.
 */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED, ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} is absent: this test reads ../shared/${parts.join('/')}, the recorded arXiv responses and samples that sit beside the repository (CI has them). Clone the repository next to that folder.`);
  }
  return path;
}
