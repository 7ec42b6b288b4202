/**
 * A reader for the frontmatter the plugin writes and most readers keep: one mapping of plain
 * keys to scalars (plain, or quoted without escapes) and block lists of such scalars. It answers
 * undefined for anything else (nesting, flow collections, comments, anchors, tags, block scalars,
 * escapes, numbers beyond plain integers, tabs, duplicate keys...), and the full readers decide.
 * What it does answer is the `yaml` library's value (YAML 1.2 core schema); the corpus tests hold
 * it to that. A vault scan reads 10,000 notes, so the common case must cost microseconds.
 */

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys the core schema would read as null or a boolean, and the one a plain object cannot hold. */
const ODD_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
/** Characters a plain scalar may not start with here (YAML indicators, quotes, signs, dots). */
const ODD_START = new Set([...'-?:,[]{}#&*!|>\'"%@`+.~'].map((c) => c.charCodeAt(0)));
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Made only of what numbers are written with (`1e3`, `0x1F`, `0o17`, `2406.10454`): left to the full readers. */
const NUMBER_LIKE = /^[0-9][0-9a-fA-FoxX._+-]*$/;

/** The mapping, or undefined when the block is not of the simple kind. */
export function readSimpleYaml(yaml: string): Record<string, Value> | undefined {
  if (hasOddCharacter(yaml)) return undefined;
  const out: Record<string, Value> = {};
  let list: Scalar[] | null = null;
  let listIndent = -1;
  let openKey: string | null = null;
  // Line by line by offsets: no array of lines, one slice per key and per value.
  for (let start = 0; start <= yaml.length; ) {
    let end = yaml.indexOf('\n', start);
    if (end < 0) end = yaml.length;
    const next = end + 1;
    if (end > start && yaml.charCodeAt(end - 1) === 0x0d) end--;
    let at = start;
    while (at < end && yaml.charCodeAt(at) === 0x20) at++;
    const indent = at - start;
    start = next;
    if (at === end) continue;
    if (yaml.charCodeAt(at) === 0x2d /* - */ && (at + 1 === end || yaml.charCodeAt(at + 1) === 0x20)) {
      // A list item: only right under a key with no value, all at one indent.
      if (openKey === null) return undefined;
      if (list === null) {
        list = [];
        listIndent = indent;
        out[openKey] = list;
      } else if (indent !== listIndent) return undefined;
      const item = scalar(spaceTrimmed(yaml, at + 1, end));
      if (item === undefined) return undefined;
      list.push(item);
      continue;
    }
    if (indent !== 0) return undefined;
    const colon = yaml.indexOf(':', at);
    if (colon <= at || colon >= end) return undefined;
    const key = yaml.slice(at, colon);
    if (!KEY.test(key) || ODD_KEYS.has(key) || Object.prototype.hasOwnProperty.call(out, key)) return undefined;
    if (colon + 1 < end && yaml.charCodeAt(colon + 1) !== 0x20) return undefined;
    const text = spaceTrimmed(yaml, colon + 1, end);
    list = null;
    if (text === '') {
      // Null, unless list items follow.
      out[key] = null;
      openKey = key;
      continue;
    }
    openKey = null;
    const value = scalar(text);
    if (value === undefined) return undefined;
    out[key] = value;
  }
  // No key at all: an empty document is null, not a mapping.
  return Object.keys(out).length === 0 ? undefined : out;
}

/** `text` from `start` to `end`, without the spaces at either end (YAML trims spaces only; a no-break space is content). */
function spaceTrimmed(text: string, start: number, end: number): string {
  while (start < end && text.charCodeAt(start) === 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
  return text.slice(start, end);
}

/** Tabs, control and other characters YAML treats specially anywhere in the block. */
function hasOddCharacter(yaml: string): boolean {
  for (let i = 0; i < yaml.length; i++) {
    const c = yaml.charCodeAt(i);
    if (c < 0x20) {
      if (c === 0x0a || (c === 0x0d && yaml.charCodeAt(i + 1) === 0x0a)) continue;
      return true;
    }
    if ((c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe || (c >= 0xd800 && c <= 0xdfff && !pairedSurrogate(yaml, i))) {
      return true;
    }
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return false;
}

function pairedSurrogate(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/** One scalar, already trimmed; undefined when it is not of the simple kind. */
function scalar(text: string): Scalar | undefined {
  if (text === '') return null;
  const first = text.charCodeAt(0);
  if (first === 0x22 /* " */) {
    const inner = text.slice(1, -1);
    return text.length >= 2 && text.endsWith('"') && !inner.includes('"') && !inner.includes('\\') ? inner : undefined;
  }
  if (first === 0x27 /* ' */) {
    if (text.length < 2 || !text.endsWith("'")) return undefined;
    const inner = text.slice(1, -1);
    // Inside single quotes only '' means anything: one quote.
    return inner.replace(/''/g, '').includes("'") ? undefined : inner.replace(/''/g, "'");
  }
  if (ODD_START.has(first) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) return undefined;
  if (first >= 0x30 && first <= 0x39) {
    if (INTEGER.test(text)) return Number(text);
    if (DATE.test(text)) return text;
    if (NUMBER_LIKE.test(text)) return undefined;
  }
  switch (text) {
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
  }
  return text;
}
