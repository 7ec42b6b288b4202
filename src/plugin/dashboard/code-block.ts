import { debounce, MarkdownRenderChild, type MarkdownPostProcessorContext } from 'obsidian';
import { describeFilterErrors, parseFilter } from '../../core/dashboard/filter-language';
import type { PaperQuery } from '../../core/dashboard/query';
import type { PluginHost } from '../host';
import { DashboardController } from './dashboard-controller';
import { obsidianDashboardHost } from './dashboard-host';
import { RENDER_DEBOUNCE_MS } from './dashboard-view';
import type { IndexSync } from './index-sync';

export const CODE_BLOCK_LANGUAGE = 'paper-distill';

/**
 * A ```paper-distill block: its body is a filter; it renders the matching papers (the dashboard's
 * table without the toolbar) and follows the vault live. A bad filter is shown in place.
 */
export function renderPaperBlock(plugin: PluginHost, sync: IndexSync, source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext): void {
  const parsed = parseFilter(source);
  el.addClass('paper-distill-block');
  if (!parsed.ok) {
    const box = el.createDiv({ cls: 'paper-distill-filter-error', attr: { role: 'alert' } });
    box.createDiv({ cls: 'paper-distill-filter-error-title', text: 'This paper list has an invalid filter:' });
    const list = box.createEl('ul');
    for (const line of describeFilterErrors(parsed.errors)) list.createEl('li', { text: line });
    return;
  }
  ctx.addChild(new PaperBlockChild(el, plugin, sync, parsed.query));
}

class PaperBlockChild extends MarkdownRenderChild {
  private controller: DashboardController | null = null;
  private unloaded = false;
  private readonly refreshSoon = debounce(() => this.controller?.refresh(), RENDER_DEBOUNCE_MS, false);

  constructor(
    containerEl: HTMLElement,
    private readonly plugin: PluginHost,
    private readonly sync: IndexSync,
    private readonly query: PaperQuery,
  ) {
    super(containerEl);
  }

  onload(): void {
    void this.sync.ready().then(() => {
      // The note may have been closed or re-rendered while the index was being built.
      if (this.unloaded) return;
      this.controller = new DashboardController(this.containerEl, obsidianDashboardHost(this.plugin, this.sync), this.query, true);
      this.controller.render();
      this.register(this.sync.subscribe(() => this.refreshSoon()));
    });
  }

  onunload(): void {
    this.unloaded = true;
    this.refreshSoon.cancel();
  }
}
