import type { DashboardModel } from '../../core/dashboard/model';
import { EMPTY_QUERY, SORT_COLUMNS, type PaperQuery, type SortColumn } from '../../core/dashboard/query';
import type { ReadingStatus } from '../../core/settings';
import { venueKey } from '../../core/dashboard/record';
import { COLUMN_HEADS, excludeGesture, rowKeydown, writeRow, type RowHandlers } from './dashboard-rows';

export interface PanelHandlers extends RowHandlers {
  onQuery(query: PaperQuery): void;
  onPage(offset: number): void;
}

const RATING_CHOICES: readonly [string, string][] = [
  ['', 'Any rating'],
  ['5', '★★★★★'],
  ['4', '★★★★ or more'],
  ['3', '★★★ or more'],
  ['2', '★★ or more'],
  ['unrated', 'Unrated'],
];
const SORT_LABELS: Readonly<Record<SortColumn, string>> = {
  added: 'Added', title: 'Title', author: 'Author', year: 'Year', rating: 'Rating', citations: 'Citations', status: 'Status', distilled: 'Distilled', arxiv: 'arXiv id',
};

/**
 * The dashboard's DOM: toolbar, tag facets, table of one page, pager. Built once; `update` writes
 * a new model into it (only the facets, summary and at most one page of rows are rewritten, so
 * the search box keeps focus while typing). Knows nothing of Obsidian's App: the view, the code
 * block and the browser test all drive it through handlers.
 */
export class DashboardPanel {
  readonly el: HTMLElement;
  private query: PaperQuery = EMPTY_QUERY;
  private readonly search: HTMLInputElement;
  private readonly status: HTMLSelectElement;
  private readonly rating: HTMLSelectElement;
  private readonly distilled: HTMLSelectElement;
  private readonly category: HTMLInputElement;
  private readonly yearFrom: HTMLInputElement;
  private readonly yearTo: HTMLInputElement;
  private readonly venue: HTMLInputElement;
  private readonly minCitations: HTMLInputElement;
  private readonly sort: HTMLSelectElement;
  private readonly direction: HTMLButtonElement;
  private readonly facets: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly empty: HTMLElement;
  private readonly tbody: HTMLElement;
  private readonly pager: HTMLElement;

