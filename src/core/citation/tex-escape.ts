/**
 * Makes a title or a name safe for a BibTeX field while keeping the TeX its authors wrote
 * (arXiv titles carry math such as `$\pi_0$` and commands such as `\"o` or `\textit{…}`):
 * - math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is copied as written;
 * - a backslash and what follows it (`\alpha`, `\&`, `\'e`) is copied as written: it is already TeX;
 * - elsewhere `%` `&` `#` `_` get a backslash, a `$` with no partner becomes `\$`, and `^` and `~`
 *   (in titles they mean "power" and "about", not TeX) become `\textasciicircum{}` and
 *   `\textasciitilde{}`;
 * - braces that balance are kept: they are TeX grouping or case protection. Braces that do not
 *   balance would stop BibTeX from reading the whole file, and BibTeX counts `\{` as a brace too,
 *   so then every brace is spelled as a command (`\textbraceleft{}`, or `\lbrace{}` in math).
 */
export function escapeTexField(text: string): string {
  const balanced = bracesBalance(text);
  return splitMath(text)
    .map((segment, index) => (index % 2 === 1 ? escapeMath(segment, balanced) : escapeTextSegment(segment, balanced)))
    .join('');
}

/** Even indices are text, odd indices are math (delimiters included). */
const MATH = /(\$\$[^$]+\$\$|\$[^$]+\$|\\\([\s\S]*?\\\)|\\\[[\s\S]*?\\\])/;

function splitMath(text: string): string[] {
  return text.split(MATH);
}

function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth += 1;
    if (ch === '}') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function escapeMath(math: string, balanced: boolean): string {
  if (balanced) return math;
  return math.replace(/\\?([{}])/g, (_m, brace: string) => (brace === '{' ? '\\lbrace{}' : '\\rbrace{}'));
}

const ESCAPED_WITH_BACKSLASH = new Set(['%', '&', '#', '_', '$']);
const AS_COMMAND: Readonly<Record<string, string>> = { '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };
const BRACE_COMMAND: Readonly<Record<string, string>> = { '{': '\\textbraceleft{}', '}': '\\textbraceright{}' };

function escapeTextSegment(text: string, balanced: boolean): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') {
      const command = /^\\(?:[A-Za-z]+|[\s\S])?/.exec(text.slice(i))?.[0] ?? '\\';
      const escapedBrace = command.length === 2 ? BRACE_COMMAND[command[1]] : undefined;
      if (command === '\\') out += '\\textbackslash{}';
      else out += !balanced && escapedBrace !== undefined ? escapedBrace : command;
      i += command.length;
      continue;
    }
    if (ESCAPED_WITH_BACKSLASH.has(ch)) out += `\\${ch}`;
    else if (AS_COMMAND[ch] !== undefined) out += AS_COMMAND[ch];
    else if (!balanced && BRACE_COMMAND[ch] !== undefined) out += BRACE_COMMAND[ch];
    else out += ch;
    i += 1;
  }
  return out;
}
