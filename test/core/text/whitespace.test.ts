import { isCollapsed, isSpace } from '../../../src/core/text/whitespace';

describe('whitespace', () => {
  it('knows every whitespace character \\s knows', () => {
    const differing: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differing.push(c);
    expect(differing).toEqual([]);
  });

  it.each([
    ['a b', true],
    ['', true],
    [' a', false],
    ['a ', false],
    ['a  b', false],
    ['a\u00a0b', false],
    ['a\tb', false],
    ['a\u0085b', true],
  ])('%j is collapsed: %s', (text, collapsed) => {
    expect(isCollapsed(text)).toBe(collapsed);
  });
});
