import { err, ok, type Result } from '../result';
import { readEntry, type AtomErrorEntry } from './atom-entry';
import { ATOM_NS, OPENSEARCH_NS, childrenNamed, collapseWhitespace, firstChild, inNamespace, parseXmlDocument, type XmlElement } from './atom-xml';
import type { PaperMetadata } from './types';

export type { AtomErrorEntry } from './atom-entry';

export interface AtomFeed {
  readonly entries: readonly PaperMetadata[];
  readonly errors: readonly AtomErrorEntry[];
  /** opensearch:totalResults, or null when the feed does not say. */
  readonly totalResults: number | null;
}

// arXiv's throttle answers HTTP 200 with this plain text instead of a feed.
const RATE_EXCEEDED = /^rate exceeded\.?$/i;
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html[\s>])/i;

/**
 * Parses an arXiv API response body (current or legacy Atom format) into papers and error entries.
 * Elements are matched by namespace URI, never by prefix or position.
 */
export function parseAtomFeed(xml: string): Result<AtomFeed> {
  const body = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  const trimmed = body.trim();
  if (trimmed === '') return err('PARSE', 'arXiv sent an empty response instead of an Atom feed. Try again later.');
  if (RATE_EXCEEDED.test(trimmed)) {
    return err('RATE_LIMITED', 'arXiv is limiting requests ("Rate exceeded."). Wait a few seconds and try again.');
  }
  if (HTML_PAGE.test(trimmed)) {
    return err('PARSE', 'arXiv sent a web page instead of an Atom feed; the service may be down. Try again later.');
  }
  if (!trimmed.startsWith('<')) {
    return err('PARSE', `arXiv sent text instead of an Atom feed: "${preview(trimmed)}". Try again later.`);
  }

  const doc = parseXmlDocument(body);
  if (!doc.ok) return doc;
  const feed = doc.value;
  if (feed.local !== 'feed' || !inNamespace(feed, ATOM_NS)) {
    return err('PARSE', `The response is not an Atom feed (its root element is <${feed.local}>). Try again later.`);
  }

  const entries: PaperMetadata[] = [];
  const errors: AtomErrorEntry[] = [];
  for (const entry of childrenNamed(feed, ATOM_NS, 'entry')) {
    const read = readEntry(entry);
    if (read.kind === 'paper') entries.push(read.paper);
    else if (read.kind === 'error') errors.push(read.error);
  }
  return ok({ entries, errors, totalResults: totalResultsOf(feed) });
}

function totalResultsOf(feed: XmlElement): number | null {
  const text = collapseWhitespace(firstChild(feed, OPENSEARCH_NS, 'totalResults')?.text ?? '');
  return /^\d+$/.test(text) ? Number(text) : null;
}

function preview(text: string): string {
  const line = collapseWhitespace(text);
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
