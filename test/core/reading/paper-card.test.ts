import { paperCardModel, paperLinks } from '../../../src/core/reading/paper-card';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../src/core/note/template-settings';
import { distilledNote, templateNote } from '../../builders/note';

describe('paperCardModel', () => {
  it('gathers rating, status, tags, links and completeness', () => {
    const model = paperCardModel(
      { arxiv: '2406.10454', rating: 4, status: 'reading', tags: ['paper', 'ML'], code: 'https://github.com/x/y' },
      templateNote(),
      DEFAULT_REQUIRED_SECTIONS,
    );
    expect(model).toEqual({
      rating: 4,
      status: 'reading',
      tags: ['paper', 'ML'],
      links: [
        { kind: 'arxiv', label: 'arXiv', url: 'https://arxiv.org/abs/2406.10454' },
        { kind: 'pdf', label: 'PDF', url: 'https://arxiv.org/pdf/2406.10454' },
        { kind: 'code', label: 'Code', url: 'https://github.com/x/y' },
      ],
      complete: false,
      completeness: 'Distilled 0/3 · General Idea empty, Limitations empty +1 more',
      problems: ['General Idea is empty', 'Limitations is empty', 'Utilities is empty'],
      version: null,
      // Empty sections are there: nothing to insert.
      missingSections: [],
    });
  });

  it('lists the sections "Insert missing sections" would add, in template order', () => {
    const note = templateNote().replace('## General Idea\n- \n', '').replace('## Utilities\n- \n', '');
    expect(paperCardModel({ arxiv: '2406.10454' }, note, DEFAULT_REQUIRED_SECTIONS).missingSections).toEqual(['General Idea', 'Utilities']);
  });

  it('shows a complete, unrated note without status', () => {
    const model = paperCardModel({ tags: ['paper'] }, distilledNote(), DEFAULT_REQUIRED_SECTIONS);
    expect(model).toMatchObject({ rating: null, status: null, links: [], complete: true, completeness: 'Distilled 3/3' });
  });

  it('makes links only of http(s) addresses', () => {
    expect(
      paperLinks({ url: 'javascript:alert(1)', pdf: 'https://arxiv.org/pdf/1', code: 'ftp://x', project_page: ' http://site.example/ ' }).map((l) => l.url),
    ).toEqual(['https://arxiv.org/pdf/1', 'http://site.example/']);
  });
  it('says when arXiv has a newer version than the one read', () => {
    const model = paperCardModel({ arxiv: '2406.10454', arxiv_version: 3, read_version: 2 }, '', DEFAULT_REQUIRED_SECTIONS);
    expect(model.version).toBe('v3 available; you read v2.');
  });
});
