/**
 * Whether arXiv has a newer version of a paper than the one the reader knows, as one pure function
 * the dashboard row, the note's header card and the refresh report all call.
 *
 * What "the version the reader knows" is, without a new frontmatter key: `read_version` (reader
 * owned, set when the paper is marked read) when present. Before the paper is read, the baseline is
 * the version the note was created from or last refreshed to — that is the `arxiv_version` the note
 * holds *before* a refresh, so the refresh that raises `arxiv_version` passes it as `baseline` and
 * reports the jump. Afterwards an unread note has nothing to report: when the reader reads it, they
 * read the newest version.
 */

export interface VersionStatus {
  /** The newest version arXiv has (the note's `arxiv_version` after a refresh). */
  readonly latest: number;
  /** The version the reader read, or the note's earlier version when `kind` is `updated`. */
  readonly known: number;
  /** `read`: newer than `read_version`; `updated`: newer than the note's version before a refresh. */
  readonly kind: 'read' | 'updated';
  /** "v3 available; you read v2" (or "; the note had v2"), plus the arXiv comment when known. */
  readonly message: string;
}

export interface VersionInputs {
  /** The note's properties (after a refresh, when called from one). */
  readonly frontmatter: Readonly<Record<string, unknown>> | null;
  /** The note's `arxiv_version` before the refresh that just ran, if one did. */
  readonly baseline?: number | null;
  /** arXiv's comment on the newest version ("Accepted at CoRL 2024; v3 adds experiments"). */
  readonly comment?: string | null;
}

/** A newer-version report, or null when the reader is up to date (or nothing is known). */
export function versionStatus(input: VersionInputs): VersionStatus | null {
  const fm = input.frontmatter ?? {};
  const latest = positiveInt(fm.arxiv_version);
  if (latest === null) return null;
  const read = positiveInt(fm.read_version);
  const baseline = positiveInt(input.baseline);
  let known: number;
  let kind: VersionStatus['kind'];
  if (read !== null) {
    known = read;
    kind = 'read';
  } else if (baseline !== null) {
    known = baseline;
    kind = 'updated';
  } else {
    return null;
  }
  if (latest <= known) return null;
  const who = kind === 'read' ? 'you read' : 'the note had';
  const comment = (input.comment ?? '').replace(/\s+/g, ' ').trim();
  const message = `v${latest} available; ${who} v${known}.` + (comment === '' ? '' : ` arXiv comment: ${comment}`);
  return { latest, known, kind, message };
}

/** `2`, `"2"` and `"v2"` are all version 2; anything else is no version. */
export function positiveInt(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().replace(/^v/i, '') : '';
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && Number.isSafeInteger(n) ? n : null;
}
