/** @jest-environment jsdom */
import '../../fakes/obsidian';
import { createStarControl, keyToRating } from '../../../src/plugin/views/star-control';

function mount(rating: number | null) {
  const changes: Array<number | null> = [];
  const parent = document.body.createDiv();
  const control = createStarControl(parent, { rating, onChange: (r) => changes.push(r), label: 'HumanPlus' });
  const stars = [...control.el.querySelectorAll<HTMLElement>('.paper-distill-star')];
  return { control, changes, stars };
}

describe('star control', () => {
  it('shows the rating as filled stars and as ARIA values', () => {
    const { control, stars } = mount(3);
    expect(stars.map((s) => s.classList.contains('is-filled'))).toEqual([true, true, true, false, false]);
    expect(control.el.getAttribute('role')).toBe('slider');
    expect(control.el.getAttribute('aria-valuenow')).toBe('3');
    expect(control.el.getAttribute('aria-valuetext')).toBe('3 of 5 stars');
    expect(control.el.getAttribute('aria-label')).toBe('Rating of HumanPlus');
    expect(control.el.tabIndex).toBe(0);
  });

  it('rates by click and clears by clicking the current star again', () => {
    const { changes, stars, control } = mount(null);
    stars[3]?.click();
    expect(control.el.getAttribute('data-rating')).toBe('4');
    stars[3]?.click();
    expect(changes).toEqual([4, null]);
    expect(control.el.getAttribute('aria-valuetext')).toBe('Not rated');
  });

  it('rates from the keyboard', () => {
    const { changes, control } = mount(2);
    const press = (key: string) => control.el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowRight');
    press('5');
    press('Backspace');
    press('x');
    expect(changes).toEqual([3, 5, null]);
  });

  it.each([
    ['1', null, 1],
    ['5', 2, 5],
    ['0', 4, null],
    ['Delete', 4, null],
    ['ArrowRight', null, 1],
    ['ArrowRight', 5, 5],
    ['ArrowLeft', 1, null],
    ['ArrowDown', 3, 2],
    ['End', 1, 5],
    ['a', 3, undefined],
  ])('key %s from %p gives %p', (key, current, expected) => {
    expect(keyToRating(key, current)).toBe(expected);
  });
});
