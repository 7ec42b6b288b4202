import type { PaperMetadata } from '../../../src/core/arxiv/types';
import { readFrontmatter, splitFrontmatter } from '../../../src/core/note/frontmatter';
import { categoryTag, initialTags, renderPaperNote } from '../../../src/core/note/render';

const humanPlus: PaperMetadata = {
  arxiv: '2406.10454',
  version: 1,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  abstract: 'One of the key arguments for building robots that have similar form factors to human beings is that we can leverage the massive human data for training.',
  published: '2024-06-15',
  updated: '2024-06-15',
  categories: ['cs.RO', 'cs.AI', 'cs.CV'],
  projectPage: 'https://humanoid-ai.github.io/',
};
const citation =
  'Fu, Z., Zhao, Q., Wu, Q., Wetzstein, G., & Finn, C. (2024). HumanPlus: Humanoid Shadowing and Imitation from Humans. arXiv preprint arXiv:2406.10454.';
const options = { citation, tags: ['paper', 'arxiv/cs-RO'], status: 'to-read' as const, added: '2026-11-21' };

describe('renderPaperNote', () => {
  it('matches the note contract (snapshot)', () => {
    expect(renderPaperNote(humanPlus, options)).toMatchSnapshot();
  });

  it('writes the owned and reader keys with the contract types', () => {
    const fm = readFrontmatter(renderPaperNote(humanPlus, options));
    expect(fm).toEqual({
      title: humanPlus.title,
      authors: humanPlus.authors,
      arxiv: '2406.10454',
      arxiv_version: 1,
      published: '2024-06-15',
      updated: '2024-06-15',
      categories: ['cs.RO', 'cs.AI', 'cs.CV'],
      doi: '10.48550/arXiv.2406.10454',
      url: 'https://arxiv.org/abs/2406.10454',
      pdf: 'https://arxiv.org/pdf/2406.10454',
      project_page: 'https://humanoid-ai.github.io/',
      tags: ['paper', 'arxiv/cs-RO'],
      status: 'to-read',
      added: '2026-11-21',
    });
  });

  it('puts the citation, the collapsed abstract and the three sections in the body', () => {
    const { body } = splitFrontmatter(renderPaperNote(humanPlus, options));
    expect(body).toBe(
      `\n> ${citation}\n\n> [!abstract]- Abstract\n> ${humanPlus.abstract}\n\n## General Idea\n- \n\n## Limitations\n- \n\n## Utilities\n- \n`,
    );
  });

  it.each([
    ['quotes and colons', 'He said: "it works" — \'really\''],
    ['hash and leading dash', '- #1 result'],
    ['script tag', '<script>alert("x")</script>'],
    ['TeX', 'Learning $\\pi_0$ with $\\mathcal{O}(n^2)$ cost'],
    ['RTL and emoji', 'שלום עולם 🤖 مرحبا'],
    ['YAML words', 'Yes'],
    ['number-like', '2024'],
  ])('round-trips a title with %s through YAML exactly', (_label, title) => {
    const fm = readFrontmatter(renderPaperNote({ ...humanPlus, title, authors: [title] }, options));
    expect(fm?.title).toBe(title);
    expect(fm?.authors).toEqual([title]);
  });

  it('keeps old-style ids as strings and uses the journal DOI when given', () => {
    const fm = readFrontmatter(
      renderPaperNote({ ...humanPlus, arxiv: 'hep-th/9901001', doi: '10.1000/xyz', journalRef: 'Phys. Rev. D 1 (1999)' }, options),
    );
    expect(fm?.arxiv).toBe('hep-th/9901001');
    expect(fm?.doi).toBe('10.1000/xyz');
    expect(fm?.journal_ref).toBe('Phys. Rev. D 1 (1999)');
    expect(fm?.url).toBe('https://arxiv.org/abs/hep-th/9901001');
  });
});

describe('tags', () => {
  it.each([
    ['cs.RO', 'arxiv/', 'arxiv/cs-RO'],
    ['q-bio.NC', 'arxiv/', 'arxiv/q-bio-NC'],
    ['hep-th', '', 'hep-th'],
    ['physics.data-an', 'cat/', 'cat/physics-data-an'],
  ])('%s with prefix %j -> %s', (cat, prefix, tag) => {
    expect(categoryTag(cat, prefix)).toBe(tag);
  });

  it('starts with the paper tag and skips categories when switched off', () => {
    expect(initialTags(humanPlus, 'paper', 'arxiv/')).toEqual(['paper', 'arxiv/cs-RO', 'arxiv/cs-AI', 'arxiv/cs-CV']);
    expect(initialTags(humanPlus, 'paper', null)).toEqual(['paper']);
  });
});
