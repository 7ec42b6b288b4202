import { noteArxivId } from '../note/arxiv-property';
import { absUrl, pdfUrl } from '../arxiv/types';
import type { RequiredSection } from '../note/template-settings';
import { versionStatus } from '../note/version-status';
import { planMissingSections } from '../note/insert-sections';
import { summarizeReport, validateNote } from '../note/validate';
import type { ReadingStatus } from '../settings';
import { readRating } from './rating';
import { readStatus } from './status';
import { readTags } from './tags';

export type PaperLinkKind = 'arxiv' | 'pdf' | 'code' | 'project';

export interface PaperLink {
  readonly kind: PaperLinkKind;
  /** Short text for a link button: "arXiv", "PDF", "Code", "Project page". */
  readonly label: string;
  readonly url: string;
}

/** What the header card (and a dashboard row) shows of one paper note; built without a DOM. */
export interface PaperCardModel {
  readonly rating: number | null;
  readonly status: ReadingStatus | null;
  readonly tags: readonly string[];
  readonly links: readonly PaperLink[];
  readonly complete: boolean;
  /** "Distilled 2/3 · Limitations empty" (summarizeReport). */
  readonly completeness: string;
  /** The sentences the read gate would give, empty when complete. */
  readonly problems: readonly string[];
  /** "v3 available; you read v2." when arXiv has a newer version than the one read; else null. */
  readonly version: string | null;
  /** The required sections "Insert missing sections" would add, in template order; empty when none is missing. */
  readonly missingSections: readonly string[];
}

const LABELS: Readonly<Record<PaperLinkKind, string>> = { arxiv: 'arXiv', pdf: 'PDF', code: 'Code', project: 'Project page' };

export function paperCardModel(
  frontmatter: Readonly<Record<string, unknown>> | null,
  markdown: string,
  required: readonly RequiredSection[],
): PaperCardModel {
  const fm = frontmatter ?? {};
  const report = validateNote(markdown, required);
  return {
    rating: readRating(fm.rating),
    status: readStatus(fm.status),
    tags: readTags(fm.tags),
    links: paperLinks(fm),
    complete: report.complete,
    completeness: summarizeReport(report),
    problems: report.problems,
    version: versionStatus({ frontmatter: fm })?.message ?? null,
    missingSections: planMissingSections(markdown, required).flatMap((i) => i.names),
  };
}

/**
 * Links to the paper, in a fixed order. Only http(s) addresses become links, so a hand-edited
 * `code: javascript:…` can never be clicked. arXiv and PDF fall back to the id's addresses.
 */
export function paperLinks(fm: Readonly<Record<string, unknown>>): PaperLink[] {
  const id = noteArxivId(fm);
  const candidates: [PaperLinkKind, unknown][] = [
    ['arxiv', fm.url ?? (id ? absUrl(id) : undefined)],
    ['pdf', fm.pdf ?? (id ? pdfUrl(id) : undefined)],
    ['code', fm.code],
    ['project', fm.project_page],
  ];
  const links: PaperLink[] = [];
  for (const [kind, url] of candidates) {
    if (typeof url === 'string' && /^https?:\/\/\S+$/i.test(url.trim())) links.push({ kind, label: LABELS[kind], url: url.trim() });
  }
  return links;
}
