import { Document } from 'yaml';
import { basesFilter } from './bases-filter';
import type { PaperQuery } from './query';
import type { TagCount } from './run-query';

export interface BaseOptions {
  readonly paperTag: string;
  /** Tags to skip when picking views per tag (the arXiv category prefix, e.g. `arxiv/`). */
  readonly categoryTagPrefix: string;
  /** Tag counts over all papers, most frequent first. */
  readonly tags: readonly TagCount[];
  /**
   * Tags some paper carries as written (lower-cased). A parent of nested tags gets a view only
   * when it is one of these; without the set, parents never do.
   */
  readonly directTags?: ReadonlySet<string>;
  /** At most this many per-tag views. */
  readonly maxTagViews?: number;
  /** A tag needs at least this many papers to get its own view. */
  readonly minPapersPerTag?: number;
  /** The dashboard's filter (or `--filter`), written as a view "Filtered papers" when it filters anything. */
  readonly filter?: PaperQuery;
}

const COLUMNS = ['file.name', 'authors', 'published', 'venue', 'citations', 'rating', 'status', 'tags', 'added'];

/** Bases' name for the dashboard's sort columns; `distilled` has no property, so it sorts by added. */
const SORT_PROPERTIES: Readonly<Record<PaperQuery['sort']['column'], string>> = {
  title: 'title', author: 'authors', year: 'published', rating: 'rating', citations: 'citations',
  status: 'status', added: 'added', distilled: 'added', arxiv: 'arxiv',
};

/**
 * An Obsidian Bases file (`.base`, YAML) over the paper notes, with views "To read", "Top rated",
 * "Not yet distilled", "Most cited", the dashboard's filter ("Filtered papers", when given) and one
 * per frequent tag. Bases sees properties, not sections, so "Not yet
 * distilled" lists papers not marked read: the read gate only lets a distilled note be marked read.
 */
export function renderBaseFile(opts: BaseOptions): string {
  const tag = opts.paperTag;
  const view = (name: string, filters: string | readonly string[] | null, sort: [string, 'ASC' | 'DESC']) => ({
    type: 'table',
    name,
    ...(filters === null ? {} : { filters: { and: typeof filters === 'string' ? [filters] : [...filters] } }),
    order: COLUMNS,
    sort: [{ property: sort[0], direction: sort[1] }],
  });
  const tagViews = frequentTags(opts).map((t) => view(`#${t}`, `file.hasTag(${quote(t)})`, ['rating', 'DESC']));
  const filtered = opts.filter === undefined ? null : basesFilter(opts.filter);
  const filterView =
    filtered === null || filtered.filters.length === 0
      ? []
      : [view('Filtered papers', filtered.filters, [SORT_PROPERTIES[opts.filter!.sort.column], opts.filter!.sort.direction === 'asc' ? 'ASC' : 'DESC'])];
  const base = {
    filters: { or: [`file.hasTag(${quote(tag)})`, 'file.hasProperty("arxiv")'] },
    properties: {
      authors: { displayName: 'Authors' },
      published: { displayName: 'Published' },
      rating: { displayName: 'Rating' },
      venue: { displayName: 'Venue' },
      citations: { displayName: 'Citations' },
      status: { displayName: 'Status' },
      added: { displayName: 'Added' },
    },
    views: [
      view('To read', 'status == "to-read"', ['added', 'DESC']),
      view('Top rated', 'rating >= 4', ['rating', 'DESC']),
      view('Not yet distilled', 'status != "read"', ['added', 'ASC']),
      view('Most cited', 'file.hasProperty("citations")', ['citations', 'DESC']),
      ...filterView,
      ...tagViews,
      view('All papers', null, ['added', 'DESC']),
    ],
  };
  // Plain YAML: without this the views' shared `order` array would be written once as an anchor
  // (`&a1`) and then as aliases (`*a1`), which Bases reads as one array for every view.
  return new Document(base, { aliasDuplicateObjects: false }).toString({ lineWidth: 0 });
}

/**
 * The most used reader tags: not the paper tag, not arXiv category tags, and not a bare parent
 * of nested tags (`topic` of `topic/rl`, `arxiv` of `arxiv/cs-RO`) that no paper carries itself:
 * a parent counts every child's papers, so its view would hold nearly every paper.
 */
export function frequentTags(opts: BaseOptions): string[] {
  const paper = opts.paperTag.toLowerCase();
  const prefix = opts.categoryTagPrefix.toLowerCase();
  const parents = new Set(opts.tags.flatMap((t) => parentsOf(t.tag.toLowerCase())));
  const bareCategory = prefix.replace(/\/+$/, '');
  return opts.tags
    .filter((t) => {
      const tag = t.tag.toLowerCase();
      if (tag === paper || (bareCategory !== '' && tag === bareCategory)) return false;
      if (parents.has(tag) && opts.directTags?.has(tag) !== true) return false;
      return (prefix === '' || !tag.startsWith(prefix)) && t.count >= (opts.minPapersPerTag ?? 3);
    })
    .slice(0, opts.maxTagViews ?? 6)
    .map((t) => t.tag);
}

/** `a/b/c` → `a`, `a/b`. */
function parentsOf(tag: string): string[] {
  const parts = tag.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

function quote(text: string): string {
  return JSON.stringify(text);
}
