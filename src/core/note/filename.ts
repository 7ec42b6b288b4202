/** Characters no OS, sync service or Obsidian link accepts in a file name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be removed
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const MAX_NAME = 120;

/**
 * A file name (without `.md`) from a paper title: forbidden characters become spaces, whitespace
 * is collapsed, and the name is capped so that the full path stays well under OS limits.
 */
export function noteBaseName(title: string, fallback: string): string {
  let name = title.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
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
