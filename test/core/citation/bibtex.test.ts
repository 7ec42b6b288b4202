import type { PaperMetadata } from '../../../src/core/arxiv/types';
import { bibtexKey, formatBibtex, formatBibtexEntries } from '../../../src/core/citation/bibtex';

const paper = (overrides: Partial<PaperMetadata> = {}): PaperMetadata => ({
  arxiv: '2406.10454',
  version: 2,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
  abstract: 'We build a humanoid.',
  published: '2024-06-15',
  updated: '2024-07-01',
  categories: ['cs.RO', 'cs.AI'],
  ...overrides,
});

describe('formatBibtex', () => {
  it("writes arXiv's own @misc entry", () => {
    expect(formatBibtex(paper())).toBe(
      [
        '@misc{fu2024humanplus,',
        '  title={HumanPlus: Humanoid Shadowing and Imitation from Humans},',
        '  author={Zipeng Fu and Qingqing Zhao and Qi Wu and Gordon Wetzstein and Chelsea Finn},',
        '  year={2024},',
        '  eprint={2406.10454},',
        '  archivePrefix={arXiv},',
        '  primaryClass={cs.RO},',
        '  url={https://arxiv.org/abs/2406.10454}',
        '}',
      ].join('\n'),
    );
  });

  it('adds the journal DOI when the authors gave one', () => {
    expect(formatBibtex(paper({ doi: '10.1000/xyz_1' }))).toContain(
      '  url={https://arxiv.org/abs/2406.10454},\n  doi={10.1000/xyz_1}\n}',
    );
  });

  it('keeps the slash of an old-style id and leaves out fields it has no value for', () => {
    const entry = formatBibtex(paper({ arxiv: 'hep-th/9711200', categories: [], published: '' }));
    expect(entry).toContain('eprint={hep-th/9711200}');
    expect(entry).toContain('url={https://arxiv.org/abs/hep-th/9711200}');
    expect(entry).not.toContain('primaryClass');
    expect(entry).not.toContain('year');
  });

  it('escapes title specials but keeps TeX math as written', () => {
    expect(formatBibtex(paper({ title: '$\\pi_0$: 100% R&D #1' }))).toContain('title={$\\pi_0$: 100\\% R\\&D \\#1}');
  });

  it.each([
    ['Laurens van der Maaten', 'Laurens van der Maaten'],
    ['Luc Van Gool', 'Van Gool, Luc'],
    ['Frederick P. Brooks Jr.', 'Brooks, Jr., Frederick P.'],
    ['ATLAS Collaboration', '{ATLAS Collaboration}'],
    ['Plato', 'Plato'],
    ['Fu, Zipeng', 'Zipeng Fu'],
    ['Ana Marasović', 'Ana Marasović'],
  ])('writes author %j so BibTeX reads it back right: %j', (author, expected) => {
    expect(formatBibtex(paper({ authors: [author] }))).toContain(`  author={${expected}},`);
  });
});

describe('bibtexKey', () => {
  it.each<[string, Partial<PaperMetadata>, string]>([
    ['family, year, first word', {}, 'fu2024humanplus'],
    ['skips stopwords', { title: 'A Tutorial on Energy-Based Learning' }, 'fu2024tutorial'],
    ['skips several stopwords', { title: 'On the Opportunities and Risks' }, 'fu2024opportunities'],
    ['TeX in the first word', { title: '$\\pi_0$: A Vision-Language-Action Flow Model' }, 'fu2024pi0'],
    ['a Greek letter in the first word', { title: '$π_0$: A Vision-Language-Action Flow Model' }, 'fu2024pi0'],
    ['particles join the family', { authors: ['Laurens van der Maaten'] }, 'vandermaaten2024humanplus'],
    ['diacritics are folded', { authors: ['Ana Marasović'], title: 'Über Café' }, 'marasovic2024uber'],
    ['letters without a decomposition are folded', { authors: ['Łukasz Øster'] }, 'oster2024humanplus'],
    ['hyphens vanish', { authors: ['Li Fei-Fei'] }, 'feifei2024humanplus'],
    ['no Latin family name', { authors: ['张三'] }, 'arxiv2024humanplus'],
    ['no authors', { authors: [] }, 'arxiv2024humanplus'],
    ['v1 year, not the update year', { published: '2023-12-30', updated: '2024-01-02' }, 'fu2023humanplus'],
  ])('%s', (_label, overrides, expected) => {
    expect(bibtexKey(paper(overrides))).toBe(expected);
  });

  it('does not change when only the version, abstract or update date change', () => {
    const before = bibtexKey(paper());
    expect(bibtexKey(paper({ version: 5, abstract: 'Rewritten.', updated: '2025-01-01' }))).toBe(before);
  });
});

describe('formatBibtexEntries', () => {
  it('keeps the first key and suffixes later clashes, so a .bib file has unique keys', () => {
    const bib = formatBibtexEntries([
      paper(),
      paper({ arxiv: '2406.99999' }),
      paper({ arxiv: '2407.00001', title: 'Other Work' }),
      paper({ arxiv: '2406.88888' }),
    ]);
    const keys = [...bib.matchAll(/^@misc\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toEqual(['fu2024humanplus', 'fu2024humanplusb', 'fu2024other', 'fu2024humanplusc']);
    expect(bib).toContain('}\n\n@misc{');
  });
});
