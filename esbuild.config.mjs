// Builds the plugin bundle (main.js), the CLI (dist/cli.js), the benchmark and the demo (dist/).
// Usage: node esbuild.config.mjs [production|dev|cli|bench|demo|all]
import builtins from 'builtin-modules';
import esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const target = process.argv[2] ?? 'production';
const root = fileURLToPath(new URL('.', import.meta.url));
// citation-js imports node-fetch, whose Node built-ins would break loading on mobile.
const alias = { 'node-fetch': `${root}src/shims/node-fetch.ts` };

// Only en-US is ever asked for (citation-engine.ts): the other locales citation-js ships stay out.
const onlyEnUsLocale = {
  name: 'only-en-us-locale',
  setup(build) {
    build.onLoad({ filter: /@citation-js[\\/]plugin-csl[\\/]lib-mjs[\\/]locales\.json$/ }, async (args) => {
      const all = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: JSON.stringify({ 'en-US': all['en-US'] }), loader: 'json' };
    });
  },
};

const plugin = (prod) => ({
  entryPoints: ['src/main.ts'],
  bundle: true,
  outfile: 'main.js',
  format: 'cjs',
  platform: 'browser',
  target: 'es2021',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtins],
  alias: { ...alias, 'js-yaml': `${root}src/shims/js-yaml.ts` },
  plugins: [onlyEnUsLocale],
  logLevel: 'warning',
  sourcemap: prod ? false : 'inline',
  minify: prod,
  treeShaking: true,
});

const node = (entry, outfile) => ({
  entryPoints: [entry],
  bundle: true,
  outfile,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  alias,
  plugins: [onlyEnUsLocale],
  logLevel: 'warning',
  sourcemap: false,
});

const builds = {
  production: [plugin(true)],
  dev: [plugin(false)],
  cli: [{ ...node('src/cli/main.ts', 'dist/cli.js'), banner: { js: '#!/usr/bin/env node' } }],
  // The bench times the CLI and weighs the plugin bundle, so it builds both too.
  bench: [node('bench/run.ts', 'dist/bench.js'), plugin(true)],
  demo: [node('scripts/demo.ts', 'dist/demo.js')],
};
builds.all = [...builds.production, ...builds.cli];
builds.bench.push(...builds.cli);

if (!(target in builds)) {
  console.error(`Unknown build "${target}"; use one of ${Object.keys(builds).join(', ')}.`);
  process.exit(2);
}
await Promise.all(builds[target].map((options) => esbuild.build(options)));
