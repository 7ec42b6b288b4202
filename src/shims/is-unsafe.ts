// fast-xml-parser asks is-unsafe whether the value of an entity a document declares itself
// (<!ENTITY name "value">) is safe to expand, in the HTML and XML contexts only. is-unsafe's index
// also brings seven contexts nobody here asks about (SQL, shell, NoSQL, …) and labels them all
// when it loads, so no bundler can leave them out: about 13 KB of main.js. This is its `isUnsafe`
// for a list of contexts, over the very same HTML and XML rules and entity decoder, in the same
// order (a rule with the `g` flag keeps state between tests, so the order matters). The bundles
// resolve 'is-unsafe' here (scripts/bundle-options.cjs); test/scripts/bundle-options.test.ts
// compares it with is-unsafe itself.
import HTML_RULES from 'is-unsafe/src/contexts/html.js';
import XML_RULES from 'is-unsafe/src/contexts/xml.js';
import decodeEntities from 'is-unsafe/src/util/decode-entities.js';

interface Rule {
  readonly pattern: RegExp;
}
type Context = readonly Rule[];

export const HTML: Context = HTML_RULES;
export const XML: Context = XML_RULES;

/**
 * True when a rule of any context matches the value, or its entity-decoded copy: is-unsafe
 * decodes for its markup contexts, which HTML and XML both are.
 */
export function isUnsafe(value: string, contexts: readonly Context[]): boolean {
  if (typeof value !== 'string') throw new TypeError(`is-unsafe: first argument must be a string, got ${typeof value}`);
  for (const rules of contexts) {
    const decoded = decodeEntities(value);
    const alsoDecoded = decoded === value ? null : decoded;
    if (rules.some((rule) => rule.pattern.test(value) || (alsoDecoded !== null && rule.pattern.test(alsoDecoded)))) return true;
  }
  return false;
}
