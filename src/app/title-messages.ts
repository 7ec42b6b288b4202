import type { TitleReport } from './complete-titles';
import type { TitleStubOutcome } from './title-stubs';

/** What completing queued titles did, one sentence per note: the same words in notices and CLI lines. */
export function titleReportLines(report: TitleReport): { done: string[]; problems: string[] } {
  const done = report.completed.map((c) => `Completed ${c.path} (arXiv ${c.id}, found by its title).`);
  const problems = [
    ...report.notFound.map((n) => `arXiv has no paper titled "${n.title}"; ${n.path} stays a paper note without an arXiv ID.`),
    ...report.ambiguous.map(
      (a) => `"${a.title}" has no exact match on arXiv (close: ${a.candidates.join(', ')}); ${a.path} stays without an arXiv ID — add the right one by its ID.`,
    ),
    ...report.elsewhere.map((e) => `"${e.title}" is arXiv ${e.id}, which has its note ${e.other} already; ${e.path} stays without an arXiv ID (merge the two by hand).`),
    ...report.waiting.map((w) => `Still pending: ${w.path} (title "${w.title}").`),
    ...report.unreadable,
  ];
  return { done, problems };
}

/** The sentence for a title kept while arXiv could not be searched. */
export function describeTitleStub(o: TitleStubOutcome, reason: string): string {
  switch (o.kind) {
    case 'queued':
      return `Queued for later: ${o.path} ("${o.title}") was created without arXiv metadata. ${reason} Its title is looked up when arXiv answers again.`;
    case 'existing':
      return `Already there: ${o.path} ("${o.title}").`;
    case 'failed':
      return `"${o.title}" could not be kept: ${o.message}`;
  }
}
