import { CORE_SCHEMA, load } from 'js-yaml';
import { Document, isCollection, isScalar, parse, parseDocument, visit } from 'yaml';
import { readSimpleYaml } from './simple-yaml';

/** Where a note's frontmatter block sits: `yaml` is the text between the fences. */
export interface FrontmatterSplit {
  readonly yaml: string | null;
  /** Everything after the closing fence line (or the whole note when there is no block). */
  readonly body: string;
}

// Obsidian only treats a block as frontmatter when `---` is the very first line, and it ends at the
// first line that is `---` itself: a value ending in `---` (an author "---", a title "Foo ---")
// must not close the block early.
// A byte order mark before the fence (some Windows editors write one) does not hide the block.
const FRONTMATTER = /^\uFEFF?---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontmatter(markdown: string): FrontmatterSplit {
  const match = FRONTMATTER.exec(markdown);
  if (!match) return { yaml: null, body: markdown };
  return { yaml: match[1] ?? '', body: markdown.slice(match[0].length) };
}

/**
 * Parsed frontmatter as a plain object; null when absent, empty, or not a mapping. This runs for
 * every note a vault scan meets, so plain blocks are read by readSimpleYaml (microseconds), the
 * rest with js-yaml (a tenth of `yaml`'s time) where it gives the `yaml` library's values, and
 * with `yaml` itself for what js-yaml reads differently (see `needsFullReader`); the tests hold
 * all three to the same values over a hostile corpus.
 */
export function readFrontmatter(markdown: string): Record<string, unknown> | null {
  const { yaml } = splitFrontmatter(markdown);
  if (yaml === null || yaml.trim() === '') return null;
  // The plugin's own notes, in microseconds; anything less plain goes on to js-yaml or `yaml`.
  const simple = readSimpleYaml(yaml);
  if (simple !== undefined) return simple;
  if (!needsFullReader(yaml)) {
    try {
      const value = load(yaml, { schema: CORE_SCHEMA });
      return isRecord(value) ? value : null;
    } catch {
      // Stricter than `yaml` on some input: let the full reader decide.
    }
  }
  return readFrontmatterFully(yaml);
}

/** The `yaml` library's reading of a frontmatter block (the reference; edits use the same parser). */
export function readFrontmatterFully(yaml: string): Record<string, unknown> | null {
  try {
    const value: unknown = parse(yaml);
    return isRecord(value) ? value : null;
  } catch {
    // A reader's broken YAML is theirs to fix; treat the note as having no properties.
    return null;
  }
}

/**
 * Constructs on which js-yaml and `yaml` disagree, or where `yaml` refuses what js-yaml accepts,
 * all rare in frontmatter: tags, anchors, aliases and merge keys; directives and document
 * markers; complex and collection keys; null keys; a sequence nested on one line (`- -`);
 * numbers with `_`, `0b`, a sign before `.5` or `0`, or an overflowing exponent; `:` right after a
 * quoted key. The corpus test fails on any other disagreement it meets.
 */
const FULL_READER_NEEDED = new RegExp(
  [
    '[!&*?]',
    '<<',
    '^(?:%|---|\\.\\.\\.)',
    '[\\]}][ \\t]*:',
    '[[{][ \\t]*[[{:,]',
    '(?:^|[ \\t,[{])(?:~|null|Null|NULL)?[ \\t]*:(?:[ \\t]|$)',
    '^[ \\t]*-[ \\t]+-(?:[ \\t]|$)',
    '[0-9]_|\\b0[bB]|(?:^|[ \\t:,[{])[-+]\\.?[0-9]|[eE][-+]?[0-9]{3}',
    '["\']:[^ \\t\\r\\n]',
  ].join('|'),
  'm',
);

function needsFullReader(yaml: string): boolean {
  return FULL_READER_NEEDED.test(yaml);
}

/**
 * YAML for a new note's frontmatter, fenced. Strings that YAML would read as numbers, booleans or
 * dates (an arXiv id like 2406.10454) are quoted by the library, so types survive the round trip.
 */
export function renderFrontmatter(props: Readonly<Record<string, unknown>>): string {
  const defined = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
  const doc = new Document(defined);
  // YAML 1.1 readers take yes/no/on/off as booleans; quote them so a title "Yes" stays text.
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && YAML11_BOOL.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n`;
}

const YAML11_BOOL = /^(?:y|n|yes|no|on|off|true|false)$/i;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where a note's properties block stops being valid YAML: the 1-based line in the note (the
 * opening `---` is line 1), or null when the block reads fine or there is none. A note whose
 * properties cannot be read is not "not a paper note"; saying where lets the reader fix it.
 */
export function unreadablePropertiesLine(markdown: string): number | null {
  const { yaml } = splitFrontmatter(markdown);
  if (yaml === null || yaml.trim() === '') return null;
  const doc = parseDocument(yaml);
  const first = doc.errors[0];
  if (first === undefined) return null;
  const at = openedAt(doc, first.pos[0]);
  const line = yaml.slice(0, at).split('\n').length;
  // The block starts on the line after the fence (and after a byte order mark, still line 1).
  return line + 1;
}

/**
 * An unclosed `[`, `{` or quote is only noticed where the next key begins; the reader needs the line
 * where it was opened. The outermost flow collection or quoted value reaching the error wins.
 */
function openedAt(doc: Document.Parsed, errorAt: number): number {
  let start = errorAt;
  visit(doc, {
    Node(_key, node) {
      const range = node.range;
      const opens = (isCollection(node) && node.flow === true) || (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'));
      if (opens && range && range[0] < errorAt && errorAt <= range[2]) start = Math.min(start, range[0]);
    },
  });
  return start;
}
