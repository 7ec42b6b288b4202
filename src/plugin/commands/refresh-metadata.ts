import { Notice } from 'obsidian';
import { withByteExactFrontmatter } from '../../app/byte-exact-frontmatter';
import { describeRefresh, summarizeRefresh } from '../../app/refresh-messages';
import { MetadataRefresher, type RefreshOutcome } from '../../app/refresh-metadata';
import type { PluginHost } from '../host';
import { activePaper, clipLines, type CommandHost } from './active-paper';
import { activeUnreadableCandidate } from './unreadable-note';

/**
 * Refresh goes through `vault.process` + editFrontmatter (withByteExactFrontmatter), not through
 * `processFrontMatter`: Obsidian's processFrontMatter re-serializes the whole YAML block, which
 * would drop the reader's comments and re-quote their values on every refresh. The text edit keeps
 * every untouched line byte-identical and is just as atomic.
 */
function refresher(host: CommandHost): MetadataRefresher {
  const services = host.services();
  return new MetadataRefresher({ store: withByteExactFrontmatter(services.store), arxiv: services.arxiv.fresh, scholarly: services.scholarly });
}

export function registerRefreshCommands(plugin: PluginHost): void {
  plugin.addCommand({
    id: 'refresh-metadata',
    name: 'Refresh metadata',
    // A note whose properties do not parse is refreshed too: the refresh names the broken line.
    checkCallback: (checking) => {
      const file = activePaper(plugin)?.file ?? activeUnreadableCandidate(plugin.app);
      if (file === null) return false;
      if (!checking) void refreshActive(plugin, file.path);
      return true;
    },
  });
  plugin.addCommand({
    id: 'refresh-metadata-all',
    name: 'Refresh metadata of all paper notes',
    callback: () => void refreshAllNotes(plugin),
  });
}

/**
 * Stubs (written while arXiv was unreachable) are filled in first: they need their placeholder
 * lines replaced, which a plain metadata refresh does not do. Returns how many were filled in.
 */
async function fillStubsFirst(host: CommandHost): Promise<number> {
  const services = host.services();
  const report = await services.completeStubs();
  const n = report.completed.length + report.titles.completed.length;
  if (n > 0) services.notifier.info(`Paper Distill: filled in ${n} paper ${n === 1 ? 'note' : 'notes'} created while arXiv was unreachable.`);
  return n;
}

export async function refreshActive(host: CommandHost, path: string): Promise<RefreshOutcome | undefined> {
  const { notifier } = host.services();
  await fillStubsFirst(host);
  const [outcome] = await refresher(host).refreshPaths([path]);
  if (outcome === undefined) return undefined;
  const message = `Paper Distill: ${describeRefresh(outcome)}`;
  if (outcome.kind === 'updated' || outcome.kind === 'unchanged') notifier.info(message);
  else notifier.error(message);
  return outcome;
}

/** Every paper note, with a progress notice while arXiv is asked, then one summary notice. */
export async function refreshAllNotes(host: CommandHost): Promise<RefreshOutcome[]> {
  const { notifier } = host.services();
  const progress = new Notice('Paper Distill: looking for paper notes…', 0);
  try {
    await fillStubsFirst(host);
    const outcomes = await refresher(host).refreshAll((done, total) => {
      progress.setMessage(`Paper Distill: refreshed ${done} of ${total} paper notes…`);
    });
    const summary = summarizeRefresh(outcomes);
    const lines = [`Paper Distill: ${summary.headline}`, ...clipLines([...summary.news, ...summary.problems])];
    if (summary.problems.length > 0) notifier.error(lines.join('\n'));
    else notifier.info(lines.join('\n'));
    return outcomes;
  } finally {
    progress.hide();
  }
}
