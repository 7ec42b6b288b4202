import { formatBibtex } from '../../core/citation/bibtex';
import { paperFromFrontmatter } from '../../core/note/paper-from-frontmatter';
import type { CitationStyleSetting } from '../../core/settings';
import { Platform } from 'obsidian';
import type { PluginHost } from '../host';
import { arxivPaperCheck, type ActivePaper, type CommandHost } from './active-paper';

const STYLE_LABELS: Record<CitationStyleSetting, string> = {
  scholar: 'Google Scholar',
  apa: 'APA 7',
  vancouver: 'Vancouver',
  harvard: 'Harvard',
  bibtex: 'BibTeX',
};

export function registerCitationCommands(plugin: PluginHost): void {
  plugin.addCommand({
    id: 'copy-citation',
    name: 'Copy citation',
    checkCallback: arxivPaperCheck(plugin, (paper) => void copyCitation(plugin, paper, plugin.settings.citationStyle)),
  });
  plugin.addCommand({
    id: 'copy-bibtex',
    name: 'Copy BibTeX',
    checkCallback: arxivPaperCheck(plugin, (paper) => void copyCitation(plugin, paper, 'bibtex')),
  });
}

/** Formats the paper's citation in `style` and puts it on the clipboard; says what happened. */
export async function copyCitation(host: CommandHost, paper: ActivePaper, style: CitationStyleSetting): Promise<boolean> {
  const { notifier, citations } = host.services();
  const rebuilt = paperFromFrontmatter(paper.frontmatter, paper.id);
  if ('missing' in rebuilt) {
    notifier.error(
      `Paper Distill: ${paper.file.basename} has no ${rebuilt.missing} yet (arXiv ${paper.id} has not been fetched). ` +
        'Run "Refresh metadata" on it, then copy again.',
    );
    return false;
  }
  // The clipboard write starts before the first await, inside the tap or keypress that ran the
  // command: iOS refuses a write made after the gesture has ended.
  const text: Promise<string> = style === 'bibtex' ? settle(() => formatBibtex(rebuilt.paper)) : citations.format(rebuilt.paper, style);
  const written = writeClipboard(text);
  try {
    await text;
  } catch (e) {
    written.catch(() => undefined);
    notifier.error(`Paper Distill: could not format the citation: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  try {
    await written;
  } catch {
    notifier.error('Paper Distill: the clipboard is not available here; nothing was copied.');
    return false;
  }
  notifier.info(`Paper Distill: copied the ${STYLE_LABELS[style]} ${style === 'bibtex' ? 'entry' : 'citation'} of ${paper.file.basename}.`);
  return true;
}

function settle(format: () => string): Promise<string> {
  try {
    return Promise.resolve(format());
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/**
 * Puts `text` on the clipboard, the call made now. On phones and tablets the clipboard gets a
 * ClipboardItem holding the promise (WebKit keeps the gesture for it); elsewhere the text is
 * written once formatted (Obsidian's desktop app has no gesture rule). A BibTeX entry or a
 * citation from a warm engine is ready at once either way.
 */
function writeClipboard(text: Promise<string>): Promise<void> {
  const clipboard = navigator.clipboard;
  if (Platform.isMobile && typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    const blob = text.then((t) => new Blob([t], { type: 'text/plain' }));
    return clipboard.write([new ClipboardItem({ 'text/plain': blob })]);
  }
  return text.then((t) => clipboard.writeText(t));
}
