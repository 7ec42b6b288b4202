import type { App, TFile } from 'obsidian';
import { noteArxivId } from '../../app/paper-lookup';
import { readFrontmatter, unreadablePropertiesLine } from '../../core/note/frontmatter';
import { isPaperNote } from '../../core/note/paper-note';
import { NOTHING_CHANGED, unreadablePaperNoteLine, unreadablePropertiesMessage } from '../../core/note/unreadable-properties';
import type { PluginHost } from '../host';
import { currentText } from '../template/active-note';
import { blockWithoutProperties } from '../vault-note-store';

type Host = Pick<PluginHost, 'app' | 'settings' | 'services'>;

/** The active Markdown note when its cached properties block could not be read (see blockWithoutProperties). */
export function activeUnreadableCandidate(app: App): TFile | null {
  const file = app.workspace.getActiveFile();
  if (file === null || file.extension !== 'md') return null;
  return blockWithoutProperties(app.metadataCache.getFileCache(file)) ? file : null;
}

/** What a paper-note command learns from the note's own text when the cache could not say. */
export type TextVerdict =
  | { readonly kind: 'paper'; readonly frontmatter: Readonly<Record<string, unknown>>; readonly id: string | null }
  /** Reported already: the notice names the line, or says the note is not a paper note. */
  | { readonly kind: 'reported' };

/**
 * Reads `file` (the editor's text while it is open) and decides: broken YAML is reported as "X's
 * properties cannot be read (line N): …" with `outcome`, never as "not a paper note" (the paper
 * tag may sit in the broken block too); a note whose text is a paper note after all (the cache
 * lagged) is handed back.
 */
export async function judgeFromText(host: Host, file: TFile, outcome: string = NOTHING_CHANGED): Promise<TextVerdict> {
  const { notifier } = host.services();
  const text = await currentText(host.app, file).catch(() => null);
  if (text === null) {
    notifier.error(`There is no note at ${file.path}; it may have been moved or deleted.`);
    return { kind: 'reported' };
  }
  const line = unreadablePaperNoteLine(text) ?? unreadablePropertiesLine(text);
  if (line !== null) {
    notifier.error(unreadablePropertiesMessage(file.basename, line, outcome));
    return { kind: 'reported' };
  }
  const frontmatter = readFrontmatter(text);
  if (frontmatter === null || !isPaperNote(frontmatter, host.settings.paperTag)) {
    notifier.error(`${file.basename} is not a paper note: it has no arxiv property and no #${host.settings.paperTag} tag.`);
    return { kind: 'reported' };
  }
  return { kind: 'paper', frontmatter, id: noteArxivId(frontmatter) };
}

/**
 * A paper-note command's checkCallback: offered while `find` names the active paper note (from
 * the cache), and also while the cache saw a properties block it could not read, for which the
 * text decides when the command runs (`judgeFromText`) and `run` gets the note only if it is a
 * paper note after all.
 */
export function paperNoteCheck<T>(
  host: Host,
  find: () => T | null,
  fromText: (file: TFile, verdict: Extract<TextVerdict, { kind: 'paper' }>) => T | null,
  run: (target: T) => void,
): (checking: boolean) => boolean {
  return (checking) => {
    const found = find();
    const candidate = found === null ? activeUnreadableCandidate(host.app) : null;
    if (found === null && candidate === null) return false;
    if (checking) return true;
    if (found !== null) run(found);
    else if (candidate !== null) {
      void judgeFromText(host, candidate).then((verdict) => {
        if (verdict.kind !== 'paper') return;
        const target = fromText(candidate, verdict);
        if (target !== null) run(target);
      });
    }
    return true;
  };
}
