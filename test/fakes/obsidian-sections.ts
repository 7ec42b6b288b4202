import type { HeadingCache, Loc, Pos, SectionCache } from 'obsidian';

/**
 * The block structure of a note as Obsidian's cache reports it in `sections` (and its headings,
 * setext ones included), read the CommonMark way: paragraphs, lists (with their indented and
 * lazy lines), ATX and setext headings, fenced and indented code, quotes and callouts, HTML and
 * `%%` comment blocks, `$$` math, tables, thematic breaks. A simplified reader, not a Markdown
 * parser: enough for the shapes notes take, and what the dashboard decides from it is held to
 * the note text by the tests.
 */
export function parseBlocks(text: string, bodyStart: number): { sections: SectionCache[]; headings: HeadingCache[] } {
  const lines = linesOf(text, bodyStart);
  const sections: SectionCache[] = [];
  const headings: HeadingCache[] = [];
  // In an object, so the closures below and the loop see one current block.
  const st: { open: Block | null } = { open: null };
  let blankBefore = false;
  const close = () => {
    if (st.open !== null) sections.push({ type: st.open.type, position: span(lines, st.open.from, st.open.to) });
    st.open = null;
  };
  const start = (type: string, i: number) => {
    close();
    st.open = { type, from: i, to: i };
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    if (line.trim() === '') {
      if (st.open !== null && st.open.type !== 'list') close();
      blankBefore = true;
      continue;
    }
    const wasBlank = blankBefore;
    blankBefore = false;
    const current = st.open;
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (current !== null && current.type === 'list' && (indent >= 2 || (!wasBlank && !startsBlock(line)))) {
      current.to = i = continueFenceIn(lines, i);
      continue;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      start('code', i);
      const marker = fence[1];
      let j = i + 1;
      while (j < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(lines[j].text)) j++;
      st.open!.to = Math.min(j, lines.length - 1);
      close();
      i = j;
      continue;
    }
    const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/.exec(line);
    if (atx) {
      close();
      sections.push({ type: 'heading', position: span(lines, i, i) });
      headings.push({ heading: (atx[2] ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim(), level: atx[1].length, position: span(lines, i, i) });
      continue;
    }
    if (current !== null && current.type === 'paragraph' && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line)) {
      // Setext: the paragraph above is a heading.
      const from = current.from;
      const title = lines.slice(from, i).map((l) => l.text.trim()).join(' ');
      st.open = null;
      sections.push({ type: 'heading', position: span(lines, from, i) });
      headings.push({ heading: title, level: line.trim().startsWith('=') ? 1 : 2, position: span(lines, from, i) });
      continue;
    }
    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) {
      close();
      sections.push({ type: 'thematicBreak', position: span(lines, i, i) });
      continue;
    }
    const marker = /^ {0,3}([-*+]|(\d{1,9})[.)])(?:[ \t]|$)/.exec(line);
    const emptyItem = marker !== null && line.trim() === marker[1];
    if (marker && !(current !== null && current.type === 'paragraph' && (emptyItem || (marker[2] !== undefined && marker[2] !== '1')))) {
      start('list', i);
      st.open!.to = i = continueFenceIn(lines, i);
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      if (current === null || (current.type !== 'blockquote' && current.type !== 'callout')) start(/^ {0,3}>\s*\[!/.test(line) ? 'callout' : 'blockquote', i);
      st.open!.to = i;
      continue;
    }
    const closer = /^ {0,3}<!--/.test(line) ? '-->' : /^ {0,3}%%/.test(line) ? '%%' : /^ {0,3}\$\$/.test(line) ? '$$' : null;
    if (closer !== null) {
      start(closer === '-->' ? 'html' : closer === '%%' ? 'comment' : 'math', i);
      const rest = line.trim().slice(closer === '-->' ? 4 : 2);
      let j = i;
      if (!rest.includes(closer)) {
        j = i + 1;
        while (j < lines.length && !lines[j].text.includes(closer)) j++;
      }
      st.open!.to = Math.min(j, lines.length - 1);
      close();
      i = j;
      continue;
    }
    if (current !== null && current.type !== 'list') {
      // Paragraphs, quotes, tables and HTML run on to the next blank line.
      current.to = i;
      continue;
    }
    if (indent >= 4) {
      start('code', i);
      continue;
    }
    start(/^ {0,3}</.test(line) ? 'html' : /^ {0,3}\|/.test(line) ? 'table' : /^\[\^[^\]]+\]:/.test(line) ? 'footnoteDefinition' : 'paragraph', i);
  }
  close();
  return { sections, headings };
}

/** Lines that start a block of their own rather than continue a list item lazily. */
function startsBlock(line: string): boolean {
  return /^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|>|<|%%|\$\$|\||([-*_])(?:[ \t]*\1){2,}[ \t]*$)/.test(line);
}

/** A fence opened inside a list item runs to its closing fence, all of it the list's. */
function continueFenceIn(lines: readonly { text: string }[], i: number): number {
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(lines[i].text.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, ''));
  if (!fence) return i;
  let j = i + 1;
  while (j < lines.length && !new RegExp(`^[ \\t]*${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`).test(lines[j].text)) j++;
  return Math.min(j, lines.length - 1);
}

interface Block {
  type: string;
  from: number;
  to: number;
}

interface Line {
  readonly text: string;
  readonly offset: number;
  readonly line: number;
}

function linesOf(text: string, from: number): Line[] {
  const out: Line[] = [];
  let line = text.slice(0, from).split('\n').length - 1;
  for (let offset = from; offset <= text.length; line++) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline;
    out.push({ text: text.slice(offset, end).replace(/\r$/, ''), offset, line });
    if (newline === -1) break;
    offset = newline + 1;
  }
  return out;
}

function span(lines: readonly Line[], from: number, to: number): Pos {
  const a = lines[from];
  const b = lines[to];
  const start: Loc = { line: a.line, col: 0, offset: a.offset };
  const end: Loc = { line: b.line, col: b.text.length, offset: b.offset + b.text.length };
  return { start, end };
}
