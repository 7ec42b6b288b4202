/**
 * Readers of single frontmatter values for the paper record. They run for every paper note of a
 * vault at every index build, so each answers the common case (a plain, already tidy value)
 * without a regular expression and without temporary arrays; odd values take the plain path.
 */
import { isCollapsed, isSpace } from '../text/whitespace';

/** A text value with its whitespace collapsed; a number as written; anything else empty. */
export function str(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return '';
  return isCollapsed(v) ? v : v.replace(/\s+/g, ' ').trim();
}

/** A string or a list of strings, each trimmed, empty ones dropped. */
export function strList(v: unknown): string[] {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? [] : [t];
  }
  const out: string[] = [];
  if (!Array.isArray(v)) return out;
  for (const x of v) {
    if (typeof x !== 'string') continue;
    const t = x.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

/** Tags from YAML: a list or a comma/space separated string, `#` dropped, once each. */
export function tagList(raw: unknown): string[] {
  const items: readonly unknown[] = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,\s]+/) : [];
  const out: string[] = [];
  const seen = items.length > 16 ? new Set<string>() : null;
  for (const item of items) {
    if (typeof item !== 'string') continue;
    const trimmed = item.trim();
    const tag = trimmed.charCodeAt(0) === 0x23 ? trimmed.slice(1) : trimmed;
    if (tag === '' || (seen === null ? out.includes(tag) : seen.has(tag))) continue;
    seen?.add(tag);
    out.push(tag);
  }
  return out;
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`, lower-cased, once each, in the order first met. */
export function tagKeys(tags: readonly string[]): string[] {
  const keys: string[] = [];
  const seen = tags.length > 8 ? new Set<string>() : null;
  const add = (key: string) => {
    if (seen === null ? keys.includes(key) : seen.has(key)) return;
    seen?.add(key);
    keys.push(key);
  };
  for (const tag of tags) {
    const lower = tag.toLowerCase();
    // Each ancestor is a prefix ending before a `/`.
    for (let at = lower.indexOf('/'); at >= 0; at = lower.indexOf('/', at + 1)) add(lower.slice(0, at));
    add(lower);
  }
  return keys;
}

/** Family names sort authors, the way a bibliography does: the last word, lower-cased. */
export function familyKey(name: string): string {
  const t = name.trim().toLowerCase();
  let i = t.length - 1;
  while (i >= 0 && !isSpace(t.charCodeAt(i))) i--;
  return i < 0 ? t : t.slice(i + 1);
}

export function url(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const t = v.trim();
  return /^https?:\/\//i.test(t) ? t : undefined;
}

export function intOf(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v.replace(/^v/i, '')) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}

/** A count may be 0 (a paper nobody cites yet); YAML or a hand edit may give it as text. */
export function countOf(v: unknown): number | null {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

export function ratingOf(v: unknown): number | null {
  const n = intOf(v);
  return n !== null && n <= 5 ? n : null;
}

const isDigit = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
};

/** YAML may hand a date over as a Date (unquoted 2024-06-14 under the core schema) or a string. */
export function dateOf(v: unknown): string | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string' || v.length < 10 || v.charCodeAt(4) !== 0x2d || v.charCodeAt(7) !== 0x2d) return null;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(v, at)) return null;
  return v.length === 10 ? v : v.slice(0, 10);
}

export function yearOf(v: unknown): number | null {
  if (typeof v === 'number' && Number.isInteger(v) && v > 1000 && v < 3000) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.getUTCFullYear();
  if (typeof v !== 'string' || v.length < 4) return null;
  for (let at = 0; at < 4; at++) if (!isDigit(v, at)) return null;
  return Number(v.slice(0, 4));
}
