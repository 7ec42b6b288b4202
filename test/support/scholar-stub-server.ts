import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the next OpenAlex or PDF request meets instead of a normal answer. */
/** `slow` answers normally after 2.5 s, past the 1.5 s budget of note creation. */
export type ScholarFault = 'http-503' | 'reset' | 'hang' | 'not-json' | 'slow';

/** One OpenAlex work as the list endpoint returns it (only the fields the plugin reads, plus noise). */
export interface WorkJson {
  readonly id: string;
  readonly doi: string;
  readonly cited_by_count: number;
  readonly primary_location?: { readonly source: { readonly display_name: string; readonly type?: string } | null } | null;
}

export interface ScholarStub {
  /** Pass as --openalex-api: http://127.0.0.1:<port> (the client appends /works). */
  readonly openAlexUrl: string;
  /** Pass as --pdf-base: http://127.0.0.1:<port>/pdf */
  readonly pdfBase: string;
  /** Works by lower-cased DOI. */
  readonly works: Map<string, WorkJson>;
  /** Bodies served at /pdf/<id>v<version>, with their content type. */
  readonly pdfs: Map<string, { body: Buffer; type?: string }>;
  readonly openAlexRequests: URL[];
  readonly pdfRequests: string[];
  readonly faults: ScholarFault[];
  close(): Promise<void>;
}

/** A work that OpenAlex would return for an arXiv paper published at `venue` (null: only the preprint). */
export function workJson(id: string, doi: string, citations: number, venue: string | null, type = 'conference'): WorkJson {
  return {
    id: `https://openalex.org/${id}`,
    doi: `https://doi.org/${doi.toLowerCase()}`,
    cited_by_count: citations,
    primary_location: { source: venue === null ? { display_name: 'arXiv (Cornell University)', type: 'repository' } : { display_name: venue, type } },
  };
}

/** The smallest body that starts like a PDF, with some binary bytes that text decoding would mangle. */
export function pdfBytes(label: string, size = 2048): Buffer {
  const head = Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj % ${label}\n`, 'latin1');
  const body = Buffer.alloc(Math.max(0, size - head.length));
  for (let i = 0; i < body.length; i++) body[i] = (i * 37 + label.length) % 256;
  return Buffer.concat([head, body]);
}

/** OpenAlex's list endpoint and arXiv's PDF paths on 127.0.0.1, recording every request. */
export async function startScholarStub(): Promise<ScholarStub> {
  const works = new Map<string, WorkJson>();
  const pdfs = new Map<string, { body: Buffer; type?: string }>();
  const openAlexRequests: URL[] = [];
  const pdfRequests: string[] = [];
  const faults: ScholarFault[] = [];
  const server: Server = createServer((req, res) => handle(req, res));

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/pdf/')) return servePdf(decodeURIComponent(url.pathname.slice(5)), res);
    openAlexRequests.push(url);
    const fault = faults.shift();
    if (fault === 'slow') return void setTimeout(() => serveWorks(url, res), 2_500);
    if (fault !== undefined) return serveFault(fault, res);
    serveWorks(url, res);
  }

  function serveWorks(url: URL, res: ServerResponse): void {
    if (url.pathname !== '/works') return send(res, 404, '{"error":"not found"}');
    const filter = url.searchParams.get('filter') ?? '';
    const dois = filter.replace(/^doi:/, '').split('|').map((d) => d.toLowerCase());
    const perPage = Number(url.searchParams.get('per-page') ?? '25');
    const results = dois.map((d) => works.get(d)).filter((w): w is WorkJson => w !== undefined);
    send(res, 200, JSON.stringify({ meta: { count: results.length, per_page: perPage }, results: results.slice(0, perPage), group_by: [] }));
  }

  function servePdf(name: string, res: ServerResponse): void {
    pdfRequests.push(name);
    const fault = faults.shift();
    if (fault !== undefined && fault !== 'slow') return serveFault(fault, res);
    const pdf = pdfs.get(name);
    if (pdf === undefined) return send(res, 404, '<html><body>Not found</body></html>', 'text/html');
    send(res, 200, pdf.body, pdf.type ?? 'application/pdf');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    openAlexUrl: `http://127.0.0.1:${port}`,
    pdfBase: `http://127.0.0.1:${port}/pdf`,
    works,
    pdfs,
    openAlexRequests,
    pdfRequests,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function serveFault(fault: ScholarFault, res: ServerResponse): void {
  if (fault === 'http-503') return send(res, 503, 'Service Unavailable', 'text/plain');
  if (fault === 'not-json') return send(res, 200, '<html>maintenance</html>', 'text/html');
  if (fault === 'reset') res.socket?.destroy();
  // 'hang' never answers: the client's timeout or budget must carry on without it.
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
