// citation-js reads globalThis.fetch when it loads; tests must never reach the network.
if (typeof globalThis.fetch !== 'function') {
  (globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('network disabled in tests'));
}
