import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { err, ok, type Result } from '../result';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const ARXIV_NS = 'http://arxiv.org/schemas/atom';
const ARXIV_NS_HTTPS = 'https://arxiv.org/schemas/atom';
export const OPENSEARCH_NS = 'http://a9.com/-/spec/opensearch/1.1/';

/** An element with its name resolved to a namespace URI, so prefixes and declaration sites no longer matter. */
export interface XmlElement {
  /** Namespace URI, or '' for an element in no namespace. */
  readonly ns: string;
  readonly local: string;
  /** Attributes by name as written (arXiv's attributes are unprefixed); xmlns declarations left out. */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text (entities decoded, CDATA included), children's text excluded. */
  readonly text: string;
}

type Scope = Readonly<Record<string, string>>;

/**
 * Prefixes used by arXiv, applied only when a document uses one without declaring it: such a
 * feed is sloppy but its meaning is plain, and refusing it would lose the papers in it.
 */
const CONVENTIONAL_PREFIXES: Scope = { arxiv: ARXIV_NS, opensearch: OPENSEARCH_NS, atom: ATOM_NS };

// preserveOrder keeps one uniform node shape, which sidesteps the single-element-vs-array trap
// entirely; values stay strings so a title "0" is never turned into a number. Trimming drops the
// whitespace between elements (a quarter of the parse time); arXiv's text elements hold no mixed
// content, and their text is collapsed afterwards anyway.
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Needed for numeric references (&#233;); arXiv sends no HTML named entities, so the extra names are harmless.
  htmlEntities: true,
});

type OrderedNode = Record<string, unknown>;
const ATTRS_KEY = ':@';
const TEXT_KEY = '#text';

/** Parses well-formed XML into a namespace-resolved tree; PARSE error otherwise. */
export function parseXmlDocument(xml: string): Result<XmlElement> {
  // The parser alone accepts mismatched tags, so the syntax is checked first.
  const invalid = syntaxError(xml);
  if (invalid !== null) return err('PARSE', `The response is not well-formed XML (${invalid}).`);
  let nodes: unknown;
  try {
    nodes = parser.parse(xml);
  } catch (e) {
    return err('PARSE', `The response could not be read as XML (${e instanceof Error ? e.message : String(e)}).`);
  }
  const topLevel = (Array.isArray(nodes) ? nodes : []) as OrderedNode[];
  const root = topLevel.find((n) => elementName(n) !== null);
  if (root === undefined) return err('PARSE', 'The response contains no XML element.');
  return ok(toElement(root, CONVENTIONAL_PREFIXES));
}

/** The tag name of an ordered node, or null for text, comments and processing instructions. */
function elementName(node: OrderedNode): string | null {
  for (const key of Object.keys(node)) {
    if (key !== ATTRS_KEY && key !== TEXT_KEY && !key.startsWith('?') && !key.startsWith('!')) return key;
  }
  return null;
}

function toElement(node: OrderedNode, inherited: Scope): XmlElement {
  const name = elementName(node) as string;
  const rawAttrs = (node[ATTRS_KEY] ?? {}) as Record<string, unknown>;
  let scope = inherited;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) {
    const text = String(value);
    if (key === 'xmlns') scope = { ...scope, '': text };
    else if (key.startsWith('xmlns:')) scope = { ...scope, [key.slice(6)]: text };
    else attrs[key] = text;
  }
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const children: XmlElement[] = [];
  let text = '';
  for (const child of (node[name] ?? []) as OrderedNode[]) {
    if (TEXT_KEY in child) text += String(child[TEXT_KEY]);
    else if (elementName(child) !== null) children.push(toElement(child, scope));
  }
  return { ns: scope[prefix] ?? '', local: colon < 0 ? name : name.slice(colon + 1), attrs, children, text };
}

/** Direct children in namespace `ns` named `local`. */
export function childrenNamed(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.local === local && inNamespace(c, ns));
}

export function firstChild(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  return el.children.find((c) => c.local === local && inNamespace(c, ns));
}

/**
 * Atom elements written without any namespace declaration are accepted as Atom (a hand-made or
 * proxied feed that forgot `xmlns` still means the same thing), and the arXiv namespace is accepted
 * with https too, in case arXiv's move to https ever reaches its schema URI.
 */
export function inNamespace(el: XmlElement, ns: string): boolean {
  if (el.ns === ns) return true;
  if (ns === ATOM_NS) return el.ns === '';
  return ns === ARXIV_NS && el.ns === ARXIV_NS_HTTPS;
}

/** Collapses runs of whitespace (arXiv hard-wraps legacy titles and abstracts) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where and why the XML is malformed, or null when it is well-formed. */
function syntaxError(xml: string): string | null {
  const valid = XMLValidator.validate(xml);
  if (valid === true) return null;
  const { msg, line, col } = valid.err;
  return `line ${line}, column ${col}: ${msg}`;
}
