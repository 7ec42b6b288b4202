import type { ArxivIdString, PaperMetadata } from '../core/arxiv/types';
import type { Result } from '../core/result';

/** The answer of one HTTP GET, whatever its status: adapters never throw on 4xx/5xx. */
export interface HttpResponse {
  readonly status: number;
  readonly text: string;
}

/** Plain HTTP: `requestUrl` in Obsidian, Node's fetch in the CLI, a stub in tests. */
export interface HttpTransport {
  get(url: string, timeoutMs: number): Promise<Result<HttpResponse>>;
  /** A form-encoded POST, for queries too long for a URL. Transports without it get shorter GETs. */
  post?(url: string, form: string, timeoutMs: number): Promise<Result<HttpResponse>>;
}

/** What one batch lookup learnt: papers found, ids arXiv does not know. */
export interface ArxivBatch {
  readonly found: ReadonlyMap<ArxivIdString, PaperMetadata>;
  readonly missing: readonly ArxivIdString[];
}

export interface ArxivClient {
  /** Looks up many ids in as few requests as the API allows. */
  fetchPapers(ids: readonly ArxivIdString[]): Promise<Result<ArxivBatch>>;
}

/** A Markdown note's path with its parsed frontmatter (null when it has none). */
export interface NoteSummary {
  readonly path: string;
  readonly frontmatter: Readonly<Record<string, unknown>> | null;
  /** Set when the note has an `arxiv:` line but its properties are not valid YAML: the line to fix. */
  readonly unreadableLine?: number | null;
  /** The note's text, when the store read it to list it (a disk walk does): no second read needed. */
  readonly text?: string;
}

/**
 * The vault as the use cases see it. Paths are vault-relative with `/` separators.
 * Implementations: the Obsidian vault (plugin) and a folder on disk (CLI); both pass
 * test/app/note-store.contract.ts.
 */
export interface NoteStore {
  listNotes(): Promise<NoteSummary[]>;
  read(path: string): Promise<string | null>;
  exists(path: string): Promise<boolean>;
  /** Writes a new note; fails with EXISTS rather than overwrite. Creates missing folders. */
  create(path: string, content: string): Promise<Result<void>>;
  /**
   * Rewrites a note atomically from its current text: a failed write leaves the old file intact,
   * and a NOT_FOUND error is returned when the note is gone.
   */
  update(path: string, change: (current: string) => string): Promise<Result<void>>;
  /**
   * Changes a note's properties through `mutate` (set, delete or add keys on the object it gets).
   * The body is never touched. Obsidian's store goes through `processFrontMatter`; the disk store
   * rewrites only the keys that changed, byte for byte.
   */
  updateFrontmatter(path: string, mutate: (props: Record<string, unknown>) => void): Promise<Result<void>>;
  /**
   * Runs `work` while no other writer of this vault that honours the lock (another CLI process)
   * runs work under the same key; a holder that dies never leaves the key locked. Stores whose
   * writers all live in one process need none.
   */
  exclusive?<T>(key: string, work: () => Promise<Result<T>>): Promise<Result<T>>;
}

export interface Clock {
  now(): Date;
  sleep(ms: number): Promise<void>;
}

export interface Notifier {
  info(message: string): void;
  error(message: string): void;
}

/** A downloaded file: its bytes exactly as sent. */
export interface BinaryResponse {
  readonly status: number;
  readonly contentType: string;
  readonly bytes: ArrayBuffer;
}

/**
 * Binary HTTP for PDFs. A body larger than `maxBytes` is refused as a REFUSED error (the CLI stops
 * reading at the cap; Obsidian's requestUrl cannot stream, so it checks the length it got).
 */
export interface BinaryTransport {
  getBytes(url: string, timeoutMs: number, maxBytes: number): Promise<Result<BinaryResponse>>;
}

/** Files that are not notes (PDFs), written through the vault API in Obsidian. */
export interface BinaryStore {
  exists(path: string): Promise<boolean>;
  /** Writes a new file; fails with EXISTS rather than overwrite. Creates missing folders. */
  createBinary(path: string, data: ArrayBuffer): Promise<Result<void>>;
}
