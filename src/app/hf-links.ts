import { isCanonicalArxivId } from '../core/arxiv/ids';
import type { ArxivIdString } from '../core/arxiv/types';
import { isRecord } from '../core/note/frontmatter';
import type { HttpTransport } from './ports';
import type { PoliteQueue } from './polite-queue';

/** Code and project links for a paper from a source other than arXiv. */
export interface PaperLinks {
  readonly code?: string;
  readonly projectPage?: string;
}

export interface PaperLinkSource {
  /** Never fails: an unreachable or unindexed source gives no links. */
  linksFor(id: ArxivIdString): Promise<PaperLinks>;
}

export const HF_PAPERS_API = 'https://huggingface.co/api/papers/';

/**
 * The Hugging Face paper API (`/api/papers/<id>`: `githubRepo`, `projectPage`; 404 when the
 * paper is not indexed). Only new-style ids are indexed there. Requests go through a queue of
 * their own, so they never wait behind arXiv's 3 s pace nor hold arXiv's queue up; answers
 * (links or none) are remembered for the session.
 */
export class HuggingFaceLinkSource implements PaperLinkSource {
  private readonly cache = new Map<ArxivIdString, Promise<PaperLinks>>();
  private requests = 0;

  constructor(
    private readonly http: HttpTransport,
    private readonly queue: PoliteQueue,
    private readonly baseUrl: () => string = () => HF_PAPERS_API,
    private readonly timeoutMs = 5_000,
  ) {}

  get requestCount(): number {
    return this.requests;
  }

  linksFor(id: ArxivIdString): Promise<PaperLinks> {
    if (!/^\d{4}\.\d{4,5}$/.test(id) || !isCanonicalArxivId(id)) return Promise.resolve({});
    let links = this.cache.get(id);
    if (!links) {
      links = this.queue.run(() => this.fetch(id));
      this.cache.set(id, links);
    }
    return links;
  }

  private async fetch(id: ArxivIdString): Promise<PaperLinks> {
    this.requests++;
    const res = await this.http.get(`${this.baseUrl()}${encodeURIComponent(id)}`, this.timeoutMs);
    if (!res.ok || res.value.status !== 200) {
      // A network failure is worth another try later in the session; a 404 is an answer.
      if (!res.ok || res.value.status >= 500 || res.value.status === 429) this.cache.delete(id);
      return {};
    }
    return parseHfPaper(res.value.text);
  }
}

/** The links in one Hugging Face paper answer; anything unexpected yields none. */
export function parseHfPaper(json: string): PaperLinks {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (!isRecord(value)) return {};
  const code = httpUrl(value.githubRepo);
  const projectPage = httpUrl(value.projectPage);
  return { ...(code ? { code } : {}), ...(projectPage ? { projectPage } : {}) };
}

function httpUrl(v: unknown): string | undefined {
  return typeof v === 'string' && /^https?:\/\/\S+$/.test(v.trim()) ? v.trim() : undefined;
}
