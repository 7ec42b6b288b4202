import type { HttpResponse, HttpTransport } from '../app/ports';
import { hostOf } from '../core/host';
import { err, ok, type Result } from '../core/result';

/** HTTP for the CLI through Node's built-in fetch, with a hard timeout. */
export class FetchTransport implements HttpTransport {
  get(url: string, timeoutMs: number): Promise<Result<HttpResponse>> {
    return this.request(url, {}, timeoutMs);
  }

  post(url: string, form: string, timeoutMs: number): Promise<Result<HttpResponse>> {
    return this.request(url, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, timeoutMs);
  }

  private async request(url: string, init: { method?: string; body?: string; headers?: Record<string, string> }, timeoutMs: number): Promise<Result<HttpResponse>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(url, { ...init, signal: controller.signal, headers: { 'user-agent': 'paper-distill-cli', ...init.headers } });
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
