import type { PaperCardModel } from '../../core/reading/paper-card';
import { READING_STATUSES, STATUS_LABELS } from '../../core/reading/status';
import type { ReadingStatus } from '../../core/settings';
import { createStarControl, type StarControl } from './star-control';

/** What the card asks its owner to do; the owner writes the note and calls `update`. */
export interface PaperCardHandlers {
  onRate(rating: number | null): void;
  onStatus(status: ReadingStatus): void;
  onAddTag(): void;
  onRemoveTag(tag: string): void;
  /** Adds the missing required sections (the card shows its button only when there are some). */
  onInsertSections?(): void;
}

export interface PaperCard {
  readonly el: HTMLElement;
  /** Shows a new model (after the note changed); the star control keeps its focus. */
  update(model: PaperCardModel): void;
}

/**
 * The paper card shown at the top of a paper note: stars, status, tags, links and how distilled
 * the note is. Only builds DOM (createEl, no innerHTML) from a PaperCardModel, with no `app`,
 * so the same code runs in Obsidian, in jsdom tests and in the browser harness.
 */
export function createPaperCard(parent: HTMLElement, model: PaperCardModel, handlers: PaperCardHandlers, title?: string): PaperCard {
  const el = parent.createDiv({ cls: 'paper-distill-card', attr: { 'data-paper-distill-card': '' } });
  const top = el.createDiv({ cls: 'paper-distill-card-row' });
  const stars: StarControl = createStarControl(top, { rating: model.rating, onChange: (r) => handlers.onRate(r), label: title });

  const status = top.createEl('select', { cls: 'dropdown paper-distill-card-status', attr: { 'aria-label': 'Reading status' } });
  status.createEl('option', { text: 'No status', value: '', attr: { disabled: 'true' } });
  for (const s of READING_STATUSES) status.createEl('option', { text: STATUS_LABELS[s], value: s });
  status.addEventListener('change', () => {
    const value = status.value as ReadingStatus | '';
    if (value !== '') handlers.onStatus(value);
  });

  const links = top.createDiv({ cls: 'paper-distill-card-links' });
  // A tap opens what is missing: phones and tablets show no hover tooltips.
  const completenessBox = el.createEl('details', { cls: 'paper-distill-card-completeness-box' });
  const completeness = completenessBox.createEl('summary', { cls: 'paper-distill-card-completeness' });
  const problems = completenessBox.createEl('ul', { cls: 'paper-distill-card-problems' });
  // A button, not only the command or the status bar's click: phones have neither a status bar
  // nor a quick way to the palette.
  const insert = handlers.onInsertSections === undefined ? null : el.createEl('button', { cls: 'paper-distill-card-insert', text: 'Insert missing sections' });
  insert?.addEventListener('click', (evt) => {
    evt.preventDefault();
    handlers.onInsertSections?.();
  });
  const version = el.createDiv({ cls: 'paper-distill-card-version' });
  const tags = el.createDiv({ cls: 'paper-distill-card-tags' });

  function render(m: PaperCardModel): void {
    stars.setRating(m.rating);
    status.value = m.status ?? '';
    el.setAttr('data-status', m.status ?? 'none');

    completeness.setText(m.completeness);
    completeness.setAttr('data-complete', String(m.complete));
    const detail = m.problems.length > 0 ? m.problems : ['Every required section is filled in.'];
    completeness.setAttr('title', detail.join('\n'));
    problems.empty();
    for (const line of detail) problems.createEl('li', { text: line });

    if (insert !== null) {
      insert.toggleClass('paper-distill-hidden', m.missingSections.length === 0);
      insert.setAttr('aria-label', `Insert missing sections: ${m.missingSections.join(', ')}`);
    }

    version.setText(m.version ?? '');
    version.toggleClass('paper-distill-hidden', m.version === null);

    links.empty();
    for (const link of m.links) {
      links.createEl('a', {
        cls: 'paper-distill-card-link external-link',
        text: link.label,
        href: link.url,
        attr: { 'data-kind': link.kind, target: '_blank', rel: 'noopener noreferrer' },
      });
    }

    tags.empty();
    for (const tag of m.tags) {
      const chip = tags.createSpan({ cls: 'paper-distill-card-tag', attr: { 'data-tag': tag } });
      chip.createSpan({ text: `#${tag}` });
      const remove = chip.createEl('button', { cls: 'paper-distill-card-tag-remove clickable-icon', text: '×', attr: { 'aria-label': `Remove tag ${tag}` } });
      remove.addEventListener('click', (evt) => {
        evt.preventDefault();
        handlers.onRemoveTag(tag);
      });
    }
    const add = tags.createEl('button', { cls: 'paper-distill-card-tag-add', text: 'Add tag' });
    add.addEventListener('click', (evt) => {
      evt.preventDefault();
      handlers.onAddTag();
    });
  }

  render(model);
  return { el, update: render };
}
