// Proves main.js loads where Node is absent (Obsidian mobile): it is evaluated in a bare VM
// context whose `require` knows only what Obsidian provides to plugins on every platform:
// `obsidian` and CodeMirror 6 (`@codemirror/state`, `@codemirror/view`, external in the bundle,
// as in the official sample plugin). Any top-level require of a Node built-in or another package
// fails the check. It also fails when main.js grows past its size ceiling (below).
// Usage: node scripts/check-bundle.mjs [path to main.js]
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

// PRODUCT.md's bar is 750 KB, what a phone downloads and parses. main.js is not there yet (the
// README says what remains and why), so the check holds it to a ceiling above its size now (about
// 808 KB, leaving room for the features in flight): it must not grow much further. Lower the
// ceiling as it shrinks, down to the bar.
const BAR_BYTES = 750 * 1024;
const CEILING_BYTES = 840 * 1024;

const file = process.argv[2] ?? 'main.js';
const bytes = readFileSync(file);
const code = bytes.toString('utf8');
const asked = [];
class Plugin {}
class PluginSettingTab {}
class Modal {}
const obsidianStub = new Proxy(
  { Plugin, PluginSettingTab, Modal },
  { get: (target, key) => (key in target ? target[key] : class {}) },
);
// Stand-ins for CodeMirror: any export is a class, enough for `class X extends WidgetType`.
const codemirrorStub = new Proxy({}, { get: () => class {} });
const PROVIDED = new Set(['@codemirror/state', '@codemirror/view']);
const sandbox = {
  module: { exports: {} },
  require: (name) => {
    asked.push(name);
    if (name === 'obsidian') return obsidianStub;
    if (PROVIDED.has(name)) return codemirrorStub;
    throw new Error(`main.js requires "${name}" at load time; only "obsidian" and CodeMirror exist on mobile`);
  },
  console,
  setTimeout,
  clearTimeout,
  window: {},
  document: {},
  navigator: { userAgent: 'check-bundle' },
};
sandbox.exports = sandbox.module.exports;
sandbox.globalThis = sandbox;
try {
  vm.runInNewContext(code, sandbox, { filename: file });
} catch (e) {
  console.error(`Bundle check failed: ${e.message}`);
  process.exit(1);
}
const exported = sandbox.module.exports.default ?? sandbox.module.exports;
if (typeof exported !== 'function') {
  console.error('Bundle check failed: main.js does not export the plugin class.');
  process.exit(1);
}
const loads = `loads with only what Obsidian provides (${[...new Set(asked)].join(', ') || 'nothing'} required at load)`;
const size = `${bytes.length.toLocaleString('en-US')} bytes (${Math.round(bytes.length / 1024)} KB)`;
// A development build carries its source map inline; only the production build has a size to keep.
if (code.includes('//# sourceMappingURL=data:')) {
  console.log(`Bundle check passed: ${file} ${loads}; a development build (inline source map), so its size, ${size}, is not checked.`);
  process.exit(0);
}
if (bytes.length > CEILING_BYTES) {
  console.error(`Bundle check failed: ${file} is ${size}, over its ceiling of ${CEILING_BYTES.toLocaleString('en-US')} bytes (${CEILING_BYTES / 1024} KB; the bar is ${BAR_BYTES / 1024} KB).`);
  process.exit(1);
}
const bar = bytes.length <= BAR_BYTES ? `within the ${BAR_BYTES / 1024} KB bar` : `${(bytes.length - BAR_BYTES).toLocaleString('en-US')} bytes over the ${BAR_BYTES / 1024} KB bar, under the ${CEILING_BYTES / 1024} KB ceiling`;
console.log(`Bundle check passed: ${file} ${loads}; ${size}, ${bar}.`);
