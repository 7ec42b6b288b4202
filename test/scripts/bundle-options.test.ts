import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { CitationStyle } from '../../src/app/citation-engine';
import { createCitationEngine } from '../../src/app/citation-engine';
import { plugins } from '../../src/shims/citation-js-core';
import { citationCorpus } from '../builders/citation-corpus';
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

const STYLES: readonly CitationStyle[] = ['scholar', 'apa', 'vancouver', 'harvard', 'bibtex'];

/**
 * The citation engine bundled with main.js's options (shimmed citation-js core, compacted CSL
 * data, minified) cites every corpus paper exactly as the engine jest runs from the unbundled
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

describe('citation-js core as bundled', () => {
  it('refuses a plugin with parts it does not have, by name', () => {
    expect(() => plugins.add('@example', { input: {}, output: {} })).toThrow('citation-js plugin @example has input parts');
  });

  it('registers output formats and configs', () => {
    plugins.add('@example-ok', { output: { shout: (data: unknown) => String(data).toUpperCase() }, config: { answer: 42 } });
    expect(plugins.output.format('shout', 'hi')).toBe('HI');
    expect(plugins.config.get('@example-ok')).toEqual({ answer: 42 });
  });
});
