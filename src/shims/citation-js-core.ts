// What Paper Distill and @citation-js/plugin-csl use of @citation-js/core, taken from core's own
// modules: the plugin registry for output formats and configs, `util.Register` and the CSL
// up/downgrade helpers. Core's index also brings the `Cite` class, input parsing, name and date
// parsers and a synchronous fetch (about 55 KB of main.js) that nothing here ever calls: items
// are finished CSL-JSON, handed straight to the `bibliography` formatter. The builds and jest
// resolve '@citation-js/core' to this module, so tests run what ships.
import * as config from '@citation-js/core/lib-mjs/plugins/config.js';
import * as output from '@citation-js/core/lib-mjs/plugins/output.js';
import { downgradeCsl, upgradeCsl } from '@citation-js/core/lib-mjs/util/csl.js';
import Register from '@citation-js/core/lib-mjs/util/register.js';

interface CitationJsPlugin {
  readonly output?: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  readonly config?: unknown;
  readonly [type: string]: unknown;
}

/**
 * Core's `plugins.add` for the two plugin parts that exist here. An input or dictionary plugin
 * would need the parts left out, so it is refused by name rather than half-registered.
 */
function add(ref: string, plugin: CitationJsPlugin = {}): void {
  const unsupported = Object.keys(plugin).filter((type) => type !== 'output' && type !== 'config');
  if (unsupported.length > 0) {
    throw new Error(`citation-js plugin ${ref} has ${unsupported.join(', ')} parts; this build of @citation-js/core only has output formats and configs.`);
  }
  if ('config' in plugin) config.add(ref, plugin.config);
  for (const [name, formatter] of Object.entries(plugin.output ?? {})) output.add(name, formatter);
}

export const plugins = { add, config, output };
export const util = { Register, upgradeCsl, downgradeCsl };
