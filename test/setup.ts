// Tests must never reach the network: any code that calls fetch gets a rejection.
if (typeof globalThis.fetch !== 'function') {
  (globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('network disabled in tests'));
}

// jsdom's window has no structuredClone (Obsidian's Electron and mobile WebViews do); lend it Node's.
if (typeof globalThis.structuredClone !== 'function') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a setup file cannot use top-level import here
  const v8 = require('node:v8') as typeof import('node:v8');
  globalThis.structuredClone = <T>(value: T): T => v8.deserialize(v8.serialize(value)) as T;
}
