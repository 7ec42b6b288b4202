import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import type { ScholarlyFacts } from '../core/openalex/works';
import type { ScholarlySource } from './openalex-client';
import type { Clock, NoteStore } from './ports';

/** How long creating or refreshing notes waits for OpenAlex before writing without its facts. */
export const SCHOLARLY_BUDGET_MS = 1_500;

/**
 * Adds OpenAlex's citation count, venue and work id to papers on their way into notes, without
 * ever holding a note up: the whole batch is one lookup with a short budget; an answer that comes
 * later is written into the notes afterwards, and a failure leaves the notes without these keys
 * (a later refresh asks again).
 */
export class ScholarlyEnricher {
  private readonly late = new Map<ArxivIdString, Promise<ScholarlyFacts | undefined>>();
  private readonly background = new Set<Promise<void>>();

  constructor(
    private readonly source: ScholarlySource,
    private readonly clock: Clock,
    private readonly enabled: () => boolean = () => true,
    private readonly budgetMs = SCHOLARLY_BUDGET_MS,
  ) {}

  /** The papers with the facts that arrived within the budget; the others are patched later. */
  async withinBudget(papers: readonly PaperMetadata[]): Promise<PaperMetadata[]> {
    if (!this.enabled() || papers.length === 0) return [...papers];
    const answer = this.source
      .lookup(papers.map((p) => ({ arxiv: p.arxiv, ...(p.doi !== undefined ? { doi: p.doi } : {}) })))
      .then((r) => (r.ok ? r.value : new Map<ArxivIdString, ScholarlyFacts>()))
      .catch(() => new Map<ArxivIdString, ScholarlyFacts>());
    const facts = await Promise.race([answer, this.clock.sleep(this.budgetMs).then(() => null)]);
    if (facts === null) {
      for (const p of papers) this.late.set(p.arxiv, answer.then((m) => m.get(p.arxiv)));
      return [...papers];
    }
    return papers.map((p) => withFacts(p, facts.get(p.arxiv)));
  }

  /** Writes facts that arrive after the note was written into it; nothing when OpenAlex had none. */
  patchLater(id: ArxivIdString, path: string, store: NoteStore): void {
    const facts = this.late.get(id);
    if (!facts) return;
    this.late.delete(id);
    const job = facts.then(async (f) => {
      if (f === undefined) return;
      await store.updateFrontmatter(path, (props) => setFacts(props, f));
    });
    const tracked = job.catch(() => undefined).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Resolves when every late write has finished (the CLI waits for this before exiting). */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background]);
  }
}

export function withFacts(paper: PaperMetadata, facts: ScholarlyFacts | undefined): PaperMetadata {
  if (facts === undefined) return paper;
  return {
    ...paper,
    citations: facts.citations,
    openalex: facts.openalex,
    ...(facts.venue !== undefined ? { venue: facts.venue } : {}),
    ...(facts.venueType !== undefined ? { venueType: facts.venueType } : {}),
  };
}

/** Sets only keys whose value differs, so an unchanged count writes nothing new. */
function setFacts(props: Record<string, unknown>, f: ScholarlyFacts): void {
  if (f.venue !== undefined && props.venue !== f.venue) props.venue = f.venue;
  if (f.venueType !== undefined && props.venue_type !== f.venueType) props.venue_type = f.venueType;
  if (props.citations !== f.citations) props.citations = f.citations;
  if (props.openalex !== f.openalex) props.openalex = f.openalex;
}
