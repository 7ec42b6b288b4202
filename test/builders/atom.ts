import { extractLinks } from '../../src/core/arxiv/links';
import type { PaperMetadata } from '../../src/core/arxiv/types';

/**
 * Builders for arXiv API responses in the CURRENT format (namespaces declared on <feed>, https
 * links, unwrapped text), as the parser, the stub server and the benchmark need them.
 * Dates are fixed so every build is byte-identical.
 */

const NAMESPACES =
  'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom"';
const FEED_UPDATED = '2026-01-01T00:00:00Z';

/**
 * A plausible paper (modelled on HumanPlus, 2406.10454; not a recorded copy). `code` and
 * `projectPage` follow from the abstract and comment exactly as the parser derives them, unless
 * the overrides set them, so `parseAtomFeed(atomFeedXml([atomEntryXml(p)]))` gives `p` back.
 */
export function samplePaper(overrides: Partial<PaperMetadata> = {}): PaperMetadata {
  const base: PaperMetadata = {
    arxiv: '2406.10454',
    version: 2,
    title: 'HumanPlus: Humanoid Shadowing and Imitation from Humans',
    authors: ['Zipeng Fu', 'Qingqing Zhao', 'Qi Wu', 'Gordon Wetzstein', 'Chelsea Finn'],
    abstract:
      'One of the key arguments for building robots that have similar form factors to human beings is that we can leverage ' +
      'the massive human data for training. We introduce a full-stack system for humanoids to learn motion and autonomous ' +
      'skills from human data. Project page: https://humanoid-ai.github.io/ Code: https://github.com/MarkFzp/humanplus',
    published: '2024-06-15',
    updated: '2024-09-01',
    categories: ['cs.RO', 'cs.AI', 'cs.CV', 'cs.LG'],
    comment: 'Project website: https://humanoid-ai.github.io/',
  };
  const merged = { ...base, ...overrides };
  const links = extractLinks(`${merged.abstract}\n${merged.comment ?? ''}`);
  return dropUndefined({
    ...merged,
    code: 'code' in overrides ? overrides.code : links.code,
    projectPage: 'projectPage' in overrides ? overrides.projectPage : links.projectPage,
  });
}

/**
 * One `<entry>` as the current arXiv API writes it. Missing required fields get neutral defaults;
 * optional ones (doi, journalRef, comment) appear only when given. `code` and `projectPage` are not
 * Atom fields: arXiv carries them only inside the abstract or comment, so put them there.
 */
export function atomEntryXml(meta: Partial<PaperMetadata> & { arxiv: string }): string {
  const version = meta.version ?? 1;
  const published = meta.published ?? '2024-01-15';
  const updated = meta.updated ?? published;
  const categories = meta.categories ?? ['cs.LG'];
  const versioned = `${meta.arxiv}v${version}`;
  const lines = [
    '  <entry>',
    `    <id>http://arxiv.org/abs/${esc(versioned)}</id>`,
    `    <title>${esc(meta.title ?? `Sample paper ${meta.arxiv}`)}</title>`,
    `    <updated>${updated}T12:00:00Z</updated>`,
    `    <link href="https://arxiv.org/abs/${esc(versioned)}" rel="alternate" type="text/html"/>`,
    `    <link href="https://arxiv.org/pdf/${esc(versioned)}" rel="related" type="application/pdf" title="pdf"/>`,
    `    <summary>${esc(meta.abstract ?? 'We study a sample problem and report sample results.')}</summary>`,
    ...categories.map((term) => `    <category term="${esc(term)}" scheme="http://arxiv.org/schemas/atom"/>`),
    `    <published>${published}T12:00:00Z</published>`,
    ...(meta.comment !== undefined ? [`    <arxiv:comment>${esc(meta.comment)}</arxiv:comment>`] : []),
    ...(categories.length > 0 ? [`    <arxiv:primary_category term="${esc(categories[0])}"/>`] : []),
    ...(meta.journalRef !== undefined ? [`    <arxiv:journal_ref>${esc(meta.journalRef)}</arxiv:journal_ref>`] : []),
    ...(meta.authors ?? ['Ada Sample']).flatMap((name) => ['    <author>', `      <name>${esc(name)}</name>`, '    </author>']),
    ...(meta.doi !== undefined
      ? [
          `    <arxiv:doi>${esc(meta.doi)}</arxiv:doi>`,
          `    <link rel="related" href="https://doi.org/${esc(meta.doi)}" title="doi"/>`,
        ]
      : []),
    '  </entry>',
  ];
  return lines.join('\n');
}

/** A whole feed around entries built by `atomEntryXml`; totalResults defaults to the entry count. */
export function atomFeedXml(entries: string[], opts: { totalResults?: number } = {}): string {
  const title = 'arXiv Query: search_query=&amp;id_list=&amp;start=0&amp;max_results=10';
  return feedXml(title, entries, opts.totalResults ?? entries.length);
}

/** The HTTP 400 body arXiv sends for a malformed id: a feed of one `Error` entry. */
export function atomErrorFeedXml(badId: string): string {
  const errorUrl = `https://arxiv.org/api/errors#incorrect_id_format_for_${esc(badId)}`;
  const entry = [
    '  <entry>',
    `    <id>${errorUrl}</id>`,
    '    <title>Error</title>',
    `    <updated>${FEED_UPDATED}</updated>`,
    `    <link href="${errorUrl}" rel="alternate" type="text/html"/>`,
    `    <summary>incorrect id format for ${esc(badId)}</summary>`,
    '    <author>',
    '      <name>arXiv api core</name>',
    '    </author>',
    '  </entry>',
  ].join('\n');
  return feedXml('arXiv Search Results', [entry], 1);
}

function feedXml(title: string, entries: string[], totalResults: number): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    `<feed ${NAMESPACES}>`,
    '  <id>https://arxiv.org/api/builder</id>',
    `  <title>${title}</title>`,
    `  <updated>${FEED_UPDATED}</updated>`,
    '  <link href="https://arxiv.org/api/query?search_query=&amp;start=0&amp;max_results=10" type="application/atom+xml"/>',
    `  <opensearch:itemsPerPage>${Math.max(entries.length, 10)}</opensearch:itemsPerPage>`,
    `  <opensearch:totalResults>${totalResults}</opensearch:totalResults>`,
    '  <opensearch:startIndex>0</opensearch:startIndex>',
    ...entries,
    '</feed>',
  ].join('\n');
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function dropUndefined(paper: PaperMetadata): PaperMetadata {
  return Object.fromEntries(Object.entries(paper).filter(([, v]) => v !== undefined)) as unknown as PaperMetadata;
}
