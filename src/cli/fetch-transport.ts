import type { BinaryResponse, BinaryTransport, HttpResponse, HttpTransport } from '../app/ports';
import { megabytes } from '../core/pdf/pdf-file';
import { hostOf } from '../core/host';
import { err, ok, type Result } from '../core/result';

/** HTTP for the CLI through Node's built-in fetch, with a hard timeout. */
export class FetchTransport implements HttpTransport, BinaryTransport {
  getBytes(url: string, timeoutMs: number, maxBytes: number): Promise<Result<BinaryResponse>> {
    return fetchBytes(url, timeoutMs, maxBytes);
  }

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

/** Reads a body up to `maxBytes`; past that the download is stopped and refused. */
export async function fetchBytes(url: string, timeoutMs: number, maxBytes: number): Promise<Result<BinaryResponse>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const host = hostOf(url);
  const refuse = () => err('REFUSED', `The file at ${url} is larger than the ${megabytes(maxBytes)} limit in the settings.`);
  try {
    const res = await fetch(url, { signal: controller.signal, headers: { 'user-agent': 'paper-distill-cli' } });
    const contentType = res.headers.get('content-type') ?? '';
    const declared = Number(res.headers.get('content-length') ?? 'NaN');
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      return refuse();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = res.body?.getReader();
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        controller.abort();
        return refuse();
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return ok({ status: res.status, contentType, bytes: bytes.buffer });
  } catch (e) {
    if (controller.signal.aborted) return err('TIMEOUT', `No answer from ${host} within ${timeoutMs / 1000} s.`);
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
    return err('NETWORK', `Could not reach ${host} (${cause}).`);
  } finally {
    clearTimeout(timer);
  }
}
