import type { PaperMetadata } from '../../src/core/arxiv/types';

/**
 * arXiv's `search_query` language, as far as a test server needs it: `ti:` `abs:` `au:` `all:`
 * fields (a bare term searches all), words and "quoted phrases", `field:(…)` groups, `AND`, `OR`,
 * `ANDNOT` (AND binds tighter than OR), parentheses. Matching is token-based like arXiv's index:
 * punctuation splits words, case and accents are ignored.
 */

type Field = 'ti' | 'abs' | 'au' | 'all';
type Node =
  | { readonly op: 'term'; readonly field: Field; readonly words: readonly string[] }
  | { readonly op: 'and' | 'or' | 'andnot'; readonly left: Node; readonly right: Node };

export function searchTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

type Token = { kind: 'open' | 'close' } | { kind: 'op'; op: 'and' | 'or' | 'andnot' } | { kind: 'term'; field: Field | null; text: string; grouped: boolean };

function lex(query: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(\()|(\))|(?:(ti|abs|au|all):)?(?:"([^"]*)"|(\()|([^\s()"]+)))/gy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(query)) !== null && m[0] !== '') {
    const [, open, close, field, phrase, fieldOpen, word] = m;
    if (open !== undefined) tokens.push({ kind: 'open' });
    else if (close !== undefined) tokens.push({ kind: 'close' });
    else if (fieldOpen !== undefined) tokens.push({ kind: 'term', field: (field ?? 'all') as Field, text: '', grouped: true });
    else if (phrase !== undefined) tokens.push({ kind: 'term', field: (field ?? null) as Field | null, text: phrase, grouped: false });
    else if (word !== undefined && field === undefined && /^(AND|OR|ANDNOT)$/.test(word)) tokens.push({ kind: 'op', op: word.toLowerCase() as 'and' | 'or' | 'andnot' });
    else tokens.push({ kind: 'term', field: (field ?? null) as Field | null, text: word ?? '', grouped: false });
  }
  if (re.lastIndex !== 0 && re.lastIndex < query.trimEnd().length) throw new Error(`cannot parse near "${query.slice(re.lastIndex)}"`);
  return tokens;
}

/** Parses a query; throws on syntax arXiv would reject. */
export function parseSearchQuery(query: string): Node {
  const tokens = lex(query);
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  function primary(field: Field): Node {
    const t = tokens[i++];
    if (t === undefined) throw new Error('query ends early');
    if (t.kind === 'open' || (t.kind === 'term' && t.grouped)) {
      const inner = t.kind === 'term' ? or(t.field ?? field) : or(field);
      if (tokens[i++]?.kind !== 'close') throw new Error('missing )');
      return inner;
    }
    if (t.kind !== 'term') throw new Error('operator where a term belongs');
    return { op: 'term', field: t.field ?? field, words: searchTokens(t.text) };
  }
  function and(field: Field): Node {
    let left = primary(field);
    for (let t = peek(); t?.kind === 'op' && t.op !== 'or'; t = peek()) {
      i++;
      left = { op: t.op, left, right: primary(field) };
    }
    return left;
  }
  function or(field: Field): Node {
    let left = and(field);
    for (let t = peek(); t?.kind === 'op' && t.op === 'or'; t = peek()) {
      i++;
      left = { op: 'or', left, right: and(field) };
    }
    return left;
  }
  const tree = or('all');
  if (i !== tokens.length) throw new Error('unexpected text after the query');
  return tree;
}

function fieldTokens(paper: PaperMetadata, field: Field): string[][] {
  const ti = searchTokens(paper.title);
  const abs = searchTokens(paper.abstract);
  const au = paper.authors.map(searchTokens);
  if (field === 'ti') return [ti];
  if (field === 'abs') return [abs];
  if (field === 'au') return au;
  return [ti, abs, ...au];
}

function hasRun(tokens: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + words.length <= tokens.length; i++) if (words.every((w, j) => tokens[i + j] === w)) return true;
  return false;
}

export function matchesQuery(tree: Node, paper: PaperMetadata): boolean {
  switch (tree.op) {
    case 'term':
      return tree.words.length > 0 && fieldTokens(paper, tree.field).some((tokens) => hasRun(tokens, tree.words));
    case 'and':
      return matchesQuery(tree.left, paper) && matchesQuery(tree.right, paper);
    case 'or':
      return matchesQuery(tree.left, paper) || matchesQuery(tree.right, paper);
    case 'andnot':
      return matchesQuery(tree.left, paper) && !matchesQuery(tree.right, paper);
  }
}
