import { describeFilterErrors, parseFilter } from '../../../src/core/dashboard/filter-language';

/** Names every JavaScript object answers to: in the filter they are unknown names like any other. */
const OBJECT_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];

describe('filter clause names that are also names of object properties', () => {
  it.each(OBJECT_NAMES.flatMap((name) => [`${name}:0`, `${name}: x`, `tags: a; ${name}: robotics`]))('%j is an unknown filter, said plainly', (text) => {
    const parsed = parseFilter(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const [line] = describeFilterErrors(parsed.errors);
    expect(line).toMatch(/^Line 1, ".+": Unknown filter "[^"]+"\. Use one of: tags, rating, status, distilled, category, year, citations, venue, search, sort, limit\.$/);
  });

  it.each(OBJECT_NAMES)('sort: %s names the columns it can sort by', (name) => {
    const parsed = parseFilter(`sort: ${name}`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]?.message).toMatch(/^Cannot sort by "[^"]+"\.( Did you mean \w+\?)? Use title, author, year, rating, citations, status, added, distilled, arxiv\.$/);
  });

  it('suggests the clause a typo meant', () => {
    const parsed = parseFilter('ratng: >=4\nsort: ratign');
    expect(parsed.ok || describeFilterErrors(parsed.errors)).toEqual([
      'Line 1, "ratng: >=4": Unknown filter "ratng". Did you mean rating? Use one of: tags, rating, status, distilled, category, year, citations, venue, search, sort, limit.',
      'Line 2, "sort: ratign": Cannot sort by "ratign". Did you mean rating? Use title, author, year, rating, citations, status, added, distilled, arxiv.',
    ]);
  });

  it('leaves Object.prototype alone', () => {
    parseFilter('__proto__: {"polluted": true}\nconstructor: prototype');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
