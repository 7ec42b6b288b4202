// @citation-js/core imports node-fetch, which drags Node built-ins into the bundle and breaks
// loading on mobile. Our citation inputs are CSL-JSON only, so nothing is fetched; this shim keeps
// the import satisfied with the platform's own fetch.
type FetchFn = typeof globalThis.fetch;
const fetchImpl: FetchFn = (...args: Parameters<FetchFn>) => globalThis.fetch(...args);
export default fetchImpl;
export const Headers = globalThis.Headers;
export const Request = globalThis.Request;
export const Response = globalThis.Response;
