import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAtomFeed, type AtomFeed } from '../../../src/core/arxiv/atom';
import type { PaperMetadata } from '../../../src/core/arxiv/types';
import type { ErrorCode } from '../../../src/core/result';
import { atomEntryXml, atomErrorFeedXml, atomFeedXml, samplePaper } from '../../builders/atom';

const fixture = (name: string): string => readFileSync(path.join(__dirname, '../../fixtures/atom', name), 'utf8');

function parsed(xml: string): AtomFeed {
  const result = parseAtomFeed(xml);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const onlyPaper = (xml: string): PaperMetadata => {
  const { entries } = parsed(xml);
  expect(entries).toHaveLength(1);
  return entries[0];
};

const feedOf = (...papers: (Partial<PaperMetadata> & { arxiv: string })[]): string => atomFeedXml(papers.map(atomEntryXml));

describe('parseAtomFeed round trip from the builders', () => {
  it.each([
    ['the sample paper', samplePaper()],
    ['an old-style id', samplePaper({ arxiv: 'hep-th/9901001', version: 3, categories: ['hep-th'] })],
    ['one author and one category', samplePaper({ authors: ['Solo Author'], categories: ['math.AG'] })],
    ['a title that is just 0', samplePaper({ title: '0' })],
    ['a TeX title', samplePaper({ title: 'Scaling $\\pi_0$ to $10^{6}$ Robots & Beyond' })],
    ['entities in the abstract', samplePaper({ abstract: 'If a < b && b > c then "x" holds.' })],
    ['UTF-8 names', samplePaper({ authors: ['Dirk Wübben', 'Øystein Åsen', '王小明', 'Анна Петрова'] })],
    ['journal fields', samplePaper({ doi: '10.1103/PhysRevB.85.115117', journalRef: 'Phys. Rev. B 85, 115117 (2012)' })],
    ['no optional fields', samplePaper({ comment: undefined, abstract: 'Plain abstract without links.' })],
  ])('gives back %s', (_label, paper) => {
    expect(onlyPaper(atomFeedXml([atomEntryXml(paper)]))).toEqual(paper);
  });

  it('keeps many papers apart, in feed order', () => {
    const papers = ['2401.00001', '2401.00002', 'cond-mat/0607501'].map((arxiv, i) => samplePaper({ arxiv, title: `Paper ${i}` }));
    const feed = parsed(atomFeedXml(papers.map(atomEntryXml)));
    expect(feed.entries).toEqual(papers);
    expect(feed.totalResults).toBe(3);
  });
});

describe('parseAtomFeed field mapping', () => {
  it.each([
    [['Only One'], ['Only One']],
    [['First Author', 'Second Author', 'Third Author'], ['First Author', 'Second Author', 'Third Author']],
    [['  Spaced   Out\n Name '], ['Spaced Out Name']],
  ])('reads authors %j as a list %j', (authors, expected) => {
    expect(onlyPaper(feedOf({ arxiv: '2401.00001', authors })).authors).toEqual(expected);
  });

  it.each([
    ['2406.10454', 2, '2406.10454'],
    ['0704.0001', 1, '0704.0001'],
    ['hep-th/9901001', 1, 'hep-th/9901001'],
    ['math.GT/0309136', 4, 'math/0309136'],
  ])('reads the entry id %s v%d as canonical %s', (arxiv, version, canonical) => {
    expect(onlyPaper(feedOf({ arxiv, version }))).toMatchObject({ arxiv: canonical, version });
  });

  it.each([
    [['cs.RO'], ['cs.RO']],
    [['cs.RO', 'cs.AI', 'cs.RO'], ['cs.RO', 'cs.AI']],
  ])('lists categories %j as %j', (categories, expected) => {
    expect(onlyPaper(feedOf({ arxiv: '2401.00001', categories })).categories).toEqual(expected);
  });

  it('puts the primary category first even when arXiv lists it later', () => {
    const xml = feedOf({ arxiv: '2401.00001', categories: ['cs.LG'] }).replace(
      '<category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>',
      '<category term="stat.ML"/><category term="cs.LG"/>',
    );
    expect(onlyPaper(xml).categories).toEqual(['cs.LG', 'stat.ML']);
  });

  it.each([
    ['2024-01-01T23:30:00Z', '2024-01-01'],
    ['2024-01-01T23:30:00-05:00', '2024-01-02'],
    ['2024-01-02T01:00:00+03:00', '2024-01-01'],
  ])('takes the UTC date of the timestamp %s', (timestamp, date) => {
    const xml = feedOf({ arxiv: '2401.00001', published: '2020-05-05' }).replace('2020-05-05T12:00:00Z</published>', `${timestamp}</published>`);
    expect(onlyPaper(xml).published).toBe(date);
  });

  it('leaves out doi, journal reference, comment and links when arXiv has none', () => {
    const paper = onlyPaper(feedOf({ arxiv: '2401.00001', abstract: 'No links.' }));
    for (const key of ['doi', 'journalRef', 'comment', 'code', 'projectPage']) expect(paper).not.toHaveProperty(key);
  });

  it('fills code and project page from the abstract and the comment', () => {
    const paper = onlyPaper(
      feedOf({
        arxiv: '2401.00001',
        abstract: 'We release everything at https://github.com/lab/tool.',
        comment: '8 pages. Project page: https://lab.github.io/tool/',
      }),
    );
    expect(paper).toMatchObject({ code: 'https://github.com/lab/tool', projectPage: 'https://lab.github.io/tool/' });
  });
});

describe('parseAtomFeed on both namespace layouts', () => {
  it('reads the legacy layout: inline namespaces, wrapped text, numeric entities, TeX', () => {
    const feed = parsed(fixture('legacy-inline-namespaces.xml'));
    expect(feed.totalResults).toBe(1);
    expect(feed.entries).toEqual([
      {
        arxiv: '0901.0001',
        version: 2,
        title: 'Bounds on $\\mathcal{O}(n^{2})$ Sorting & the Café Problem',
        authors: ['Renée Øster-Åberg'],
        abstract: 'We revisit sorting networks with fewer than n<2 comparators & show that the bound is tight.',
        published: '2009-01-01',
        updated: '2009-02-10',
        categories: ['cs.DS', 'math.CO'],
        comment: '12 pages, project page: http://sorting.example.net/cafe',
        projectPage: 'http://sorting.example.net/cafe',
      },
    ]);
  });

  it('resolves renamed and prefixed namespaces, whatever the element order', () => {
    const feed = parsed(fixture('renamed-prefixes.xml'));
    expect(feed.totalResults).toBe(2);
    expect(feed.entries[0]).toEqual({
      arxiv: '2301.01234',
      version: 3,
      title: 'Tiny Language Models',
      authors: ['Jane Q. Public'],
      abstract: 'A small language model for tests.',
      published: '2023-01-04',
      updated: '2023-03-01',
      categories: ['cs.CL', 'cs.LG'],
      doi: '10.1234/example.5678',
      journalRef: 'Proc. Imaginary Conf. 2023, 1-10',
      comment: 'Code: https://github.com/janeq/tiny-lm',
      code: 'https://github.com/janeq/tiny-lm',
    });
  });

  it('ignores an arxiv: prefix bound to a foreign namespace', () => {
    const second = parsed(fixture('renamed-prefixes.xml')).entries[1];
    expect(second).toMatchObject({ arxiv: 'math/0309136', categories: ['math.GT'] });
    expect(second).not.toHaveProperty('comment');
  });

  it('reads a feed that uses the usual prefixes without declaring them', () => {
    const xml = atomFeedXml([atomEntryXml({ arxiv: '2401.00001', comment: 'Five pages' })]).replace(
      / xmlns:opensearch="[^"]*" xmlns:arxiv="[^"]*"/,
      '',
    );
    const feed = parsed(xml);
    expect(feed.totalResults).toBe(1);
    expect(feed.entries[0].comment).toBe('Five pages');
  });
});

describe('parseAtomFeed on error entries and empty feeds', () => {
  it.each(['abc', '1234.5678.9', 'hep-th9901001'])('reports the malformed id %s as an error, not a paper', (bad) => {
    expect(parsed(atomErrorFeedXml(bad))).toEqual({
      entries: [],
      errors: [{ id: bad, message: `incorrect id format for ${bad}` }],
      totalResults: 1,
    });
  });

  it('keeps papers and errors of one feed apart', () => {
    const error = atomErrorFeedXml('abc').split('<entry>')[1].split('</entry>')[0];
    const feed = parsed(atomFeedXml([atomEntryXml({ arxiv: '2401.00001' }), `<entry>${error}</entry>`]));
    expect(feed.entries.map((e) => e.arxiv)).toEqual(['2401.00001']);
    expect(feed.errors.map((e) => e.id)).toEqual(['abc']);
  });

  it('takes the bad id from the error URL when the summary does not name it', () => {
    const xml = atomErrorFeedXml('abc').replace('<summary>incorrect id format for abc</summary>', '<summary>Bad request</summary>');
    expect(parsed(xml).errors).toEqual([{ id: 'abc', message: 'Bad request' }]);
  });

  it('drops an entry whose id is not an arXiv paper, keeping the others', () => {
    const xml = feedOf({ arxiv: '2401.00001' }, { arxiv: '2401.00002' }).replace(
      'http://arxiv.org/abs/2401.00002v1</id>',
      'https://example.org/item/42</id>',
    );
    expect(parsed(xml)).toMatchObject({ entries: [{ arxiv: '2401.00001' }], errors: [] });
  });

  it('keeps a real paper titled Error', () => {
    expect(onlyPaper(feedOf({ arxiv: '2401.00001', title: 'Error' })).title).toBe('Error');
  });

  it('accepts an empty feed', () => {
    expect(parsed(atomFeedXml([], { totalResults: 0 }))).toEqual({ entries: [], errors: [], totalResults: 0 });
  });

  it('reports an unknown total as null', () => {
    const xml = atomFeedXml([]).replace(/<opensearch:totalResults>.*<\/opensearch:totalResults>/, '');
    expect(parsed(xml).totalResults).toBeNull();
  });
});

describe('parseAtomFeed on bodies that are not a feed', () => {
  it.each<[string, string, ErrorCode, RegExp]>([
    ['the rate limit text', 'Rate exceeded.', 'RATE_LIMITED', /Rate exceeded.*try again/i],
    ['the rate limit text with a newline', 'Rate exceeded.\n', 'RATE_LIMITED', /try again/],
    ['an HTML error page', fixture('html-error-page.html'), 'PARSE', /web page instead of an Atom feed/],
    ['an empty body', '   ', 'PARSE', /empty response/],
    ['plain text', 'Service Unavailable', 'PARSE', /text instead of an Atom feed: "Service Unavailable"/],
    ['a truncated feed', atomFeedXml([atomEntryXml({ arxiv: '2401.00001' })]).slice(0, 700), 'PARSE', /not well-formed XML \(line \d+/],
    ['mismatched tags', '<feed xmlns="http://www.w3.org/2005/Atom"><entry></feed>', 'PARSE', /not well-formed XML/],
    ['another XML document', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'PARSE', /not an Atom feed \(its root element is <rss>\)/],
  ])('refuses %s', (_label, body, code, message) => {
    const result = parseAtomFeed(body);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });

  it('reads a feed that starts with a byte order mark', () => {
    expect(parsed(`\uFEFF${feedOf({ arxiv: '2401.00001' })}`).entries).toHaveLength(1);
  });
});
