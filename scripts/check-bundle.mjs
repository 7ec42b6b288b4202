// Proves main.js loads where Node is absent (Obsidian mobile): it is evaluated in a bare VM
// context whose `require` knows only what Obsidian provides to plugins on every platform:
// `obsidian` and CodeMirror 6 (`@codemirror/state`, `@codemirror/view`, external in the bundle,
// as in the official sample plugin). Any top-level require of a Node built-in or another package
// fails the check.
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const bytes = readFileSync('main.js');
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
  vm.runInNewContext(code, sandbox, { filename: 'main.js' });
} catch (e) {
  console.error(`Bundle check failed: ${e.message}`);
  process.exit(1);
}
const exported = sandbox.module.exports.default ?? sandbox.module.exports;
if (typeof exported !== 'function') {
  console.error('Bundle check failed: main.js does not export the plugin class.');
  process.exit(1);
}
const kb = Math.round(bytes.length / 1024);
console.log(`Bundle check passed: main.js (${kb} KB) loads with only what Obsidian provides (${[...new Set(asked)].join(', ') || 'nothing'} required at load).`);
