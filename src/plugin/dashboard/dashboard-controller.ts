import { dashboardModel, type DashboardModel } from '../../core/dashboard/model';
import type { PaperIndex } from '../../core/dashboard/index';
import type { PaperQuery } from '../../core/dashboard/query';
import { runQuery } from '../../core/dashboard/run-query';
import type { PaneType } from 'obsidian';
import type { ReadingStatus } from '../../core/settings';
import { DashboardPanel } from './dashboard-panel';

export const PAGE_SIZE = 50;
const MAX_FACETS = 40;

/** What the controller needs from its host (the view, a code block, or the browser test page). */
export interface DashboardHost {
  index(): PaperIndex;
  paperTag(): string;
  open(path: string, pane: PaneType | boolean): void;
  rate(path: string, rating: number | null): void;
  setStatus(path: string, status: ReadingStatus): Promise<boolean>;
  /** The pointer is over a title link (the tab only: in rendered Markdown Obsidian sees it itself). */
  hover?(path: string, evt: MouseEvent, link: HTMLElement): void;
  /** The reader changed the filter (the view remembers it). */
  queryChanged?(query: PaperQuery): void;
}

/** Holds the query and page, turns index + query into a model, and writes it into the panel. */
export class DashboardController {
  readonly panel: DashboardPanel;
  private offset = 0;
  private shownRevision = -1;
  last: DashboardModel | null = null;

  constructor(parent: HTMLElement, private readonly host: DashboardHost, private query: PaperQuery, embedded = false) {
    this.panel = new DashboardPanel(
      parent,
      {
        onQuery: (q) => this.setQuery(q),
        onPage: (offset) => {
          this.offset = Math.max(0, offset);
          this.render();
        },
        onOpen: (path, pane) => host.open(path, pane),
        onRate: (path, rating) => host.rate(path, rating),
        onStatus: (path, status) => host.setStatus(path, status),
        onTag: (tag, exclude) => this.toggleTag(tag, exclude),
        onHover: (path, evt, link) => host.hover?.(path, evt, link),
      },
      embedded,
    );
  }

  get currentQuery(): PaperQuery {
    return this.query;
  }

  setQuery(query: PaperQuery): void {
    this.query = query;
    this.offset = 0;
    this.render();
    this.host.queryChanged?.(query);
  }

  /** Re-renders when the index changed since the last render (or always with `force`). */
  refresh(force = false): void {
    if (force || this.host.index().revision !== this.shownRevision) this.render();
  }

  render(): void {
    const index = this.host.index();
    const result = runQuery(index, this.query);
    const model = dashboardModel(result, this.query, {
      paperTag: this.host.paperTag(),
      pageSize: PAGE_SIZE,
      offset: this.offset,
      maxFacets: MAX_FACETS,
      indexed: index.size,
    });
    this.offset = model.offset;
    this.shownRevision = index.revision;
    this.last = model;
    this.panel.update(model, this.query);
  }

  /** Click: include (or drop) the tag; with a modifier: exclude (or drop) it. */
  private toggleTag(tag: string, exclude: boolean): void {
    const key = tag.toLowerCase();
    const q = this.query;
    const inInclude = q.includeTags.some((t) => t.toLowerCase() === key);
    const inExclude = q.excludeTags.some((t) => t.toLowerCase() === key);
    const without = (list: readonly string[]) => list.filter((t) => t.toLowerCase() !== key);
    let includeTags = without(q.includeTags);
    let excludeTags = without(q.excludeTags);
    if (exclude && !inExclude) excludeTags = [...excludeTags, tag];
    if (!exclude && !inInclude && !inExclude) includeTags = [...includeTags, tag];
    this.setQuery({ ...q, includeTags, excludeTags });
  }
}
