/** Characters no OS, sync service or Obsidian link accepts in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
/**
 * Characters that reorder or hide text (bidi overrides and isolates, marks, zero-width spaces, the
 * BOM): in a file name they make `exe.md` look like `dm.exe`, or two names look the same.
 */
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
const MAX_NAME = 120;
/**
 * File systems cap a name at 255 bytes (UTF-8 on Linux and macOS), and a CJK character takes 3:
 * the base name keeps room for ` (<id>)` and `.md`, which may be added to it.
 */
export const MAX_NAME_BYTES = 200;

/**
 * A file name (without `.md`) from a paper title: forbidden and invisible characters go,
 * whitespace is collapsed, and the name is capped in characters and in UTF-8 bytes so that the
 * name and the full path stay under OS limits. Names Windows reserves fall back to the id.
 */
export function noteBaseName(title: string, fallback: string): string {
  let name = texToPlain(title).normalize('NFC').replace(INVISIBLE, '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows.
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name.length > MAX_NAME || utf8Length(name) > MAX_NAME_BYTES) name = cutAtWord(name, MAX_NAME);
  if (name === '' || isReservedOnWindows(name)) return fallbackName(fallback);
  return name;
}

/**
 * Windows refuses `CON`, `NUL`, `COM1`… whatever follows the first dot (`CON.txt.md`, `nul.tar.gz.md`)
 * and with spaces before it; `COM¹`–`COM³` count too.
 */
export function isReservedOnWindows(name: string): boolean {
  const stem = (name.split('.')[0] ?? '').trimEnd();
  return RESERVED_WINDOWS.test(stem);
}

/** The second choice when the title's name is taken by another note: the id makes it unique. */
export function disambiguatedName(base: string, arxivId: string): string {
  return `${base} (${fallbackName(arxivId)})`;
}

export function joinPath(folder: string, name: string): string {
  return folder === '' ? `${name}.md` : `${folder}/${name}.md`;
}

const GREEK: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ',
  sigma: 'σ', tau: 'τ', upsilon: 'υ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

/** Commands that only style their argument: the argument stays, the command goes. */
const FONT_COMMANDS = /^(?:math[a-z]*|text[a-z]*|emph|bf|it|rm|operatorname|boldsymbol)$/;

/**
 * Titles keep their TeX in the note, but a file name is read as plain text: `$\pi_0$` becomes
 * `π0`, other commands lose their backslash, and math punctuation goes.
 */
export function texToPlain(title: string): string {
  if (!/[$\\]/.test(title)) return title;
  return title
    .replace(/\\([A-Za-z]+)/g, (_m, cmd: string) => GREEK[cmd] ?? (FONT_COMMANDS.test(cmd) ? '' : cmd))
    .replace(/[${}]/g, '')
    .replace(/[_^]/g, '');
}

const RESERVED_WINDOWS = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

function fallbackName(id: string): string {
  return id.replace(/\//g, '-');
}

/** Bytes of `text` in UTF-8, counted from its code points (no TextEncoder: jsdom and some WebViews lack it). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** At most `max` characters and MAX_NAME_BYTES bytes, at a space when one is near the end. */
function cutAtWord(text: string, max: number): string {
  // Keep surrogate pairs whole so an emoji is never split into invalid UTF-16.
  const chars: string[] = [];
  let bytes = 0;
  for (const ch of Array.from(text).slice(0, max)) {
    bytes += utf8Length(ch);
    if (bytes > MAX_NAME_BYTES) break;
    chars.push(ch);
  }
  let cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[. ]+$/, '');
}
