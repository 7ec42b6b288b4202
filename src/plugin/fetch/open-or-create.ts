import type { ObsidianProtocolData } from 'obsidian';
import type { PluginHost } from '../host';
import { createWithProgress, notePathsById } from './batch-create';
import { parseArxivInput } from '../../core/arxiv/ids';

type Host = Pick<PluginHost, 'app' | 'services'>;

/** Opens the paper's note, creating it first when the vault has none (a stub when offline). */
export async function openOrCreatePaperNote(host: Host, input: string): Promise<void> {
  const outcomes = await createWithProgress(host, [input]);
  const path = [...notePathsById(outcomes).values()][0];
  const file = path === undefined ? null : host.app.vault.getFileByPath(path);
  if (file) await host.app.workspace.getLeaf(false).openFile(file);
}

/** `obsidian://paper-distill?arxiv=<id or link>` opens or creates that paper's note. */
export function registerProtocolHandler(plugin: PluginHost): void {
  plugin.registerObsidianProtocolHandler('paper-distill', (params: ObsidianProtocolData) => {
    const input = params.arxiv;
    if (input === undefined || input.trim() === '') {
      plugin.services().notifier.error('Paper Distill: the link needs an arXiv id, as in obsidian://paper-distill?arxiv=2406.10454.');
      return;
    }
    if (!parseArxivInput(input).ok) {
      plugin.services().notifier.error(`Paper Distill: "${input}" is not an arXiv id or link.`);
      return;
    }
    void openOrCreatePaperNote(plugin, input);
  });
}
