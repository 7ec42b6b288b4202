import type { PaperMetadata } from '../../../src/core/arxiv/types';
import { formatBibtex, formatBibtexEntries } from '../../../src/core/citation/bibtex';
import { venueKind, type VenueKind } from '../../../src/core/citation/venue-kind';

const paper = (overrides: Partial<PaperMetadata> = {}): PaperMetadata => ({
  arxiv: '2406.10454',
  version: 2,
  title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
  authors: ['Zipeng Fu', 'Chelsea Finn'],
  abstract: '',
  published: '2024-06-15',
  updated: '2024-07-01',
  categories: ['cs.RO'],
  ...overrides,
});

const entry = (type: string, venueLine: string | null) =>
  [
    `@${type}{fu2024humanplus,`,
    '  title={HumanPlus: Humanoid Shadowing and Imitation from Humans},',
    '  author={Zipeng Fu and Chelsea Finn},',
    ...(venueLine === null ? [] : [venueLine]),
    '  year={2024},',
    '  eprint={2406.10454},',
    '  archivePrefix={arXiv},',
    '  primaryClass={cs.RO},',
    '  url={https://arxiv.org/abs/2406.10454}',
    '}',
  ].join('\n');

describe('BibTeX entries with the venue OpenAlex gave', () => {
  it.each<[string, Partial<PaperMetadata>, string]>([
    [
      'a conference paper is @inproceedings with booktitle',
      { venue: 'Conference on Robot Learning', venueType: 'conference' },
      entry('inproceedings', '  booktitle={Conference on Robot Learning},'),
    ],
    [
      'a journal paper is @article with journal',
      { venue: 'IEEE Robotics and Automation Letters', venueType: 'journal' },
      entry('article', '  journal={IEEE Robotics and Automation Letters},'),
    ],
    ['a preprint stays @misc, as arXiv writes it', {}, entry('misc', null)],
    [
      'a venue of no known kind is @misc with howpublished',
      { venue: 'The MIT Press', venueType: 'book' },
      entry('misc', '  howpublished={The MIT Press},'),
    ],
    [
      'the venue is escaped like every other field',
      { venue: 'Robotics & Automation 100% {Letters', venueType: 'journal' },
      entry('article', '  journal={Robotics \\& Automation 100\\% \\textbraceleft{}Letters},'),
    ],
  ])('%s', (_, venue, expected) => {
    expect(formatBibtex(paper(venue))).toBe(expected);
  });

  it('keeps keys unique across entry types in one file', () => {
    const text = formatBibtexEntries([paper({ venue: 'CoRL', venueType: 'conference' }), paper()]);
    expect(text.split('\n').filter((l) => l.startsWith('@'))).toEqual(['@inproceedings{fu2024humanplus,', '@misc{fu2024humanplusb,']);
  });
});

describe('venueKind', () => {
  it.each<[string, string | undefined, VenueKind]>([
    ['Anything', 'conference', 'conference'],
    ['Lecture Notes in Computer Science', 'book series', 'conference'],
    ['Anything', 'Journal', 'journal'],
    // No type stored (a note written by hand, an older note): the name decides.
    ['Proceedings of the 7th Conference on Robot Learning', undefined, 'conference'],
    ['2024 IEEE International Conference on Robotics and Automation (ICRA)', undefined, 'conference'],
    ['CoRL 2023', undefined, 'conference'],
    ['NeurIPS', undefined, 'conference'],
    ['Robotics: Science and Systems', undefined, 'conference'],
    ['Workshop on Humanoids', 'other', 'conference'],
    ['Journal of Machine Learning Research', undefined, 'journal'],
    ['IEEE Transactions on Robotics', undefined, 'journal'],
    ['IEEE Robotics and Automation Letters', undefined, 'journal'],
    ['Nature', undefined, 'journal'],
    ['Science Robotics', 'ebook platform', 'journal'],
    ['The MIT Press', 'book', 'other'],
    ['Zenodo', undefined, 'other'],
    ['Naturally Speaking', undefined, 'other'],
  ])('%j (type %s) is %s', (venue, type, kind) => {
    expect(venueKind(venue, type)).toBe(kind);
  });
});
