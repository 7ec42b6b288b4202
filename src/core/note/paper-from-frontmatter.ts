import type { PaperMetadata } from '../arxiv/types';

/**
 * The paper a note describes, rebuilt from its plugin-owned properties, for citing a note that is
 * already in the vault (Copy citation, Copy BibTeX). Null, with the reason, when the note lacks
 * what a citation needs: a stub awaiting arXiv metadata has an id but no title or authors yet.
 */
export function paperFromFrontmatter(
  fm: Readonly<Record<string, unknown>> | null,
  arxivId: string | null,
): { paper: PaperMetadata } | { missing: string } {
  const props = fm ?? {};
  const title = typeof props.title === 'string' ? props.title.trim() : '';
  const authors = stringList(props.authors);
  if (title === '' || authors.length === 0) {
    const what = [title === '' ? 'title' : null, authors.length === 0 ? 'authors' : null].filter(Boolean).join(' or ');
    return { missing: what };
  }
  const published = dateText(props.published);
  const categories = stringList(props.categories);
  const doi = typeof props.doi === 'string' && !/^10\.48550\/arxiv\./i.test(props.doi) ? props.doi : undefined;
  const version = typeof props.arxiv_version === 'number' ? props.arxiv_version : 1;
  const venue = typeof props.venue === 'string' ? props.venue.replace(/\s+/g, ' ').trim() : '';
  const venueType = typeof props.venue_type === 'string' ? props.venue_type.trim() : '';
  return {
    paper: {
      arxiv: arxivId ?? '',
      version,
      title,
      authors,
      abstract: '',
      published,
      updated: dateText(props.updated) || published,
      categories,
      ...(doi !== undefined ? { doi } : {}),
      ...(typeof props.journal_ref === 'string' ? { journalRef: props.journal_ref } : {}),
      // Copy BibTeX cites the paper where it was published (an @inproceedings or @article).
      ...(venue !== '' ? { venue, ...(venueType !== '' ? { venueType } : {}) } : {}),
    },
  };
}

function stringList(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** Obsidian and `yaml` hand dates over as strings; a Date (from another YAML reader) is accepted too. */
function dateText(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?/.test(value) ? value.slice(0, 10) : '';
}
