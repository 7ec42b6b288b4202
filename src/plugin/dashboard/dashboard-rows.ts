import { Keymap, type PaneType } from 'obsidian';
import type { RowModel } from '../../core/dashboard/model';
import type { ReadingStatus } from '../../core/settings';
import { createStarControl } from '../views/star-control';

export interface RowHandlers {
  /** `pane` is what Obsidian's Keymap.isModEvent made of the click or key: false, 'tab', 'split' or 'window'. */
  onOpen(path: string, pane: PaneType | boolean): void;
  onRate(path: string, rating: number | null): void;
  /** Resolves false when the change was refused (the control then shows the old status). */
  onStatus(path: string, status: ReadingStatus): Promise<boolean>;
  onTag(tag: string, exclude: boolean): void;
  /**
   * The pointer is over a title link, in a surface Obsidian does not handle links for (the tab):
   * the host asks the Page preview core plugin for a preview of the note.
   */
  onHover?(path: string, evt: MouseEvent, link: HTMLElement): void;
}

const STATUS_LABELS: readonly [ReadingStatus, string][] = [
  ['to-read', 'To read'],
  ['reading', 'Reading'],
  ['read', 'Read'],
];

export const COLUMN_HEADS = ['Title', 'Authors', 'Year', 'Venue', 'Citations', 'Rating', 'Status', 'Tags', 'Distilled', 'Version', 'Links'] as const;

/**
 * Writes one table row; every text goes in through createEl/setText, never as HTML. The title is
 * an internal link to the note's path (`data-href`), as Obsidian writes them: inside rendered
 * Markdown (`linksOpenedByHost`, the code block) Obsidian itself opens it, with its modifier
 * semantics and hover preview, so the row adds no handler that would navigate a second time.
 */
export function writeRow(tbody: HTMLElement, row: RowModel, index: number, h: RowHandlers, linksOpenedByHost = false): HTMLElement {
  const tr = tbody.createEl('tr', {
    cls: 'paper-distill-row',
    attr: { 'data-path': row.path, tabindex: '0', 'aria-rowindex': String(index + 2) },
  });
  const titleCell = tr.createEl('td', { cls: 'paper-distill-cell-title' });
  const link = titleCell.createEl('a', {
    cls: 'paper-distill-title internal-link',
    text: row.title,
    href: row.path,
    attr: { 'data-href': row.path, target: '_blank', rel: 'noopener' },
  });
  if (!linksOpenedByHost) {
    link.addEventListener('click', (evt) => {
      evt.preventDefault();
      h.onOpen(row.path, Keymap.isModEvent(evt));
    });
    // A middle click arrives as auxclick, not click.
    link.addEventListener('auxclick', (evt) => {
      if (evt.button !== 1) return;
      evt.preventDefault();
      h.onOpen(row.path, 'tab');
    });
    link.addEventListener('mouseover', (evt) => h.onHover?.(row.path, evt, link));
  }
  if (row.readNotDistilled) writeDetail(titleCell, { cls: 'paper-distill-flag', text: 'Read but not distilled' }, row.distilled.detail);
  const authors = tr.createEl('td', { cls: 'paper-distill-cell-authors' });
  if (row.authorsFull !== row.authors && row.authorsFull !== '') writeDetail(authors, { cls: 'paper-distill-authors', text: row.authors }, row.authorsFull);
  else authors.setText(row.authors);
  tr.createEl('td', { cls: 'paper-distill-cell-year', text: row.year });
  tr.createEl('td', { cls: 'paper-distill-cell-venue', text: row.venue, attr: row.venue === '' ? {} : { title: row.venue } });
  const citations = tr.createEl('td', { cls: 'paper-distill-cell-citations' });
  if (row.citations !== '') {
    citations.createSpan({ cls: 'paper-distill-citations-count', text: row.citations });
    // Phones show rows without the header, where a bare number would say nothing.
    citations.createSpan({ cls: 'paper-distill-citations-unit', text: row.citations === '1' ? ' citation' : ' citations' });
  }
  createStarControl(tr.createEl('td', { cls: 'paper-distill-cell-rating' }), {
    rating: row.rating,
    label: row.title,
    onChange: (rating) => h.onRate(row.path, rating),
  });
  writeStatus(tr.createEl('td', { cls: 'paper-distill-cell-status' }), row, h);
  const tags = tr.createEl('td', { cls: 'paper-distill-cell-tags' });
  for (const tag of row.tags) {
    const chip = tags.createEl('a', { cls: 'paper-distill-tag', text: `#${tag}`, href: '#', attr: { 'data-tag': tag } });
    chip.addEventListener('click', (evt) => {
      evt.preventDefault();
      evt.stopPropagation();
      h.onTag(tag, excludeGesture(evt));
    });
  }
  writeDetail(
    tr.createEl('td', { cls: 'paper-distill-cell-distilled' }),
    { cls: 'paper-distill-badge', text: row.distilled.text, attr: { 'data-complete': String(row.distilled.complete) } },
    row.distilled.detail,
  );
  const version = tr.createEl('td', { cls: 'paper-distill-cell-version' });
  if (row.version !== null) writeDetail(version, { cls: 'paper-distill-badge', text: row.version.text, attr: { 'data-kind': 'version' } }, row.version.detail);
  const links = tr.createEl('td', { cls: 'paper-distill-cell-links' });
  for (const l of row.links) {
    links.createEl('a', { cls: 'paper-distill-link external-link', text: l.label, href: l.url, attr: { target: '_blank', rel: 'noopener' } });
  }
  return tr;
}

