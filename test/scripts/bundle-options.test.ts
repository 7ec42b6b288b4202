import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { CitationStyle } from '../../src/app/citation-engine';
import { createCitationEngine } from '../../src/app/citation-engine';
import { parseXmlDocument } from '../../src/core/arxiv/atom-xml';
import { plugins } from '../../src/shims/citation-js-core';
import { citationCorpus } from '../builders/citation-corpus';
import { seededRandom } from '../builders/note';
import { hostileString } from '../builders/reader-content';
import { bundleOptions } from '../support/bundle-plugins';

const ROOT = resolve(__dirname, '../..');
const CSL_DIR = join(ROOT, 'node_modules', '@citation-js', 'plugin-csl', 'lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies -- the copy of citeproc that @citation-js/plugin-csl brings and main.js ships; CommonJS, no types
const CSL = require('citeproc') as { parseXml(xml: string): unknown };

describe.each(['styles', 'locales'])('shipped CSL %s', (kind) => {
  const file = join(CSL_DIR, `${kind}.json`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the data as @citation-js/plugin-csl ships it
  const original = require(file) as Record<string, string>;

  it('are what citeproc reads from the originals, node for node', async () => {
    const shipped = await bundleOptions.shippedCslData(file);
    expect(Object.keys(shipped).length).toBeGreaterThan(0);
    for (const [name, xml] of Object.entries(shipped)) {
      expect(xml).not.toContain('<!--');
      expect(CSL.parseXml(xml)).toEqual(CSL.parseXml(original[name] ?? ''));
    }
  });

  it(kind === 'locales' ? 'are en-US alone' : 'are every style citation-js ships', async () => {
    const names = Object.keys(await bundleOptions.shippedCslData(file));
    expect(names).toEqual(kind === 'locales' ? ['en-US'] : Object.keys(original));
  });
});

describe('comment removal', () => {
  it.each([
    ['<a/><!-- one --><b/>', '<a/><b/>'],
    ['<a/><!-- two\nlines --><b/><!--x-->', '<a/><b/>'],
    ['<term name="and">and</term>', '<term name="and">and</term>'],
  ])('%j → %j', (xml, expected) => {
    expect(bundleOptions.withoutXmlComments(xml)).toBe(expected);
  });
});

describe('citeproc cuts', () => {
  const cuts = [
    { from: 'B = {', to: 'C = 1;' },
    { from: 'E = {', to: 'F = 2;' },
  ];

  it('remove each span up to the statement that ends it, keeping the rest as it is', () => {
    expect(bundleOptions.withoutUnreachableCiteproc('A = 0;\nB = {};\nC = 1;\nD = {};\nE = {};\nF = 2;\n', cuts)).toBe('A = 0;\nC = 1;\nD = {};\nF = 2;\n');
  });

  it.each([
    ['a marker is missing', 'A = 0;\nB = {};\nD = {};\nE = {};\nF = 2;\n', '"C = 1;" must occur exactly once'],
    ['a marker is there twice', 'B = {};\nC = 1;\nE = {};\nE = {};\nF = 2;\n', '"E = {" must occur exactly once'],
    ['a marker is also before the cut it ends', 'C = 1;\nB = {};\nC = 1;\nE = {};\nF = 2;\n', '"C = 1;" must occur exactly once'],
    ['the markers are out of order', 'E = {};\nF = 2;\nB = {};\nC = 1;\n', '"E = {" must occur exactly once'],
  ])('fail the build when %s', (_label, source, message) => {
    expect(() => bundleOptions.withoutUnreachableCiteproc(source, cuts)).toThrow(message);
  });

  it('find their markers in the citeproc we ship', () => {
    const source = readFileSync(require.resolve('citeproc'), 'utf8');
    const cut = bundleOptions.withoutUnreachableCiteproc(source);
    expect(source.length - cut.length).toBeGreaterThan(20_000);
    expect(cut).toContain('CSL.Output.Formats.prototype.text = {');
    expect(cut).not.toContain('CSL.Output.Formats.prototype.rtf = {');
  });

  it('leave nothing in citeproc that calls what they remove', () => {
    const code = bundleOptions
      .withoutUnreachableCiteproc(readFileSync(require.resolve('citeproc'), 'utf8'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const removed = [
      'previewCitationCluster', 'appendCitationCluster', 'processCitationCluster', 'process_CitationCluster', 'makeCitationCluster',
      'getCitationCluster', 'getSpliceDelimiter', 'setCitationId', 'rebuildProcessorState', 'restoreProcessorState',
    ];
    expect(removed.filter((name) => code.includes(name))).toEqual([]);
    // Only CSL.setupXml's branch for DOM objects, which is given strings and {} alone.
    expect(code.match(/XmlDOM/g)).toEqual(['XmlDOM']);
    expect(code).toMatch(/"undefined" !== typeof xmlObject\.getAttribute\) \{\s*\/?\/?[^\n]*\n?\s*parser = new CSL\.XmlDOM/);
  });
});

const STYLES: readonly CitationStyle[] = ['scholar', 'apa', 'vancouver', 'harvard', 'bibtex'];

/**
 * The citation engine bundled with main.js's options (shimmed citation-js core, compacted CSL
 * data, citeproc cut, minified) cites every corpus paper exactly as the engine jest runs from the unbundled
 * packages does.
 */
describe('the citation engine as main.js bundles it', () => {
  let dir = '';
  let bundled: typeof createCitationEngine;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pd-citation-bundle-'));
    const outfile = join(dir, 'citation-engine.js');
    await build({ ...bundleOptions.pluginBundle, entryPoints: [join(ROOT, 'src', 'app', 'citation-engine.ts')], outfile, logLevel: 'silent' });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built
    bundled = (require(outfile) as { createCitationEngine: typeof createCitationEngine }).createCitationEngine;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(STYLES)('%s', async (style) => {
    const reference = createCitationEngine();
    const engine = bundled();
    const papers = citationCorpus();
    const want = await Promise.all(papers.map((p) => reference.format(p, style)));
    const got = await Promise.all(papers.map((p) => engine.format(p, style)));
    expect(got).toEqual(want);
    expect(new Set(got).size).toBeGreaterThan(papers.length / 2);
  });
});

/** Bundles `entry` (a path, or source text resolved from the project) to CommonJS and loads it. */
async function loadBundle<T>(entry: string | { contents: string }, options: BuildOptions = {}): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'pd-bundle-'));
  try {
    const outfile = join(dir, 'bundle.js');
    const where = typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: ROOT, loader: 'ts' as const } };
    await build({ ...where, bundle: true, format: 'cjs', platform: 'browser', outfile, logLevel: 'silent', ...options });
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle just built
    return require(outfile) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Rules = readonly { readonly id: string; readonly pattern: RegExp }[];
interface IsUnsafeModule {
  isUnsafe(value: string, contexts: readonly Rules[]): boolean;
  HTML: Rules;
  XML: Rules;
}

/** Entity values a document could declare: attacks each HTML and XML rule is about, encoded and not, and harmless text. */
function entityValues(): string[] {
  const attacks = [
    '<script>alert(1)</script>', '</script >', 'java\tscript:alert(1)', 'vbscript:x', 'data:text/html,x', 'data: application/xhtml+xml',
    'data:image/svg+xml;base64,AA', '<img onerror=alert(1)>', '&lt;script', '&#60;script', '&#x3C;script', '&#106;avascript:x',
    'style="x:expression(alert(1))"', '<object data=x>', '<embed src=x>', '<base href=x>', '<meta http-equiv="refresh" content=0>',
    'srcdoc = "x"', '<iframe src=x>', '<form action=x>', '<![CDATA[x', 'x]]>', '<?xml version="1.0"?>', '<?php echo 1; ?>',
    '<!DOCTYPE x>', 'SYSTEM "file:///etc/passwd"', 'PUBLIC "-//x"', '<!ENTITY % p "x">', '&a;&b;&c;', 'xmlns:x="urn:x"', '<!-- x', 'x -->',
    'java&Tab;script:x', 'javascript&colon;x', 'javascript&#58;x', '&#x6A;avascript:x', 'on&#x6C;oad=x',
  ];
  const harmless = ['Hello', 'Tom & Jerry', 'α-β', '5 > 3 < 4', 'ONLINE = yes', 'one;two', 'data point', 'scripted', '&amp;lt;script&amp;gt;', ''];
  const rng = seededRandom(14);
  return [...attacks, ...harmless, ...Array.from({ length: 200 }, () => hostileString(rng, 8))];
}

describe('is-unsafe as bundled', () => {
  it('judges every entity value as is-unsafe itself does, for HTML and XML', async () => {
    const real = await loadBundle<IsUnsafeModule>({ contents: "export { isUnsafe, HTML, XML } from 'is-unsafe';" });
    const shim = await loadBundle<IsUnsafeModule>(join(ROOT, 'src', 'shims', 'is-unsafe.ts'), { plugins: bundleOptions.bundlePlugins });
    expect(shim.HTML.map((r) => r.id)).toEqual(real.HTML.map((r) => r.id));
    const values = entityValues();
    const verdicts = values.map((v) => shim.isUnsafe(v, [shim.HTML, shim.XML]));
    expect(verdicts).toEqual(values.map((v) => real.isUnsafe(v, [real.HTML, real.XML])));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(40);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThan(10);
  });

  it('refuses a value that is not a string, as is-unsafe does', async () => {
    const shim = await loadBundle<IsUnsafeModule>(join(ROOT, 'src', 'shims', 'is-unsafe.ts'), { plugins: bundleOptions.bundlePlugins });
    expect(() => shim.isUnsafe(42 as unknown as string, [shim.HTML])).toThrow(TypeError);
  });

  it('lets the bundled Atom reader expand or refuse declared entities exactly as the unbundled one', async () => {
    const bundled = await loadBundle<typeof import('../../src/core/arxiv/atom-xml')>(join(ROOT, 'src', 'core', 'arxiv', 'atom-xml.ts'), bundleOptions.pluginBundle);
    const FIXTURES = resolve(ROOT, '..', 'shared', 'fixtures', 'arxiv');
    const docs = [
      ...entityValues().slice(0, 60).map((v) => `<!DOCTYPE feed [<!ENTITY t "${v.replace(/[&"%<]/g, (c) => `&#${c.charCodeAt(0)};`)}">]><feed xmlns="http://www.w3.org/2005/Atom"><title>&t;</title></feed>`),
      readFileSync(join(FIXTURES, 'arxiv_multi_search_all-testing_10_entries.xml'), 'utf8'),
      readFileSync(join(FIXTURES, 'arxiv_single_oldstyle_astro-ph_0601001.xml'), 'utf8'),
    ];
    const results = docs.map((xml) => bundled.parseXmlDocument(xml));
    expect(results).toEqual(docs.map((xml) => parseXmlDocument(xml)));
    const titles = results.map((r) => (r.ok ? r.value.children[0]?.text : undefined));
    expect(titles.filter((t) => t === '&t;').length).toBeGreaterThan(10); // refused: left as written
    expect(titles.filter((t) => t !== undefined && t !== '&t;').length).toBeGreaterThan(5); // expanded
  });
});

describe('citation-js core as bundled', () => {
  it('formats bibliography entries, and says in-text citations are left out', async () => {
    const bundled = await loadBundle<{ plugins: typeof plugins }>(
      { contents: "import { plugins } from '@citation-js/core';\nimport '@citation-js/plugin-csl';\nexport { plugins };" },
      bundleOptions.pluginBundle,
    );
    const item = { id: 'x', type: 'article', title: 'A Title', author: [{ family: 'Fu', given: 'Zipeng' }], issued: { 'date-parts': [[2024]] } };
    expect(bundled.plugins.output.format('bibliography', [item], { template: 'apa', format: 'text', lang: 'en-US' })).toBe('Fu, Z. (2024). A Title.\n');
    expect(() => bundled.plugins.output.format('citation', [item], { template: 'apa' })).toThrow('"citation" output is not part of this build');
  });

  it('refuses a plugin with parts it does not have, by name', () => {
    expect(() => plugins.add('@example', { input: {}, output: {} })).toThrow('citation-js plugin @example has input parts');
  });

  it('registers output formats and configs', () => {
    plugins.add('@example-ok', { output: { shout: (data: unknown) => String(data).toUpperCase() }, config: { answer: 42 } });
    expect(plugins.output.format('shout', 'hi')).toBe('HI');
    expect(plugins.config.get('@example-ok')).toEqual({ answer: 42 });
  });
});
