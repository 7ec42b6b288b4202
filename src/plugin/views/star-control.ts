export interface StarControlOptions {
  /** 1–5, or null when unrated. */
  readonly rating: number | null;
  /** Called with the new rating (null = cleared); the control shows it at once. */
  readonly onChange: (rating: number | null) => void;
  /** What is being rated, for screen readers ("HumanPlus"). */
  readonly label?: string;
}

export interface StarControl {
  readonly el: HTMLElement;
  setRating(rating: number | null): void;
}

const MAX = 5;

/**
 * A 1–5 star rating as one keyboard-focusable slider: click a star (click the current one again
 * to clear), or use arrow keys, digits 1–5, and 0/Backspace/Delete to clear. Used in the paper
 * note's header card and in every dashboard row.
 */
export function createStarControl(parent: HTMLElement, opts: StarControlOptions): StarControl {
  let rating = clamp(opts.rating);
  const el = parent.createDiv({
    cls: 'paper-distill-stars',
    attr: { role: 'slider', tabindex: '0', 'aria-valuemin': '0', 'aria-valuemax': String(MAX) },
  });
  const stars: HTMLElement[] = [];
  for (let n = 1; n <= MAX; n++) {
    const star = el.createSpan({
      cls: 'paper-distill-star',
      text: '★',
      attr: { 'data-value': String(n), 'aria-hidden': 'true' },
    });
    star.addEventListener('click', (evt) => {
      evt.preventDefault();
      evt.stopPropagation();
      commit(rating === n ? null : n);
    });
    stars.push(star);
  }

  function render(): void {
    el.setAttr('aria-valuenow', String(rating ?? 0));
    el.setAttr('aria-valuetext', rating === null ? 'Not rated' : `${rating} of ${MAX} stars`);
    el.setAttr('aria-label', opts.label ? `Rating of ${opts.label}` : 'Rating');
    el.setAttr('data-rating', String(rating ?? 0));
    stars.forEach((star, i) => star.toggleClass('is-filled', rating !== null && i < rating));
  }

  function commit(next: number | null): void {
    if (next === rating) return;
    rating = next;
    render();
    opts.onChange(next);
  }

  el.addEventListener('keydown', (evt: KeyboardEvent) => {
    const next = keyToRating(evt.key, rating);
    if (next === undefined) return;
    evt.preventDefault();
    evt.stopPropagation();
    commit(next);
  });

  render();
  return {
    el,
    setRating(next) {
      rating = clamp(next);
      render();
    },
  };
}

/** The rating a key press asks for; undefined for keys the control does not handle. */
export function keyToRating(key: string, current: number | null): number | null | undefined {
  if (/^[1-5]$/.test(key)) return Number(key);
  if (key === '0' || key === 'Backspace' || key === 'Delete') return null;
  const now = current ?? 0;
  if (key === 'ArrowRight' || key === 'ArrowUp') return Math.min(MAX, now + 1);
  if (key === 'ArrowLeft' || key === 'ArrowDown') return now <= 1 ? null : now - 1;
  if (key === 'Home') return null;
  if (key === 'End') return MAX;
  return undefined;
}

function clamp(rating: number | null): number | null {
  if (rating === null || !Number.isFinite(rating)) return null;
  const r = Math.round(rating);
  return r >= 1 && r <= MAX ? r : null;
}
