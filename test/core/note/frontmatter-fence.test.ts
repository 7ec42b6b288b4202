import { readFrontmatter, renderFrontmatter, splitFrontmatter } from '../../../src/core/note/frontmatter';

describe('the frontmatter block ends at a line that is `---` itself', () => {
  it.each([
    ['an author named ---', { authors: ['---', 'Ann'] }],
    ['a title ending in ---', { title: 'Quote> ---' }],
    ['a value with ---- inside', { tldr: 'a ---- b' }],
  ])('%s survives', (_name, props) => {
    const text = `${renderFrontmatter(props)}Body ---\n`;
    expect(readFrontmatter(text)).toEqual(props);
    expect(splitFrontmatter(text).body).toBe('Body ---\n');
  });

  it('reads an empty block', () => {
    expect(splitFrontmatter('---\n---\nBody\n')).toEqual({ yaml: '', body: 'Body\n' });
  });
});