  constructor(parent: HTMLElement, private readonly h: PanelHandlers, private readonly embedded = false) {
    this.el = parent.createDiv({ cls: 'paper-distill-dashboard', attr: { 'data-embedded': String(embedded) } });
    const bar = this.el.createDiv({ cls: 'paper-distill-dashboard-toolbar' });
    this.search = bar.createEl('input', {
      cls: 'paper-distill-search',
      type: 'search',
      placeholder: 'Search title, authors, tldr',
      attr: { 'aria-label': 'Search papers' },
    });
    this.search.addEventListener('input', () => this.emit({ search: this.search.value }));
    this.status = this.select(bar, 'Status', [['', 'Any status'], ['to-read', 'To read'], ['reading', 'Reading'], ['read', 'Read']], (v) => ({
      statuses: v === '' ? [] : [v as ReadingStatus],
    }));
    this.rating = this.select(bar, 'Rating', RATING_CHOICES, (v) =>
      v === '' ? { rating: null, unrated: false } : v === 'unrated' ? { rating: null, unrated: true } : { rating: { min: Number(v), max: null }, unrated: false },
    );
    this.distilled = this.select(bar, 'Distilled', [['', 'Distilled or not'], ['yes', 'Distilled'], ['no', 'Not distilled']], (v) => ({
      distilled: v === '' ? null : v === 'yes',
    }));
    this.category = bar.createEl('input', { cls: 'paper-distill-category', type: 'text', placeholder: 'Category', attr: { 'aria-label': 'arXiv category' } });
    this.category.addEventListener('change', () => this.emit({ categories: this.category.value.split(/[\s,]+/).filter((c) => c !== '') }));
    this.yearFrom = this.yearInput(bar, 'From year');
    this.yearTo = this.yearInput(bar, 'To year');
    this.venue = bar.createEl('input', { cls: 'paper-distill-venue', type: 'text', placeholder: 'Venue', attr: { 'aria-label': 'Venue words' } });
    // Words as the filter's `venue:` clause takes them; a word without letters or digits is dropped, not an error.
    this.venue.addEventListener('change', () => this.emit({ venues: venueWords(this.venue.value) }));
    this.minCitations = bar.createEl('input', {
      cls: 'paper-distill-citations',
      type: 'number',
      placeholder: 'Min citations',
      attr: { 'aria-label': 'At least this many citations', min: '0' },
    });
    this.minCitations.addEventListener('change', () => {
      const v = this.minCitations.value.trim();
      const max = this.query.citations?.max ?? null;
      const min = /^\d{1,9}$/.test(v) ? Number(v) : null;
      this.emit({ citations: min === null && max === null ? null : { min, max } });
    });
    this.sort = this.select(bar, 'Sort by', SORT_COLUMNS.map((c) => [c, `Sort: ${SORT_LABELS[c]}`]), (v) => ({
      sort: { column: v as SortColumn, direction: this.query.sort.direction },
    }));
    this.direction = bar.createEl('button', { cls: 'paper-distill-direction', attr: { 'aria-label': 'Sort direction' } });
    this.direction.addEventListener('click', () =>
      this.emit({ sort: { ...this.query.sort, direction: this.query.sort.direction === 'asc' ? 'desc' : 'asc' } }),
    );
    const clear = bar.createEl('button', { cls: 'paper-distill-clear', text: 'Clear filters' });
    clear.addEventListener('click', () => this.h.onQuery({ ...EMPTY_QUERY, sort: this.query.sort }));

    this.facets = this.el.createDiv({ cls: 'paper-distill-facets', attr: { role: 'group', 'aria-label': 'Tags' } });
    this.summary = this.el.createDiv({ cls: 'paper-distill-summary' });
    this.empty = this.el.createDiv({ cls: 'paper-distill-empty' });
    const table = this.el.createEl('table', { cls: 'paper-distill-table' });
    const head = table.createEl('thead').createEl('tr');
    for (const name of COLUMN_HEADS) head.createEl('th', { text: name });
    this.tbody = table.createEl('tbody');
    this.tbody.addEventListener('keydown', (evt) => rowKeydown(evt, this.h));
    this.pager = this.el.createDiv({ cls: 'paper-distill-pager' });
  }

  update(model: DashboardModel, query: PaperQuery): void {
    this.query = query;
    this.syncControls(query);
    this.writeFacets(model);
    this.summary.setText(model.summary);
    this.empty.setText(model.empty ?? '');
    this.empty.toggle(model.empty !== null);
    this.el.setAttr('data-rows', String(model.rows.length));
    // The panel's own document: a dashboard in a popout window has another one.
    const active = this.el.doc.activeElement;
    const focused = active !== null && this.tbody.contains(active) ? active.getAttribute('data-path') : null;
    this.tbody.empty();
    model.rows.forEach((row, i) => writeRow(this.tbody, row, model.offset + i, this.h, this.embedded));
    if (focused) this.tbody.querySelector<HTMLElement>(`tr[data-path="${CSS.escape(focused)}"]`)?.focus();
    this.writePager(model);
  }

  private emit(patch: Partial<PaperQuery>): void {
    this.h.onQuery({ ...this.query, ...patch });
  }

  private select(parent: HTMLElement, label: string, options: readonly (readonly [string, string])[], patch: (v: string) => Partial<PaperQuery>): HTMLSelectElement {
    const el = parent.createEl('select', { cls: 'dropdown', attr: { 'aria-label': label } });
    for (const [value, text] of options) el.createEl('option', { text, value });
    el.addEventListener('change', () => this.emit(patch(el.value)));
    return el;
  }

