import type { PaperMetadata } from '../../../src/core/arxiv/types';
import { dateParts, toCslItem } from '../../../src/core/citation/csl-item';

const paper = (overrides: Partial<PaperMetadata> = {}): PaperMetadata => ({
  arxiv: '2406.10454',
  version: 1,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Qingqing Zhao'],
  abstract: 'We build a humanoid.',
  published: '2024-06-15',
  updated: '2024-06-20',
  categories: ['cs.RO', 'cs.AI'],
  ...overrides,
});

describe('toCslItem', () => {
  it('describes an arXiv preprint as a CSL-JSON article', () => {
    expect(toCslItem(paper())).toEqual({
      id: '2406.10454',
      type: 'article',
      title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
      author: [
        { given: 'Zipeng', family: 'Fu' },
        { given: 'Qingqing', family: 'Zhao' },
      ],
      issued: { 'date-parts': [[2024, 6, 15]] },
      publisher: 'arXiv',
      number: 'arXiv:2406.10454',
      DOI: '10.48550/arXiv.2406.10454',
      URL: 'https://arxiv.org/abs/2406.10454',
      abstract: 'We build a humanoid.',
    });
  });

  it('uses the journal DOI when the authors gave one', () => {
    expect(toCslItem(paper({ doi: '10.1038/s41586-024-0001-x' })).DOI).toBe('10.1038/s41586-024-0001-x');
  });

  it('keeps the slash of an old-style id in number, DOI and URL', () => {
    const item = toCslItem(paper({ arxiv: 'hep-th/9901001' }));
    expect([item.id, item.number, item.DOI, item.URL]).toEqual([
      'hep-th/9901001',
      'arXiv:hep-th/9901001',
      '10.48550/arXiv.hep-th/9901001',
      'https://arxiv.org/abs/hep-th/9901001',
    ]);
  });

  it('carries particles and suffixes into the name parts', () => {
    expect(toCslItem(paper({ authors: ['Laurens van der Maaten', 'Frederick P. Brooks Jr.', 'Plato'] })).author).toEqual([
      { given: 'Laurens', family: 'van der Maaten' },
      { given: 'Frederick P.', family: 'Brooks', suffix: 'Jr.' },
      { family: 'Plato' },
    ]);
  });

  it('drops blank authors and leaves out an empty abstract and an unreadable date', () => {
    const item = toCslItem(paper({ authors: ['Zipeng Fu', '  '], abstract: '', published: 'unknown' }));
    expect(item.author).toEqual([{ given: 'Zipeng', family: 'Fu' }]);
    expect(item).not.toHaveProperty('abstract');
    expect(item).not.toHaveProperty('issued');
  });
});

describe('dateParts', () => {
  it.each([
    ['2024-06-15', [2024, 6, 15]],
    ['2024-06', [2024, 6]],
    ['2024', [2024]],
    ['2024-13-01', [2024]],
    ['2024-02-00', [2024, 2]],
    ['June 2024', undefined],
    ['', undefined],
  ])('%j → %j', (date, expected) => {
    expect(dateParts(date)).toEqual(expected);
  });
});
