import type { PaperQuery, Range } from './query';

/** A filter-language query as Bases filter expressions (AND-ed), and the clauses Bases cannot say. */
export interface BasesFilter {
  readonly filters: readonly string[];
  /** Clause names left out ("search", "distilled", …): Bases sees properties, not the note's text. */
  readonly untranslated: readonly string[];
}

/**
 * The dashboard's query in Bases' expression language, clause by clause, with the same meaning
 * as far as Bases can see it. Two differences the README names: `venue:` words match anywhere in
 * the venue (Bases has `contains`, not our word starts), and clauses that need the note's text
 * (`search`, `distilled`) or the parsed publication year have no Bases form and are reported.
 */
export function basesFilter(q: PaperQuery): BasesFilter {
  const filters: string[] = [];
  const untranslated: string[] = [];
  for (const tag of q.includeTags) filters.push(`file.hasTag(${quote(tag.replace(/^#/, ''))})`);
  for (const tag of q.excludeTags) filters.push(`!file.hasTag(${quote(tag.replace(/^#/, ''))})`);
  if (q.rating !== null) {
    const rated = rangeTest('rating', q.rating);
    filters.push(q.unrated ? `(${rated} || !file.hasProperty("rating"))` : rated);
  } else if (q.unrated) filters.push('!file.hasProperty("rating")');
  if (q.statuses.length > 0) filters.push(any(q.statuses.map((s) => `status == ${quote(s)}`)));
  if (q.categories.length > 0) filters.push(any(q.categories.map((c) => `categories.contains(${quote(c)})`)));
  // A note without a count must not pass `citations <= 5` (a missing value compares as null).
  if (q.citations !== null) filters.push(`file.hasProperty("citations") && ${rangeTest('citations', q.citations)}`);
  if (q.venues.length > 0) filters.push(any(q.venues.map((v) => `venue.toString().lower().contains(${quote(v.toLowerCase())})`)));
  if (q.year !== null) untranslated.push('year');
  if (q.distilled !== null) untranslated.push('distilled');
  if (q.search.trim() !== '') untranslated.push('search');
  return { filters, untranslated };
}

/** Says which clauses the "Filtered papers" view could not take over. */
export function leftOutMessage(untranslated: readonly string[]): string {
  const which = untranslated.length === 1 ? `the clause ${untranslated[0]}` : `the clauses ${untranslated.join(', ')}`;
  return `The "Filtered papers" view leaves out ${which} (Bases sees the notes' properties, not their sections, text or parsed dates).`;
}

function rangeTest(property: string, r: Range): string {
  if (r.min !== null && r.max !== null) return r.min === r.max ? `${property} == ${r.min}` : `(${property} >= ${r.min} && ${property} <= ${r.max})`;
  if (r.min !== null) return `${property} >= ${r.min}`;
  return `${property} <= ${r.max ?? 0}`;
}

function any(tests: readonly string[]): string {
  return tests.length === 1 ? tests[0] : `(${tests.join(' || ')})`;
}

/** A Bases string literal: double quotes, with JSON's escapes for quotes and backslashes. */
function quote(text: string): string {
  return JSON.stringify(text);
}
