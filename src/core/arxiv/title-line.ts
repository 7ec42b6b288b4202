/**
 * Whether a pasted line that is not an arXiv id or link should be searched on arXiv as a title,
 * and the title to search. A link to elsewhere (`https://github.com/foo/bar`, `github.com/foo`)
 * or a lone word (`abc`, a typo of an id) is not a title: searching it would only bury the
 * reader's mistake under "no arXiv paper has a title like…", so those stay "not recognised".
 */
export function titleFromLine(line: string): string | null {
  const title = stripDecoration(line);
  if (title.includes('://') || looksLikeHostPath(title)) return null;
  const wordsWithLetters = title.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return wordsWithLetters.length >= 2 ? title : null;
}

/** A list bullet or number in front, quotes (straight, curly, guillemets) around the whole line. */
function stripDecoration(line: string): string {
  let text = line.trim().replace(/^(?:[-*+•>]+|\d+[.)])\s+/u, '');
  const quotes = /^["'“”‘’«»„`]+|["'“”‘’«»„`]+$/gu;
  text = text.replace(quotes, '').trim();
  return text;
}

/**
 * `www.…`, `mailto:…`, `host.tld/path` or `host.tld:port`. Hosts are pasted in lower case; a title's
 * `Node.js/TypeScript` or `llama.cpp: …` is not a host.
 */
function looksLikeHostPath(text: string): boolean {
  return text
    .split(/\s+/)
    .some((word) => /^(?:www\.\S|mailto:)/iu.test(word) || /^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}(?:\/|:\d+)/u.test(word));
}
