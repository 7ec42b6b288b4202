import { formatBibtex } from '../../core/citation/bibtex';
import { paperFromFrontmatter } from '../../core/note/paper-from-frontmatter';
import type { CitationStyleSetting } from '../../core/settings';
import type { PluginHost } from '../host';
import { activePaper, type ActivePaper, type CommandHost } from './active-paper';

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
    checkCallback: (checking) => {
      const paper = activePaper(plugin);
      if (paper === null) return false;
      if (!checking) void copyCitation(plugin, paper, plugin.settings.citationStyle);
      return true;
    },
  });
  plugin.addCommand({
    id: 'copy-bibtex',
    name: 'Copy BibTeX',
    checkCallback: (checking) => {
      const paper = activePaper(plugin);
      if (paper === null) return false;
      if (!checking) void copyCitation(plugin, paper, 'bibtex');
      return true;
    },
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
  let text: string;
  try {
    text = style === 'bibtex' ? formatBibtex(rebuilt.paper) : await citations.format(rebuilt.paper, style);
  } catch (e) {
    notifier.error(`Paper Distill: could not format the citation: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    notifier.error('Paper Distill: the clipboard is not available here; nothing was copied.');
    return false;
  }
  notifier.info(`Paper Distill: copied the ${STYLE_LABELS[style]} ${style === 'bibtex' ? 'entry' : 'citation'} of ${paper.file.basename}.`);
  return true;
}
