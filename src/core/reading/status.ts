import { err, ok, type Result } from '../result';
import type { ReadingStatus } from '../settings';

/** The reading flow, in order: a paper waits, is being read, has been read. */
export const READING_STATUSES: readonly ReadingStatus[] = ['to-read', 'reading', 'read'];

export const STATUS_LABELS: Readonly<Record<ReadingStatus, string>> = {
  'to-read': 'To read',
  reading: 'Reading',
  read: 'Read',
};

/** A status the reader typed; also takes the labels ("To read", "to read"). */
export function validateStatus(input: string): Result<ReadingStatus> {
  const key = input.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const found = READING_STATUSES.find((s) => s === key);
  if (found) return ok(found);
  return err('REFUSED', `"${input.trim()}" is not a reading status; use to-read, reading or read.`);
}

/** The status stored in a note; null when absent or not one of the three. */
export function readStatus(value: unknown): ReadingStatus | null {
  return typeof value === 'string' && (READING_STATUSES as readonly string[]).includes(value) ? (value as ReadingStatus) : null;
}

/** The next step of the flow (to-read → reading → read); null once read. */
export function nextStatus(current: ReadingStatus | null): ReadingStatus | null {
  if (current === null) return 'to-read';
  const i = READING_STATUSES.indexOf(current);
  return READING_STATUSES[i + 1] ?? null;
}

export interface StatusChangeOptions {
  /** Today as YYYY-MM-DD, for `started` / `finished`. */
  readonly today: string;
  /** Record `started` and `finished` dates (a setting; off by default). */
  readonly trackDates: boolean;
}

/**
 * The property changes that go with a new status, applied to the properties object that
 * `processFrontMatter` hands out. Marking read records the version read (`read_version` =
 * `arxiv_version`, when the note knows it). With dates on, starting to read sets `started` once
 * (a re-read keeps the first date) and marking read sets `finished` to today. Nothing else is
 * touched: going back to `to-read` keeps the dates and the version read, as history.
 * The read gate is not checked here; callers ask checkReadGate first.
 */
export function applyStatus(props: Record<string, unknown>, status: ReadingStatus, opts: StatusChangeOptions): void {
  props.status = status;
  if (status === 'read') {
    const version = props.arxiv_version;
    if (typeof version === 'number' && Number.isInteger(version) && version > 0) props.read_version = version;
  }
  if (!opts.trackDates) return;
  if (status === 'reading' && (props.started === undefined || props.started === null)) props.started = opts.today;
  if (status === 'read') {
    if (props.started === undefined || props.started === null) props.started = opts.today;
    props.finished = opts.today;
  }
}
