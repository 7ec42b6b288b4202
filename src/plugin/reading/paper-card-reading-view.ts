import { MarkdownRenderChild, type TFile } from 'obsidian';
import { isPaperNote } from '../../core/note/paper-note';
import type { PluginHost } from '../host';
import { mountPaperCard, type MountedPaperCard } from './paper-card-host';

/**
 * Reading view: a markdown post-processor puts the card at the top of the first section after
 * the properties. Reading view renders the note section by section (and re-renders only changed
 * sections), so the card is placed in whichever section holds the first line of the body, and
 * keeps itself current through the metadata cache. Embeds and exports give no section
 * information and get no card.
 */
export function registerPaperCardInReadingView(host: PluginHost): void {
  host.registerMarkdownPostProcessor((el, ctx) => {
    if (!host.settings.showPaperCard || !isPaperNote(ctx.frontmatter as Record<string, unknown> | null, host.settings.paperTag)) return;
    const info = ctx.getSectionInfo(el);
    if (!info) return;
    const first = firstBodyLine(info.text);
    if (first === null || first < info.lineStart || first > info.lineEnd) return;
    const file = host.app.vault.getFileByPath(ctx.sourcePath);
    if (file) ctx.addChild(new PaperCardChild(el, host, file, info.text));
  });
}

class PaperCardChild extends MarkdownRenderChild {
  private card: MountedPaperCard | null = null;

  constructor(
    containerEl: HTMLElement,
    private readonly host: PluginHost,
    private readonly file: TFile,
    private readonly markdown: string,
  ) {
    super(containerEl);
  }

  onload(): void {
    const holder = this.containerEl.createDiv({ cls: 'paper-distill-card-holder', prepend: true });
    this.card = mountPaperCard(this.host, holder, this.file, this.markdown);
    this.register(() => holder.detach());
  }

  onunload(): void {
    this.card?.destroy();
    this.card = null;
  }
}

/** 0-based index of the first non-blank line after the frontmatter block; null when none. */
export function firstBodyLine(markdown: string): number | null {
  const lines = markdown.split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
    if (close < 0) return null;
    start = close + 1;
  }
  for (let i = start; i < lines.length; i++) if ((lines[i] ?? '').trim() !== '') return i;
  return null;
}
