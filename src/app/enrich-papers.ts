import type { PaperMetadata } from '../core/arxiv/types';
import type { Settings } from '../core/settings';
import type { LinkEnricher } from './link-enricher';
import type { ScholarlyEnricher } from './scholarly-enricher';

/**
 * Papers with second-source links and OpenAlex facts, both asked at once so their budgets overlap:
 * creation waits for the slower of the two budgets at most.
 */
export async function enrich(
  papers: readonly PaperMetadata[],
  deps: { readonly links?: LinkEnricher; readonly scholarly?: ScholarlyEnricher; readonly settings: () => Settings },
): Promise<PaperMetadata[]> {
  const [linked, scholarly] = await Promise.all([
    deps.links ? deps.links.withinBudget(papers, deps.settings()) : [...papers],
    deps.scholarly ? deps.scholarly.withinBudget(papers) : [...papers],
  ]);
  const facts = new Map(scholarly.map((p) => [p.arxiv, p]));
  return linked.map((p) => {
    const f = facts.get(p.arxiv);
    if (f === undefined) return p;
    return {
      ...p,
      ...(f.citations !== undefined ? { citations: f.citations } : {}),
      ...(f.venue !== undefined ? { venue: f.venue } : {}),
      ...(f.venueType !== undefined ? { venueType: f.venueType } : {}),
      ...(f.openalex !== undefined ? { openalex: f.openalex } : {}),
    };
  });
}
