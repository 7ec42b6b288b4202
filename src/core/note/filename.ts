/** Characters no OS, sync service or Obsidian link accepts in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

/**
 * A file name (without `.md`) from a paper title: forbidden characters become spaces, whitespace
 * is collapsed, and the name is capped so that the full path stays well under OS limits.
 */
export function noteBaseName(title: string, fallback: string): string {
  let name = texToPlain(title).normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // Leading dots hide files on Unix; trailing dots and spaces are dropped by Windows.
  name = name.replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name.length > MAX_NAME) name = cutAtWord(name, MAX_NAME);
  if (name === '' || RESERVED_WINDOWS.test(name)) return fallbackName(fallback);
  return name;
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

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

function fallbackName(id: string): string {
  return id.replace(/\//g, '-');
}

function cutAtWord(text: string, max: number): string {
  // Keep surrogate pairs whole so an emoji is never split into invalid UTF-16.
  const chars = Array.from(text).slice(0, max);
  let cut = chars.join('');
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[. ]+$/, '');
}
