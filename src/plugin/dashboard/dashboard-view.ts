import { debounce, type HoverParent, type HoverPopover, ItemView, type WorkspaceLeaf } from 'obsidian';
import { formatFilter, parseFilter } from '../../core/dashboard/filter-language';
import { EMPTY_QUERY, type PaperQuery } from '../../core/dashboard/query';
import type { PluginHost } from '../host';
import { DashboardController } from './dashboard-controller';
import { obsidianDashboardHost } from './dashboard-host';
import type { IndexSync } from './index-sync';

export const DASHBOARD_VIEW_TYPE = 'paper-distill-dashboard';
/** Index changes arriving faster than this are folded into one re-render. */
export const RENDER_DEBOUNCE_MS = 300;

/** The paper dashboard tab: the panel, fed by the shared index, re-rendered only while shown. */
export class DashboardView extends ItemView implements HoverParent {
  controller: DashboardController | null = null;
  /** Set by the Page preview core plugin while it shows a preview for one of the rows. */
  hoverPopover: HoverPopover | null = null;
  private stale = false;
  private readonly renderSoon = debounce(() => this.renderIfShown(), RENDER_DEBOUNCE_MS, false);
  private readonly saveFilter = debounce((q: PaperQuery) => void this.plugin.updateSettings({ dashboardFilter: formatFilter(q) }), 500, true);

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: PluginHost,
    private readonly sync: IndexSync,
  ) {
    super(leaf);
    this.icon = 'library';
  }

  getViewType(): string {
    return DASHBOARD_VIEW_TYPE;
  }

  private closed = false;

  getDisplayText(): string {
    return 'Paper dashboard';
  }

  async onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass('paper-distill-dashboard-view');
    const loading = this.contentEl.createDiv({ cls: 'paper-distill-loading', text: 'Indexing paper notes…' });
    await this.sync.ready();
    // The tab may have been closed while the vault was being indexed.
    if (this.closed) return;
    loading.detach();
    // Paper notes left out because their YAML is broken are named above the table, with the line.
    this.unreadableEl = this.contentEl.createEl('ul', { cls: 'paper-distill-dashboard-unreadable' });
    this.writeUnreadable();
    this.controller = new DashboardController(this.contentEl, {
      ...obsidianDashboardHost(this.plugin, this.sync),
      queryChanged: (q) => this.saveFilter(q),
      // The tab is not rendered Markdown: its links reach Page preview only through this event.
      hover: (path, event, targetEl) =>
        this.app.workspace.trigger('hover-link', { event, source: DASHBOARD_VIEW_TYPE, hoverParent: this, targetEl, linktext: path, sourcePath: '' }),
    }, savedQuery(this.plugin.settings.dashboardFilter));
    this.controller.render();
    this.register(this.sync.subscribe(() => this.changed()));
    // Changes that came in while the tab was hidden are shown when it is visible again.
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.renderIfShown()));
    this.registerEvent(this.app.workspace.on('layout-change', () => this.renderIfShown()));
  }

  async onClose(): Promise<void> {
    this.closed = true;
    this.saveFilter.run();
    this.renderSoon.cancel();
  }

  private unreadableEl: HTMLElement | null = null;

  private writeUnreadable(): void {
    const el = this.unreadableEl;
    if (el === null) return;
    el.empty();
    const lines = this.sync.unreadableNotes();
    for (const line of lines) el.createEl('li', { text: line });
    el.toggle(lines.length > 0);
  }

  private changed(): void {
    this.stale = true;
    this.renderSoon();
  }

  private renderIfShown(): void {
    if (!this.stale || this.controller === null || !this.containerEl.isShown()) return;
    this.stale = false;
    this.controller.refresh();
    this.writeUnreadable();
  }
}

/** The remembered filter; one that no longer parses (hand-edited data.json) is dropped. */
/** The remembered dashboard filter; an unreadable one (edited by hand) means no filter. */
export function savedQuery(text: string): PaperQuery {
  const parsed = parseFilter(text);
  return parsed.ok ? parsed.query : EMPTY_QUERY;
}

/** Shows the dashboard: the open tab if there is one, else a new tab. */
export async function openDashboard(plugin: PluginHost): Promise<void> {
  const { workspace } = plugin.app;
  const leaf = workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0] ?? workspace.getLeaf('tab');
  if (leaf.view?.getViewType() !== DASHBOARD_VIEW_TYPE) await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
  await workspace.revealLeaf(leaf);
}
