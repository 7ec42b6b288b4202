import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import type { Settings } from '../core/settings';
import type { PaperLinkSource, PaperLinks } from './hf-links';
import type { Clock, NoteStore } from './ports';

/** How long note creation may wait for second-source links before writing without them. */
export const LINK_BUDGET_MS = 1_500;

/**
 * Adds code and project links from a second source (Hugging Face) to papers whose abstract and
 * comment gave none, without ever holding note creation up for long: lookups get a short budget;
 * those that answer later are written into the new note's frontmatter afterwards, and only into
 * keys that are still empty. Links from the abstract or comment are kept as they are.
 */
export class LinkEnricher {
  private readonly late = new Map<ArxivIdString, Promise<PaperLinks>>();
  private readonly background = new Set<Promise<void>>();

  constructor(
    private readonly source: PaperLinkSource,
    private readonly clock: Clock,
    private readonly budgetMs = LINK_BUDGET_MS,
  ) {}

  async withinBudget(papers: readonly PaperMetadata[], settings: Settings): Promise<PaperMetadata[]> {
    if (!settings.huggingFaceLinks) return [...papers];
    const answered = new Map<ArxivIdString, PaperLinks>();
    const lookups = papers
      .filter((p) => p.code === undefined || p.projectPage === undefined)
      .map((p) => {
        const links = this.source.linksFor(p.arxiv).catch(() => ({}));
        this.late.set(p.arxiv, links);
        return links.then((l) => void answered.set(p.arxiv, l));
      });
    if (lookups.length > 0) await Promise.race([Promise.all(lookups), this.clock.sleep(this.budgetMs)]);
    return papers.map((p) => {
      const links = answered.get(p.arxiv);
      if (links === undefined) return p;
      this.late.delete(p.arxiv);
      return withLinks(p, links);
    });
  }

  /** Writes links that arrive after the note was created into it (empty keys only). */
  patchLater(id: ArxivIdString, path: string, store: NoteStore): void {
    const links = this.late.get(id);
    if (!links) return;
    this.late.delete(id);
    const job = links.then(async (l) => {
      if (l.code === undefined && l.projectPage === undefined) return;
      await store.updateFrontmatter(path, (props) => {
        if (l.code !== undefined && isEmpty(props.code)) props.code = l.code;
        if (l.projectPage !== undefined && isEmpty(props.project_page)) props.project_page = l.projectPage;
      });
    });
    const tracked = job.catch(() => undefined).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  /** Resolves when every late write has finished (the CLI waits for this before exiting). */
  async settled(): Promise<void> {
    while (this.background.size > 0) await Promise.all([...this.background]);
  }
}

/** Fills only the links the paper lacks. */
export function withLinks(paper: PaperMetadata, links: PaperLinks): PaperMetadata {
  return {
    ...paper,
    ...(paper.code === undefined && links.code !== undefined ? { code: links.code } : {}),
    ...(paper.projectPage === undefined && links.projectPage !== undefined ? { projectPage: links.projectPage } : {}),
  };
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '';
