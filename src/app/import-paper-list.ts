import { looksLikeChannelDigest } from '../core/import/channel-digest';
import { parseHfDailyJson } from '../core/import/hf-daily-json';
import { looksLikeHfDaily } from '../core/import/hf-daily-text';
import type { ListedPaper } from '../core/import/listed-paper';
import { splitReadingLog, type LogEntry } from '../core/import/log-split';
import { parsePaperList } from '../core/import/paper-list';
import { err, ok, type Result } from '../core/result';
import { planEntries, planSearched, type ImportDeps, type ImportPlan } from './import-reading-log';
import { resolveTitles } from './import-titles';
import type { HttpTransport } from './ports';

export const HF_DAILY_API = 'https://huggingface.co/api/daily_papers';

/**
 * Plans the import of a list of papers, whatever its shape: a reading log (Markdown, or its
 * plain-text export) imports as a log; a digest, a copied daily list, a list of one-line entries
 * or any text with arXiv links imports as a list of `to-read` papers. Papers without an id are
 * looked up by title; `source` names the list in the notes (`## Notes from <source>`).
 */
export async function planListImport(text: string, source: string, deps: ImportDeps): Promise<ImportPlan> {
  if (!looksLikeChannelDigest(text)) {
    // Citations (or several entry headings) make a reading log, whatever else the text holds.
    const log = splitReadingLog(text, deps.settings().requiredSections);
    const isLog = log.entries.some((e) => e.citation !== null) || (log.mode === 'headings' && log.entries.length >= 2 && !looksLikeHfDaily(text));
    if (isLog) return planSearched(log.mode, 'log', log.entries, deps);
  }
  const list = parsePaperList(text);
  const entries = list.papers.map((p) => listedEntry(p, source));
  return planSearched(list.format, 'list', entries, deps);
}

/**
 * Hugging Face's daily papers for a day (ids come with them; arXiv's metadata is then fetched in
 * one batch when the notes are written). `apiBase` is the daily papers endpoint.
 */
export async function planHfDailyImport(
  date: string,
  http: HttpTransport,
  apiBase: string,
  deps: ImportDeps,
): Promise<Result<ImportPlan>> {
  const url = `${apiBase}${apiBase.includes('?') ? '&' : '?'}date=${encodeURIComponent(date)}`;
  const res = await http.get(url, 20_000);
  if (!res.ok) return err(res.error.code, `Hugging Face could not be reached: ${res.error.message}`);
  if (res.value.status !== 200) return err('HTTP', `Hugging Face answered HTTP ${res.value.status} for the daily papers of ${date}.`);
  const papers = parseHfDailyJson(res.value.text);
  if (!papers.ok) return papers;
  const entries = papers.value.map((p) => listedEntry(p, `Hugging Face daily papers ${date}`));
  return ok(await planEntries('hf-daily', 'list', await resolveTitles(entries, undefined), deps));
}

/** The plan with only the entries the reader picked (by number); the others are left out. */
export async function selectEntries(plan: ImportPlan, numbers: ReadonlySet<number>, deps: ImportDeps): Promise<ImportPlan> {
  const kept = plan.entries.filter((e) => numbers.has(e.number)).map((e) => ({ entry: e.entry, found: e.found, meta: e.meta }));
  return planEntries(plan.mode, plan.kind, kept, deps);
}

function listedEntry(p: ListedPaper, source: string): LogEntry {
  return {
    line: p.line,
    heading: p.heading,
    topics: [],
    citation: null,
    body: [],
    arxivId: p.arxivId,
    summary: p.summary,
    abstract: p.abstract,
    upvotes: p.upvotes,
    ...(p.commentary.length > 0 ? { notes: { label: `Notes from ${source}`, lines: p.commentary } } : {}),
  };
}
