// Builds the plugin bundle (main.js), the CLI (dist/cli.js), the benchmark and the demo (dist/).
// Usage: node esbuild.config.mjs [production|dev|cli|bench|demo|all]
import builtins from 'builtin-modules';
import esbuild from 'esbuild';
import bundleOptions from './scripts/bundle-options.cjs';

const target = process.argv[2] ?? 'production';
const plugin = (prod) => ({
  ...bundleOptions.pluginBundle,
  entryPoints: ['src/main.ts'],
  outfile: 'main.js',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtins],
  logLevel: 'warning',
  sourcemap: prod ? false : 'inline',
  minify: prod,
});

const node = (entry, outfile) => ({
  entryPoints: [entry],
  bundle: true,
  outfile,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: bundleOptions.bundlePlugins,
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
