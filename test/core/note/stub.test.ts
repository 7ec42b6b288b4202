import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { fillStubBody, isPendingStub, renderStubNote, stubCitationLine } from '../../../src/core/note/stub';
import { samplePaper } from '../../builders/atom';

const OPTS = { tags: ['paper'], status: 'to-read', added: '2026-01-02' } as const;
const META = samplePaper({ arxiv: 'hep-th/9901001', title: 'Old', authors: ['Ann Author'], abstract: 'Real abstract.' });

describe('stub notes', () => {
  it('holds what the id tells, the reader keys, no arxiv_version, placeholders and the three sections', () => {
    const text = renderStubNote('hep-th/9901001', OPTS);
    expect(readFrontmatter(text)).toEqual({
      arxiv: 'hep-th/9901001',
      doi: '10.48550/arXiv.hep-th/9901001',
      url: 'https://arxiv.org/abs/hep-th/9901001',
      pdf: 'https://arxiv.org/pdf/hep-th/9901001',
      tags: ['paper'],
      status: 'to-read',
      added: '2026-01-02',
    });
    expect(text).toContain(`\n${stubCitationLine('hep-th/9901001')}\n\n> [!abstract]- Abstract\n> (Pending`);
    expect(text).toMatch(/## General Idea\n- \n\n## Limitations\n- \n\n## Utilities\n- \n$/);
  });

  it.each([
    [{ arxiv: '2406.10454' }, true],
    [{ arxiv: 2406.1045 }, true],
    [{ arxiv: '2406.10454', arxiv_version: 1 }, false],
    [{ arxiv: '' }, false],
    [{ tags: ['paper'] }, false],
    [null, false],
  ])('isPendingStub(%j) is %s', (fm, expected) => {
    expect(isPendingStub(fm)).toBe(expected);
  });

  it('replaces untouched placeholders and nothing else', () => {
    const stub = renderStubNote('hep-th/9901001', OPTS).replace('## Utilities\n- ', '## Utilities\n- mine');
    const filled = fillStubBody(stub, 'hep-th/9901001', META, 'Author, A. (2024). Old.');
    expect(filled).toContain('\n> Author, A. (2024). Old.\n\n> [!abstract]- Abstract\n> Real abstract.\n');
    expect(filled).toContain('## Utilities\n- mine');
    expect(filled.startsWith(stub.slice(0, stub.indexOf('\n---\n') + 5))).toBe(true);
  });

  it('leaves placeholders the reader edited', () => {
    const stub = renderStubNote('hep-th/9901001', OPTS)
      .replace('metadata pending.', 'metadata pending (I know!).')
      .replace('(Pending: the abstract is fetched from arXiv later.)', 'My summary.');
    expect(fillStubBody(stub, 'hep-th/9901001', META, 'C.')).toBe(stub);
  });
});