/**
 * A badge whose explanation opens on a click or tap (a `<details>`), not only as a hover
 * tooltip, which phones and tablets never show; desktop keeps the tooltip as well.
 */
function writeDetail(parent: HTMLElement, badge: DomElementInfo & { cls: string; text: string }, detail: string): HTMLElement {
  const box = parent.createEl('details', { cls: 'paper-distill-detail' });
  box.createEl('summary', { ...badge, attr: { ...(badge.attr ?? {}), title: detail } });
  box.createDiv({ cls: 'paper-distill-detail-text', text: detail });
  return box;
}

function writeStatus(cell: HTMLElement, row: RowModel, h: RowHandlers): void {
  const select = cell.createEl('select', { cls: 'dropdown paper-distill-status', attr: { 'aria-label': `Status of ${row.title}` } });
  if (row.status === null) select.createEl('option', { text: 'No status', value: '' });
  for (const [value, label] of STATUS_LABELS) select.createEl('option', { text: label, value });
  select.value = row.status ?? '';
  let shown = select.value;
  select.addEventListener('change', () => {
    const next = select.value as ReadingStatus;
    void h.onStatus(row.path, next).then((accepted) => {
      if (accepted) shown = next;
      else select.value = shown;
    });
  });
}

/** Arrow keys (and j/k) move between rows; Enter opens, with Mod in a new tab (Mod+Alt a split). */
export function rowKeydown(evt: KeyboardEvent, h: RowHandlers): void {
  const row = evt.target instanceof HTMLElement && evt.target.matches('tr.paper-distill-row') ? evt.target : null;
  if (row === null) return;
  const move = (to: Element | null) => {
    if (to instanceof HTMLElement && to.matches('tr.paper-distill-row')) {
      evt.preventDefault();
      to.focus();
    }
  };
  if (evt.key === 'ArrowDown' || evt.key === 'j') move(row.nextElementSibling);
  else if (evt.key === 'ArrowUp' || evt.key === 'k') move(row.previousElementSibling);
  else if (evt.key === 'Enter') {
    evt.preventDefault();
    h.onOpen(row.getAttribute('data-path') ?? '', Keymap.isModEvent(evt));
  }
}

/** Mod-click or Alt-click on a tag hides its papers (touch users have the explicit control). */
export function excludeGesture(evt: MouseEvent): boolean {
  return Keymap.isModEvent(evt) !== false || evt.altKey;
}
