import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, type AtomFeed } from '../../../src/core/arxiv/atom';
import type { PaperMetadata } from '../../../src/core/arxiv/types';
import { sharedPath } from '../../support/shared-inputs';

// Real recorded arXiv responses live beside the repository (../shared), never inside it.
const FIXTURES = sharedPath('fixtures', 'arxiv');
const xmlFiles = readdirSync(FIXTURES).filter((f) => f.endsWith('.xml')).sort();

function feedOf(file: string): AtomFeed {
  const result = parseAtomFeed(readFileSync(path.join(FIXTURES, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function paper(file: string, id: string): PaperMetadata {
  const found = feedOf(file).entries.find((e) => e.arxiv === id);
  if (!found) throw new Error(`${file} has no entry ${id}`);
  return found;
}

interface FeedShape {
  readonly ids: readonly string[];
  readonly versions: readonly number[];
  readonly errors: readonly { id: string; message: string }[];
  readonly totalResults: number;
}

/** What each recorded response must give, from its .source.txt; every *.xml must be listed. */
const SHAPES: Record<string, FeedShape> = {
  'arxiv_empty_result_0000.0000.xml': { ids: [], versions: [], errors: [], totalResults: 0 },
  'arxiv_error_incorrect_id_format_abc.xml': {
    ids: [],
    versions: [],
    errors: [{ id: 'abc', message: 'incorrect id format for abc' }],
    totalResults: 1,
  },
  'arxiv_id_list_two_ids_one_nonexistent.xml': { ids: ['1707.08567'], versions: [1], errors: [], totalResults: 1 },
  'arxiv_multi_search_all-testing_10_entries.xml': {
    ids: [
      '2202.12139', '2405.13786', '2005.14124', '2204.08348', '2302.03287',
      '1202.4527', '2503.05378', '1205.1866', '2502.07719', '1812.11470',
    ],
    versions: [1, 1, 2, 3, 3, 1, 2, 1, 2, 1],
    errors: [],
    totalResults: 214881,
  },
  'arxiv_single_oldstyle_astro-ph_0601001.xml': { ids: ['astro-ph/0601001'], versions: [1], errors: [], totalResults: 1 },
  'arxiv_unversioned_1605.08386.xml': { ids: ['1605.08386'], versions: [1], errors: [], totalResults: 1 },
  'arxiv_versioned_2104.12255v1_title_0.xml': { ids: ['2104.12255'], versions: [1], errors: [], totalResults: 1 },
  'arxiv_versioned_oldstyle_quant-ph_0201082v1.xml': { ids: ['quant-ph/0201082'], versions: [1], errors: [], totalResults: 1 },
  'legacy2016_id_list_1111.2011v2.xml': { ids: ['1111.2011'], versions: [2], errors: [], totalResults: 1 },
  'legacy2016_search_two_entries.xml': { ids: ['1111.2011', 'cond-mat/0607501'], versions: [2, 2], errors: [], totalResults: 2 },
};

const LEGACY_TITLE = 'Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit';

describe('parseAtomFeed on recorded arXiv responses', () => {
  it('has an expected shape for every recorded response', () => {
    expect(xmlFiles.filter((f) => !(f in SHAPES))).toEqual([]);
  });

  it.each(xmlFiles)('%s: entries, versions, errors and totalResults', (file) => {
    const feed = feedOf(file);
    const shape = SHAPES[file];
    expect(feed.entries.map((e) => e.arxiv)).toEqual(shape.ids);
    expect(feed.entries.map((e) => e.version)).toEqual(shape.versions);
    expect(feed.errors).toEqual(shape.errors);
    expect(feed.totalResults).toBe(shape.totalResults);
  });

  const withPapers = xmlFiles.filter((f) => (SHAPES[f]?.ids.length ?? 0) > 0);
  it.each(withPapers)('%s: every paper is normalised (dates, collapsed text, unique categories)', (file) => {
    for (const e of feedOf(file).entries) {
      expect(e.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.updated >= e.published).toBe(true);
      for (const text of [e.title, e.abstract, ...e.authors, e.comment ?? '', e.journalRef ?? '']) {
        expect(text).toBe(text.replace(/\s+/g, ' ').trim());
      }
      expect(e.title).not.toBe('');
      expect(e.authors.length).toBeGreaterThan(0);
      expect(new Set(e.categories).size).toBe(e.categories.length);
    }
  });

  it.each([
    ['arxiv_versioned_2104.12255v1_title_0.xml', '2104.12255', '0'],
    ['legacy2016_id_list_1111.2011v2.xml', '1111.2011', LEGACY_TITLE],
    [
      'legacy2016_search_two_entries.xml',
      'cond-mat/0607501',
      'A striped supersolid phase and the search for deconfined quantum criticality in hard-core bosons on the triangular lattice',
    ],
  ])('%s: title of %s is %j', (file, id, title) => {
    expect(paper(file, id).title).toBe(title);
  });

  it.each([
    ['arxiv_single_oldstyle_astro-ph_0601001.xml', 'astro-ph/0601001', ['astro-ph']],
    ['arxiv_versioned_oldstyle_quant-ph_0201082v1.xml', 'quant-ph/0201082', ['quant-ph', 'cs.PL']],
    ['arxiv_unversioned_1605.08386.xml', '1605.08386', ['math.CO', 'math.ST']],
    ['arxiv_multi_search_all-testing_10_entries.xml', '2005.14124', ['cs.SE', 'cs.CR', 'cs.LG']],
    ['legacy2016_id_list_1111.2011v2.xml', '1111.2011', ['cond-mat.str-el', 'cond-mat.stat-mech']],
  ])('%s: categories of %s', (file, id, categories) => {
    expect(paper(file, id).categories).toEqual(categories);
  });

  it.each([
    ['arxiv_versioned_2104.12255v1_title_0.xml', '2104.12255', '2021-04-20', '2021-04-20'],
    ['legacy2016_id_list_1111.2011v2.xml', '1111.2011', '2011-11-08', '2012-04-02'],
    ['arxiv_single_oldstyle_astro-ph_0601001.xml', 'astro-ph/0601001', '2006-01-02', '2006-01-02'],
  ])('%s: %s published %s, updated %s', (file, id, published, updated) => {
    expect(paper(file, id)).toMatchObject({ published, updated });
  });

  it.each([
    ['arxiv_multi_search_all-testing_10_entries.xml', '2202.12139', { doi: '10.1109/ICSTW55395.2022.00035' }],
    [
      'arxiv_multi_search_all-testing_10_entries.xml',
      '1202.4527',
      { journalRef: 'International Journal of Software Engineering & Applications (IJSEA), Vol.3, No.1, January 2012' },
    ],
    [
      'arxiv_single_oldstyle_astro-ph_0601001.xml',
      'astro-ph/0601001',
      { journalRef: 'ActaAstron.56:1-50,2006' },
    ],
    [
      'legacy2016_id_list_1111.2011v2.xml',
      '1111.2011',
      {
        doi: '10.1103/PhysRevB.85.115117',
        journalRef: 'Phys. Rev. B 85, 115117 (2012)',
        comment: '8 pages, 3 figures. Published version',
      },
    ],
    ['arxiv_versioned_oldstyle_quant-ph_0201082v1.xml', 'quant-ph/0201082', { comment: '32 pages' }],
  ])('%s: optional fields of %s', (file, id, fields) => {
    expect(paper(file, id)).toMatchObject(fields);
  });

  it('leaves doi and journalRef out when arXiv has none', () => {
    const p = paper('arxiv_multi_search_all-testing_10_entries.xml', '2503.05378');
    expect(p).not.toHaveProperty('doi');
    expect(p).not.toHaveProperty('journalRef');
  });

  it('keeps UTF-8 author names and the order of all 34 authors', () => {
    const authors = paper('arxiv_id_list_two_ids_one_nonexistent.xml', '1707.08567').authors;
    expect(authors).toHaveLength(34);
    expect(authors[0]).toBe('Kees A. Schouhamer Immink');
    expect(authors).toContain('Dirk Wübben');
  });

  it('decodes entities in abstracts and keeps TeX as written', () => {
    const abstract = paper('arxiv_single_oldstyle_astro-ph_0601001.xml', 'astro-ph/0601001').abstract;
    expect(abstract).toMatch(/^We derive the frequencies/);
    expect(abstract).toContain('Gould & Morgan (2003)');
    expect(abstract).toContain('V_max<17.5');
    expect(abstract).toContain('(1/310)(1^{+1.39}_{-0.59})');
  });

  it('collapses the hard-wrapped legacy abstract into one line', () => {
    const abstract = paper('legacy2016_id_list_1111.2011v2.xml', '1111.2011').abstract;
    expect(abstract).toMatch(/^Theoretical description of anisotropic systems, such as layered superconductors and/);
    expect(abstract).toMatch(/describing a single node\.$/);
    expect(abstract).not.toContain('\n');
  });

  it('takes no project page from a comment that only links a file download', () => {
    const p = paper('arxiv_single_oldstyle_astro-ph_0601001.xml', 'astro-ph/0601001');
    expect(p.comment).toMatch(/^62 pages including 16 figures.* at http:\/\/\S+\.ps\.gz$/);
    expect(p).not.toHaveProperty('projectPage');
    expect(p).not.toHaveProperty('code');
  });
});
