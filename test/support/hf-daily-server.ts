import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HfDailyStub {
  /** Pass as --hf-api: the paper API root beside which `daily_papers` is served. */
  readonly hfApiUrl: string;
  /** Answers by date (YYYY-MM-DD); other dates get an empty list. */
  readonly days: Map<string, unknown[]>;
  readonly requests: string[];
  close(): Promise<void>;
}

/** Hugging Face's `GET /api/daily_papers?date=` on 127.0.0.1, for tests. */
export async function startHfDailyStub(): Promise<HfDailyStub> {
  const days = new Map<string, unknown[]>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (url.pathname !== '/api/daily_papers') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"error":"Not found"}');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(days.get(url.searchParams.get('date') ?? '') ?? []));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    hfApiUrl: `http://127.0.0.1:${port}/api/papers/`,
    days,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
