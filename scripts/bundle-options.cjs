// esbuild options every bundle of our code shares (plugin, CLI, bench, demo and the bundles tests
// build), so what the tests run is what ships. CommonJS so jest can require it as it is.
const { readFile } = require('node:fs/promises');
const { dirname, join } = require('node:path');

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

/**
 * Parts of citeproc no bundle of ours can reach, cut from its source as it is bundled: each cut
 * runs from `from` up to (not including) `to`, both found exactly once and in this order, or the
 * build fails (a citeproc release that moves them must be looked at again). Our only calls are
 * `new CSL.Engine(sys, styleString, 'en-US', true)`, `setOutputFormat('text')`, `updateItems`
 * and `makeBibliography` (through @citation-js/plugin-csl's `bibliography` output).
 * - Its reader of DOM style objects: our styles and locales are strings (or {} for a locale
 *   citation-js does not have), which citeproc reads with its own parser (CSL.setupXml).
 * - The citation-cluster API (in-text citations) and what only it calls: `process_CitationCluster`,
 *   `getCitationCluster`, `getSpliceDelimiter`, `setCitationId`, the processor state rebuilds.
 *   plugin-csl's `citation` output, its one caller, is replaced by a clear error
 *   (src/shims/citation-js-citation-output.ts).
 * - The output formats other than html (the engine's initial one) and text (the only one we
 *   ask for): citeproc picks a format only by the name given to setOutputFormat.
 */
const CITEPROC_CUTS = [
  { from: 'CSL.XmlDOM = function (dataObj) {', to: 'CSL.setupXml = function(xmlObject) {' },
  { from: 'CSL.Engine.prototype.previewCitationCluster = function', to: 'CSL.getAmbiguousCite = function' },
  { from: 'CSL.getSpliceDelimiter = function', to: 'CSL.getCite = function' },
  { from: 'CSL.Engine.prototype.setCitationId = function', to: 'CSL.Engine.prototype.updateItems = function' },
  { from: 'CSL.Output.Formats.prototype.rtf = {', to: 'CSL.Output.Formats = new CSL.Output.Formats();' },
];

/** Where `marker` is in `source`: it must be there exactly once, and not before offset `after`. */
const once = (source, marker, after) => {
  const at = source.indexOf(marker);
  if (at < after || source.indexOf(marker, at + 1) >= 0) {
    throw new Error(`citeproc: "${marker}" must occur exactly once, after the marker before it; check CITEPROC_CUTS in scripts/bundle-options.cjs`);
  }
  return at;
};

const withoutUnreachableCiteproc = (source, cuts = CITEPROC_CUTS) => {
  let kept = '';
  let from = 0;
  for (const cut of cuts) {
    const start = once(source, cut.from, from);
    kept += source.slice(from, start);
    from = once(source, cut.to, start);
  }
  return kept + source.slice(from);
};

const citeproc = {
  name: 'paper-distill-citeproc',
  setup(build) {
    build.onLoad({ filter: /[\\/]citeproc[\\/]citeproc_commonjs\.js$/ }, async (args) => ({
      contents: withoutUnreachableCiteproc(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** '@citation-js/core' is the part of it we use (src/shims/citation-js-core.ts explains). */
const citationJsCore = {
  name: 'paper-distill-citation-js-core',
  setup(build) {
    build.onResolve({ filter: /^@citation-js\/core$/ }, () => ({ path: join(ROOT, 'src', 'shims', 'citation-js-core.ts') }));
    build.onResolve({ filter: /^\.\/citation\.js$/ }, (args) =>
      /@citation-js[\\/]plugin-csl[\\/]/.test(args.importer) ? { path: join(ROOT, 'src', 'shims', 'citation-js-citation-output.ts') } : undefined,
    );
  },
};

/**
 * 'is-unsafe' is its check for the two contexts fast-xml-parser asks about (src/shims/is-unsafe.ts
 * explains); the shim reads is-unsafe's own rule files, which the package does not export.
 */
const isUnsafeDir = dirname(require.resolve('is-unsafe'));
const isUnsafe = {
  name: 'paper-distill-is-unsafe',
  setup(build) {
    build.onResolve({ filter: /^is-unsafe$/ }, () => ({ path: join(ROOT, 'src', 'shims', 'is-unsafe.ts') }));
    build.onResolve({ filter: /^is-unsafe\/src\// }, (args) => ({ path: join(isUnsafeDir, args.path.slice('is-unsafe/src/'.length)) }));
  },
};

/** esbuild plugins for every bundle of our code. */
const bundlePlugins = [citationJsCore, cslData, citeproc, isUnsafe];

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

module.exports = { bundlePlugins, pluginBundle, shippedCslData, withoutUnreachableCiteproc, withoutXmlComments };
