/** Whitespace as JavaScript's `\s` and `trim` know it, tested without a regular expression. */

/** Whether `c` is a character `\s` matches (and `trim` removes). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when `text.replace(/\s+/g, ' ').trim()` would give `text` back. */
export function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) continue;
    if (c !== 0x20 || i === 0 || i === last || isSpace(text.charCodeAt(i + 1))) return false;
  }
  return true;
}
