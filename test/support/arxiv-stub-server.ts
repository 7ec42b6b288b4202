import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseAtomFeed } from '../../src/core/arxiv/atom';
import type { PaperMetadata } from '../../src/core/arxiv/types';
import { atomErrorFeedXml, atomFeedXml } from '../builders/atom';
import { matchesQuery, parseSearchQuery } from './arxiv-search-query';

/** A fault the next request meets instead of a normal answer. */
export type Fault = 'http-503' | 'http-429' | 'rate-exceeded' | 'reset' | 'empty-page' | 'no-entries' | 'hang' | 'html-500' | 'error-feed';

export interface RecordedRequest {
  readonly url: string;
  readonly ids: readonly string[];
  readonly maxResults: number | null;
  readonly at: number;
  /** For searches: the decoded `search_query`, and whether it came as a GET or a POST body. */
  readonly searchQuery?: string;
  readonly method?: string;
}

export interface ArxivStub {
  /** Base API URL to pass as --api: http://127.0.0.1:<port>/api/query */
  readonly apiUrl: string;
  readonly requests: RecordedRequest[];
  /** Faults served in order, one per request, before normal answers resume. */
  readonly faults: Fault[];
  /** While true, every API request has its connection reset (arXiv unreachable); still recorded. */
  offline: boolean;
  /** Hugging Face-compatible paper API on the same server: pass as --hf-api. */
  readonly hfApiUrl: string;
  /** Links served by the paper API, by id; other ids answer 404 (not indexed). */
  readonly hfPapers: Map<string, { githubRepo?: string; projectPage?: string }>;
  readonly hfRequests: RecordedRequest[];
  close(): Promise<void>;
}

const ID_IN_ENTRY = /<id>\s*https?:\/\/arxiv\.org\/abs\/([^<\s]+?)(?:v\d+)?\s*<\/id>/;
const MALFORMED = /^(?!\d{4}\.\d{4,5}(v\d+)?$)(?![a-z-]+(\.[A-Z]{2})?\/\d{7}(v\d+)?$)/;

/**
 * An arXiv-compatible API on 127.0.0.1 for tests and the offline demo: serves the given Atom
 * entries by id (in reverse order, as arXiv does not keep id order), records every request and
 * can inject the failures arXiv shows under load.
 */
export async function startArxivStub(entryXmls: readonly string[]): Promise<ArxivStub> {
  const entries = new Map<string, string>();
  for (const xml of entryXmls) {
    const id = ID_IN_ENTRY.exec(xml)?.[1];
    if (id) entries.set(id, xml);
  }
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  const hfPapers = new Map<string, { githubRepo?: string; projectPage?: string }>();
  const hfRequests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => handle(req, res));

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(HF_PATH)) return serveHf(url, res);
    if (req.method === 'POST') {
      // arXiv takes the same form parameters as a POST body, for queries too long for a URL.
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        for (const [k, v] of new URLSearchParams(body)) url.searchParams.set(k, v);
        serveApi(url, 'POST', res);
      });
      return;
    }
    serveApi(url, req.method ?? 'GET', res);
  }

  function serveApi(url: URL, method: string, res: ServerResponse): void {
    const searchQuery = url.searchParams.get('search_query');
    if (searchQuery !== null) return serveSearch(url, method, searchQuery, res);
    const ids = (url.searchParams.get('id_list') ?? '').split(',').filter((s) => s !== '');
    const max = url.searchParams.get('max_results');
    requests.push({ url: url.toString(), ids, maxResults: max === null ? null : Number(max), at: Date.now() });
    if (stub.offline) return serveFault('reset', res);
    const fault = faults.shift();
    if (fault === 'error-feed') return send(res, 400, atomErrorFeedXml(ids[0] ?? ''));
    if (fault !== undefined) return serveFault(fault, res);
    const bad = ids.find((id) => MALFORMED.test(id));
    if (bad !== undefined) return send(res, 400, atomErrorFeedXml(bad));
    // arXiv's default page size is 10 even for id_list: honour it, so a client that forgets
    // max_results loses papers here just as it would against the real API.
    const limit = max === null ? 10 : Number(max);
    const found = ids.map((id) => entries.get(id.replace(/v\d+$/, ''))).filter((e): e is string => e !== undefined);
    send(res, 200, atomFeedXml(found.reverse().slice(0, limit), { totalResults: found.length }));
  }

  function serveSearch(url: URL, method: string, query: string, res: ServerResponse): void {
    const max = url.searchParams.get('max_results');
    requests.push({ url: url.toString(), ids: [], maxResults: max === null ? null : Number(max), at: Date.now(), searchQuery: query, method });
    if (stub.offline) return serveFault('reset', res);
    const fault = faults.shift();
    if (fault !== undefined && fault !== 'error-feed') return serveFault(fault, res);
    let tree;
    try {
      if (fault === 'error-feed') throw new Error('injected');
      tree = parseSearchQuery(query);
    } catch {
      return send(res, 400, atomErrorFeedXml(query));
    }
    const start = Number(url.searchParams.get('start') ?? '0');
    const limit = max === null ? 10 : Number(max);
    // Newest first, not best first: the client must score candidates itself.
    const hits = [...papers()].reverse().filter(({ paper }) => matchesQuery(tree, paper));
    send(res, 200, atomFeedXml(hits.slice(start, start + limit).map((h) => h.xml), { totalResults: hits.length }));
  }

  function papers(): { xml: string; paper: PaperMetadata }[] {
    return [...entries.values()].flatMap((xml) => {
      const feed = parseAtomFeed(atomFeedXml([xml]));
      const paper = feed.ok ? feed.value.entries[0] : undefined;
      return paper ? [{ xml, paper }] : [];
    });
  }

  function serveHf(url: URL, res: ServerResponse): void {
    const id = decodeURIComponent(url.pathname.slice(HF_PATH.length));
    hfRequests.push({ url: url.toString(), ids: [id], maxResults: null, at: Date.now() });
    const paper = hfPapers.get(id);
    if (paper === undefined) return send(res, 404, JSON.stringify({ error: 'Paper not found' }), 'application/json');
    send(res, 200, JSON.stringify({ id, title: `Paper ${id}`, ...paper }), 'application/json');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stub: ArxivStub = {
    apiUrl: `http://127.0.0.1:${port}/api/query`,
    requests,
    faults,
    offline: false,
    hfApiUrl: `http://127.0.0.1:${port}${HF_PATH}`,
    hfPapers,
    hfRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return stub;
}

const HF_PATH = '/api/papers/';

function serveFault(fault: Fault, res: ServerResponse): void {
  switch (fault) {
    case 'http-503':
      return send(res, 503, 'Service Unavailable', 'text/plain');
    case 'http-429':
      return send(res, 429, 'Too Many Requests', 'text/plain');
    case 'rate-exceeded':
      return send(res, 200, 'Rate exceeded.', 'text/plain');
    case 'html-500':
      return send(res, 500, '<html><body>Internal error</body></html>', 'text/html');
    case 'empty-page':
      return send(res, 200, atomFeedXml([], { totalResults: 1 }));
    case 'no-entries':
      // What arXiv sends for ids it does not know, and under load for ids it does.
      return send(res, 200, atomFeedXml([], { totalResults: 0 }));
    case 'reset':
      res.socket?.destroy();
      return;
    case 'error-feed': // answered in handle, where the ids are known
    case 'hang':
      // Never answers: the client's timeout must fire.
      return;
  }
}

function send(res: ServerResponse, status: number, body: string, type = 'application/atom+xml; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}
