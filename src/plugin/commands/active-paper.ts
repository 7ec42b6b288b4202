import type { TFile } from 'obsidian';
import { noteArxivId } from '../../app/paper-lookup';
import type { PluginHost } from '../host';
import { paperNoteCheck } from './unreadable-note';

export type CommandHost = Pick<PluginHost, 'app' | 'settings' | 'services'>;

export interface ActivePaper {
  readonly file: TFile;
  readonly id: string;
  readonly frontmatter: Readonly<Record<string, unknown>> | null;
}

/** The active note when it is an arXiv paper note (stubs included); null otherwise. */
export function activePaper(host: CommandHost): ActivePaper | null {
  const file = host.app.workspace.getActiveFile();
  if (!file || file.extension !== 'md') return null;
  const frontmatter = host.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
  const id = noteArxivId(frontmatter);
  return id === null ? null : { file, id, frontmatter };
}

/**
 * checkCallback of a command on the active arXiv paper note; a note whose properties Obsidian
 * could not read gets the command too, and a notice naming the line where its YAML breaks.
 */
export function arxivPaperCheck(host: CommandHost, run: (paper: ActivePaper) => void): (checking: boolean) => boolean {
  return paperNoteCheck(
    host,
    () => activePaper(host),
    (file, verdict) => {
      if (verdict.id !== null) return { file, id: verdict.id, frontmatter: verdict.frontmatter };
      host.services().notifier.error(`${file.basename} has no arxiv property, so it names no arXiv paper.`);
      return null;
    },
    run,
  );
}

/** Long lists in a notice: the first lines, then how many more (the CLI prints them all). */
export function clipLines(lines: readonly string[], max = 8): string[] {
  return lines.length <= max ? [...lines] : [...lines.slice(0, max), `…and ${lines.length - max} more.`];
}
