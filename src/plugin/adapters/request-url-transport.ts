import { requestUrl, type RequestUrlParam } from 'obsidian';
import type { BinaryResponse, BinaryTransport, HttpResponse, HttpTransport } from '../../app/ports';
import { megabytes } from '../../core/pdf/pdf-file';
import { hostOf } from '../../core/host';
import { err, ok, type Result } from '../../core/result';

/**
 * HTTP through Obsidian's `requestUrl`, which is not subject to CORS and works on mobile.
 * `throw: false` keeps 4xx/5xx answers as values: arXiv's HTTP 400 carries a readable error feed.
 */
export class RequestUrlTransport implements HttpTransport, BinaryTransport {
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

  /** requestUrl cannot stream, so the cap is checked on the length received (and the declared one). */
  async getBytes(url: string, timeoutMs: number, maxBytes: number): Promise<Result<BinaryResponse>> {
    let timer: number | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = window.setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      const res = await Promise.race([requestUrl({ url, method: 'GET', throw: false }), timeout]);
      if (res === 'timeout') return err('TIMEOUT', `No answer from ${hostOf(url)} within ${timeoutMs / 1000} s.`);
      const bytes = res.arrayBuffer;
      if (bytes.byteLength > maxBytes) return err('REFUSED', `The file at ${url} is larger than the ${megabytes(maxBytes)} limit in the settings.`);
      const type = Object.entries(res.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
      return ok({ status: res.status, contentType: type, bytes });
    } catch (e) {
      return err('NETWORK', `Could not reach ${hostOf(url)} (${e instanceof Error ? e.message : String(e)}).`);
    } finally {
      window.clearTimeout(timer);
    }
  }
}