  private yearInput(parent: HTMLElement, label: string): HTMLInputElement {
    const el = parent.createEl('input', { cls: 'paper-distill-year', type: 'number', placeholder: label, attr: { 'aria-label': label, min: '1900', max: '2999' } });
    el.addEventListener('change', () => {
      const [from, to] = [this.yearFrom.value, this.yearTo.value].map((v) => (/^\d{4}$/.test(v.trim()) ? Number(v) : null));
      this.emit({ year: from === null && to === null ? null : { min: from, max: to } });
    });
    return el;
  }

  private syncControls(q: PaperQuery): void {
    if (this.search.value !== q.search && this.search.ownerDocument.activeElement !== this.search) this.search.value = q.search;
    this.status.value = q.statuses.length === 1 ? q.statuses[0] : '';
    this.rating.value = q.rating !== null && q.rating.max === null && q.rating.min !== null ? String(q.rating.min) : q.rating === null && q.unrated ? 'unrated' : '';
    this.distilled.value = q.distilled === null ? '' : q.distilled ? 'yes' : 'no';
    this.category.value = q.categories.join(' ');
    this.yearFrom.value = q.year?.min == null ? '' : String(q.year.min);
    this.yearTo.value = q.year?.max == null ? '' : String(q.year.max);
    this.venue.value = q.venues.join(' ');
    // A code block's or saved filter's upper bound has no field here; the lower one is shown.
    this.minCitations.value = q.citations?.min == null ? '' : String(q.citations.min);
    this.sort.value = q.sort.column;
    this.direction.setText(q.sort.direction === 'asc' ? '↑' : '↓');
    this.direction.setAttr('data-direction', q.sort.direction);
  }

  private writeFacets(model: DashboardModel): void {
    this.facets.empty();
    for (const f of model.facets) {
      const group = this.facets.createSpan({ cls: 'paper-distill-facet-group', attr: { 'data-tag': f.tag } });
      const chip = group.createEl('button', {
        cls: 'paper-distill-facet',
        attr: {
          'data-tag': f.tag,
          'data-state': f.state,
          'aria-pressed': String(f.state !== 'none'),
          title: f.state === 'none' ? 'Show only papers with this tag (Mod- or Alt-click hides them)' : 'Remove this tag from the filter',
        },
      });
      chip.createSpan({ cls: 'paper-distill-facet-name', text: `${f.state === 'exclude' ? '−' : ''}#${f.tag}` });
      if (f.state !== 'exclude') chip.createSpan({ cls: 'paper-distill-facet-count', text: String(f.count) });
      chip.addEventListener('click', (evt) => this.h.onTag(f.tag, excludeGesture(evt)));
      // Hiding a tag without a modifier key, for touch screens (and anyone who prefers a button).
      if (f.state === 'none') {
        const hide = group.createEl('button', {
          cls: 'paper-distill-facet-exclude clickable-icon',
          text: '−',
          attr: { 'aria-label': `Hide papers tagged #${f.tag}`, title: `Hide papers tagged #${f.tag}` },
        });
        hide.addEventListener('click', () => this.h.onTag(f.tag, true));
      }
    }
  }

  private writePager(model: DashboardModel): void {
    this.pager.empty();
    if (model.total <= model.pageSize) return;
    const page = Math.floor(model.offset / model.pageSize) + 1;
    const pages = Math.ceil(model.total / model.pageSize);
    const prev = this.pager.createEl('button', { text: 'Previous', attr: { 'aria-label': 'Previous page' } });
    prev.disabled = page === 1;
    prev.addEventListener('click', () => this.h.onPage(model.offset - model.pageSize));
    this.pager.createSpan({ text: `Page ${page} of ${pages}` });
    const next = this.pager.createEl('button', { text: 'Next', attr: { 'aria-label': 'Next page' } });
    next.disabled = page === pages;
    next.addEventListener('click', () => this.h.onPage(model.offset + model.pageSize));
  }
}

function venueWords(text: string): string[] {
  const words = text.split(/[\s,]+/).filter((w) => w !== '' && !/^[-!]/.test(w) && venueKey(w) !== '');
  return [...new Set(words)];
}
