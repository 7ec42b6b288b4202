// esbuild options every bundle of our code shares (plugin, CLI, bench, demo and the bundles tests
// build), so what the tests run is what ships. CommonJS so jest can require it as it is.
const { readFile } = require('node:fs/promises');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');

/**
 * XML comments are notes for style authors; citeproc drops them while reading a style
 * (CSL.parseXml), so removing them before shipping changes nothing it sees.
 * test/scripts/bundle-options.test.ts proves it for every shipped style and locale.
 */
const withoutXmlComments = (xml) => xml.replace(/<!--[\s\S]*?-->/g, '');

/**
 * The CSL data @citation-js/plugin-csl ships: only en-US of its locales, since that is the one
 * language we ever ask for (citation-engine.ts), and every style and locale without comments.
 * Locale ids are checked so that a release which renames en-US fails the build, not the user.
 */
const shippedCslData = async (file) => {
  const all = JSON.parse(await readFile(file, 'utf8'));
  const kept = /locales\.json$/.test(file) ? { 'en-US': all['en-US'] } : all;
  if (Object.values(kept).some((xml) => typeof xml !== 'string')) throw new Error(`${file}: no en-US locale, or an entry that is not CSL XML`);
  return Object.fromEntries(Object.entries(kept).map(([name, xml]) => [name, withoutXmlComments(xml)]));
};

const cslData = {
  name: 'paper-distill-csl-data',
  setup(build) {
    build.onLoad({ filter: /@citation-js[\\/]plugin-csl[\\/]lib(?:-mjs)?[\\/](?:locales|styles)\.json$/ }, async (args) => ({
      contents: JSON.stringify(await shippedCslData(args.path)),
      loader: 'json',
    }));
  },
};

/** '@citation-js/core' is the part of it we use (src/shims/citation-js-core.ts explains). */
const citationJsCore = {
  name: 'paper-distill-citation-js-core',
  setup(build) {
    build.onResolve({ filter: /^@citation-js\/core$/ }, () => ({ path: join(ROOT, 'src', 'shims', 'citation-js-core.ts') }));
  },
};

/** esbuild plugins for any bundle that may reach the citation engine. */
const bundlePlugins = [citationJsCore, cslData];

/** How main.js is bundled, less its entry, output and externals (esbuild.config.mjs adds them). */
const pluginBundle = {
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2021',
  // The plugin reads frontmatter with `yaml`; the CLI's fast reader stays out (see the shim).
  alias: { 'js-yaml': join(ROOT, 'src', 'shims', 'js-yaml.ts') },
  plugins: bundlePlugins,
  minify: true,
  // Non-ASCII text (citeproc's tables, the locale's typographic quotes) as UTF-8, not \u escapes.
  charset: 'utf8',
  treeShaking: true,
};

module.exports = { bundlePlugins, pluginBundle, shippedCslData, withoutXmlComments };
