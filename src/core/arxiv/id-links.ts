import { err, type Result } from '../result';
import { parseBareId, quote } from './id-grammar';
import type { ArxivRef } from './types';

interface PaperSite {
  /** With its article, as messages say it: "an arXiv link". */
  readonly name: string;
  /** First path segment of a link to one paper; the id follows it. */
  readonly routes: readonly string[];
}

const ARXIV: PaperSite = { name: 'an arXiv', routes: ['abs', 'pdf', 'html', 'format', 'src', 'e-print', 'ps'] };
const AR5IV: PaperSite = { name: 'an ar5iv', routes: ['html', 'abs'] };
const ALPHAXIV: PaperSite = { name: 'an alphaXiv', routes: ['abs', 'overview', 'pdf'] };
const HUGGING_FACE: PaperSite = { name: 'a Hugging Face', routes: ['papers'] };
const DOI = 'doi';

const SITES: ReadonlyMap<string, PaperSite | typeof DOI> = new Map<string, PaperSite | typeof DOI>([
  ['arxiv.org', ARXIV],
  ['www.arxiv.org', ARXIV],
  ['export.arxiv.org', ARXIV],
  ['ar5iv.labs.arxiv.org', AR5IV],
  ['ar5iv.org', AR5IV],
  ['www.ar5iv.org', AR5IV],
  ['alphaxiv.org', ALPHAXIV],
  ['www.alphaxiv.org', ALPHAXIV],
  ['huggingface.co', HUGGING_FACE],
  ['www.huggingface.co', HUGGING_FACE],
  ['hf.co', HUGGING_FACE],
  ['doi.org', DOI],
  ['dx.doi.org', DOI],
  ['www.doi.org', DOI],
]);

/** Regex source for the host of a link written without a scheme (`arxiv.org/abs/…`). */
export const SCHEMELESS_HOST_SOURCE = String.raw`(?:(?:www|export|dx|ar5iv\.labs)\.)?(?:arxiv\.org|ar5iv\.org|alphaxiv\.org|huggingface\.co|hf\.co|doi\.org)\/`;

const WITH_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#\s]*)((?:\/[^?#\s]*)?)(?:\?[^#\s]*)?(?:#\S*)?$/;
const WITHOUT_SCHEME = /^((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?)((?:\/[^?#\s]*)?)(?:\?[^#\s]*)?(?:#\S*)?$/;
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;
const ANY_DOI = /^10\.\d{4,9}\//;

/** True when the text is written as a web address (with a scheme, or starting with a host name). */
export function looksLikeUrl(text: string): boolean {
  return WITH_SCHEME.test(text) || WITHOUT_SCHEME.test(text);
}

/** True for `10.NNNN/…`: a DOI, arXiv's or someone else's. */
export function looksLikeDoi(text: string): boolean {
  return ANY_DOI.test(text);
}

/**
 * A link to one paper (arXiv and its mirrors, alphaXiv, Hugging Face papers, doi.org) to its ref.
 * Query strings and fragments never carry the id, so they are dropped before reading the path.
 */
export function parseArxivLink(url: string): Result<ArxivRef> {
  let host: string;
  let path: string;
  const withScheme = WITH_SCHEME.exec(url);
  if (withScheme !== null) {
    const scheme = withScheme[1].toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return notArxivLink(url, `${scheme}: links are not web pages`);
    host = withScheme[2];
    path = withScheme[3];
  } else {
    const bare = WITHOUT_SCHEME.exec(url);
    if (bare === null) return notArxivLink(url, 'it is not a web address');
    host = bare[1];
    path = bare[2];
  }
  host = host.toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '');
  const site = SITES.get(host);
  if (site === undefined) {
    return notArxivLink(url, `${host || 'the host'} is not arxiv.org, ar5iv, alphaxiv.org, Hugging Face papers or doi.org`);
  }
  const segments = decodePath(path)
    .split('/')
    .filter((segment) => segment !== '');
  if (site === DOI) return parseArxivDoi(segments.join('/'));
  return idFromRoute(url, site, segments);
}

/** `10.48550/arXiv.2406.10454` (any case) to its ref; old-style DOIs keep their slash. */
export function parseArxivDoi(doi: string): Result<ArxivRef> {
  const arxiv = ARXIV_DOI.exec(doi);
  if (arxiv !== null) return parseBareId(arxiv[1]);
  if (ANY_DOI.test(doi)) {
    return err('INVALID_ID', `${quote(doi)} is not an arXiv DOI; arXiv DOIs start with 10.48550/arXiv.`);
  }
  return err('INVALID_ID', `${quote(doi)} is not a DOI; arXiv DOIs look like 10.48550/arXiv.2406.10454.`);
}

function idFromRoute(url: string, site: PaperSite, segments: readonly string[]): Result<ArxivRef> {
  const route = segments.length > 0 ? segments[0].toLowerCase() : '';
  if (!site.routes.includes(route)) {
    const expected = site.routes.map((r) => `/${r}/`).join(', ');
    return err(
      'INVALID_ID',
      `${quote(url)} is ${site.name} link but not to one paper; expected ${expected} followed by an id.`,
    );
  }
  const rest = segments.slice(1).join('/').replace(/\.pdf$/i, '');
  if (rest === '') return err('INVALID_ID', `${quote(url)} has no paper id after /${route}/.`);
  return parseBareId(rest);
}

/** `%2F` in doi.org links and `%3A` in pasted ones; a broken escape is left as typed. */
function decodePath(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Drops any run of the given characters at the end, in linear time (an anchored regex is not). */
export function stripTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

function notArxivLink(url: string, why: string): Result<never> {
  return err('INVALID_ID', `${quote(url)} is not an arXiv link: ${why}.`);
}
