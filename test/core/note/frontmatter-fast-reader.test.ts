import { readFrontmatter, renderFrontmatter } from '../../../src/core/note/frontmatter';
import { hostileYamlCorpus, referenceFrontmatter as reference } from '../../builders/yaml-corpus';


describe('the fast frontmatter reader', () => {
  const notes = hostileYamlCorpus();

  it(`gives the yaml library's values on every note of a hostile corpus (${notes.length} notes)`, () => {
    const differing = notes.filter((n) => {
      try {
        expect(readFrontmatter(n)).toStrictEqual(reference(n));
        return false;
      } catch {
        return true;
      }
    });
    expect(differing.map((n) => n.slice(0, 200))).toEqual([]);
  });

  it('reads the notes the plugin writes, values and types intact', () => {
    const text = renderFrontmatter({ title: '2406.10454', arxiv: '2406.10454', rating: 4, published: '2024-06-14', tags: ['paper', 'yes'], tldr: 'null' });
    expect(readFrontmatter(text)).toStrictEqual({ title: '2406.10454', arxiv: '2406.10454', rating: 4, published: '2024-06-14', tags: ['paper', 'yes'], tldr: 'null' });
  });
});
