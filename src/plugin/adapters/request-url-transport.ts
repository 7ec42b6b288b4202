import { requestUrl, type RequestUrlParam } from 'obsidian';
import type { HttpResponse, HttpTransport } from '../../app/ports';
import { hostOf } from '../../core/host';
import { err, ok, type Result } from '../../core/result';

/**
 * HTTP through Obsidian's `requestUrl`, which is not subject to CORS and works on mobile.
 * `throw: false` keeps 4xx/5xx answers as values: arXiv's HTTP 400 carries a readable error feed.
 */
export class RequestUrlTransport implements HttpTransport {
  get(url: string, timeoutMs: number): Promise<Result<HttpResponse>> {
    return this.request({ url, method: 'GET', throw: false }, timeoutMs);
  }

  post(url: string, form: string, timeoutMs: number): Promise<Result<HttpResponse>> {
    return this.request({ url, method: 'POST', body: form, contentType: 'application/x-www-form-urlencoded', throw: false }, timeoutMs);
  }

  private async request(params: RequestUrlParam, timeoutMs: number): Promise<Result<HttpResponse>> {
    const { url } = params;
    let timer: number | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = window.setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const res = await Promise.race([requestUrl(params), timeout]);
      if (res === 'timeout') return err('TIMEOUT', `No answer from ${hostOf(url)} within ${timeoutMs / 1000} s.`);
      return ok({ status: res.status, text: res.text });
    } catch (e) {
      return err('NETWORK', `Could not reach ${hostOf(url)} (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      window.clearTimeout(timer);
    }
  }
}
