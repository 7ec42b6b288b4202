import type { HttpResponse, HttpTransport } from '../app/ports';
import { hostOf } from '../core/host';
import { err, ok, type Result } from '../core/result';

/** HTTP for the CLI through Node's built-in fetch, with a hard timeout. */
export class FetchTransport implements HttpTransport {
  async get(url: string, timeoutMs: number): Promise<Result<HttpResponse>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(url, { signal: controller.signal, headers: { 'user-agent': 'paper-distill-cli' } });
      return ok({ status: res.status, text: await res.text() });
    } catch (e) {
      const host = hostOf(url);
      if (controller.signal.aborted) return err('TIMEOUT', `No answer from ${host} within ${timeoutMs / 1000} s.`);
      const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
      return err('NETWORK', `Could not reach ${host} (${cause}).`);
    } finally {
      clearTimeout(timer);
    }
  }
}
