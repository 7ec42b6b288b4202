import type { SectionMapping } from '../core/import/imported-note';
import type { ImportOutcome, ImportPlan, ImportResult, PlannedEntry } from './import-reading-log';
import type { FoundBy } from './import-titles';

/** The preview's numbers, for the modal's header and the CLI's first lines. */
export function planHeadline(plan: ImportPlan): string {
  const n = plan.entries.length;
  if (n === 0) return 'No paper entries found in this log (an entry starts at a heading with the paper title, or at a citation line).';
  const withId = plan.entries.filter((e) => e.entry.arxivId !== null).length;
  const counts = countActions(plan);
  const parts = [`${n} ${n === 1 ? 'entry' : 'entries'}: ${withId} with an arXiv ID, ${n - withId} without.`];
  const todo = [`${counts.create} new ${counts.create === 1 ? 'note' : 'notes'}`];
  if (counts.fill > 0) todo.push(`${counts.fill} empty ${counts.fill === 1 ? 'note' : 'notes'} to fill in`);
  if (counts.imported > 0) todo.push(`${counts.imported} already imported`);
  if (counts.differs > 0) todo.push(`${counts.differs} changed since import (left as is)`);
  if (counts.exists > 0) todo.push(`${counts.exists} already in the vault`);
  if (counts.duplicate > 0) todo.push(`${counts.duplicate} repeated in the log`);
  parts.push(`${todo.join(', ')}.`);
  if (plan.idsToFetch.length > 0) parts.push(`arXiv metadata for ${plan.idsToFetch.length} ${plan.idsToFetch.length === 1 ? 'paper' : 'papers'} in one request.`);
  return parts.join(' ');
}

function countActions(plan: ImportPlan): Record<PlannedEntry['action']['kind'], number> {
  const counts = { create: 0, fill: 0, imported: 0, differs: 0, exists: 0, duplicate: 0 };
  for (const e of plan.entries) counts[e.action.kind]++;
  return counts;
}

/** One entry of the preview: `3. Title — arXiv 2406.10454 — new`. */
export function entryLine(e: PlannedEntry): string {
  const id = e.entry.arxivId !== null ? `arXiv ${e.entry.arxivId}` : 'no arXiv ID';
  const star = e.entry.heading.recommended ? ' 🌟' : '';
  const votes = typeof e.entry.upvotes === 'number' ? ` (${e.entry.upvotes} upvotes)` : '';
  return `${e.number}. ${e.title}${star}${votes} — ${id}${foundText(e.found)} — ${actionText(e)}`;
}

/** How the paper was found, as the preview says it. */
export function foundText(found: FoundBy): string {
  switch (found.kind) {
    case 'id':
      return '';
    case 'title':
      return ' (exact title match)';
    case 'chosen':
      return ' (chosen)';
    case 'ambiguous':
      return ` (not sure: ${found.candidates.length} close ${found.candidates.length === 1 ? 'title' : 'titles'}, ${found.candidates.map((c) => c.arxiv).join(', ')})`;
    case 'none':
      return found.searched ? ' (not found on arXiv)' : '';
    case 'unreachable':
      return ` (arXiv could not be searched: ${found.message})`;
  }
}

function actionText(e: PlannedEntry): string {
  switch (e.action.kind) {
    case 'create':
      return 'new';
    case 'fill':
      return `fills in ${e.action.path} (still the empty template)`;
    case 'imported':
      return `already imported (${e.action.path})`;
    case 'differs':
      return `kept: ${e.action.path} differs from the log`;
    case 'exists':
      return `already in the vault (${e.action.path})`;
    case 'duplicate':
      return `same paper as entry ${e.action.of}`;
  }
}

/** `General Idea ← Main Question · kept: TODO · tags: topic/robotics`; for a list, what it adds. */
export function mappingLine(e: PlannedEntry): string {
  const fromList = e.entry.notes !== undefined || (e.entry.citation === null && e.entry.body.length === 0);
  const parts = fromList ? listExtras(e) : e.mappings.map(describeMapping);
  if (e.topicTags.length > 0) parts.push(`tags: ${e.topicTags.join(', ')}`);
  return parts.length === 0 ? 'no sections' : parts.join(' · ');
}

function listExtras(e: PlannedEntry): string[] {
  const out: string[] = [];
  const h = e.entry.heading;
  if (e.entry.summary) out.push(`tldr: ${e.entry.summary}`);
  if (h.recommended) out.push('rating: recommended (🌟)');
  if (h.resources.length > 0) out.push(`resources: ${h.resources.join(', ')}`);
  if (h.remarks.length > 0) out.push(`remarks: ${h.remarks.join(', ')}`);
  if (e.entry.notes !== undefined && e.entry.notes.lines.length > 0) out.push(`## ${e.entry.notes.label} (${e.entry.notes.lines.length} ${e.entry.notes.lines.length === 1 ? 'line' : 'lines'})`);
  if (e.meta === null && e.entry.arxivId === null && e.entry.abstract) out.push("the list's abstract");
  if (e.meta !== null || e.entry.arxivId !== null) out.push("arXiv's metadata");
  for (const m of e.mappings.filter((m) => m.from !== e.entry.notes?.label)) out.push(describeMapping(m));
  return out;
}

function describeMapping(m: SectionMapping): string {
  return m.to === null ? `kept: ${m.from}` : `${m.to} ← ${m.from}`;
}

/** The whole preview as text lines (CLI, and the modal's fallback). */
export function previewLines(plan: ImportPlan): string[] {
  const lines = [planHeadline(plan)];
  for (const e of plan.entries) lines.push(entryLine(e), `   ${mappingLine(e)}`);
  return lines;
}

/** `not sure which arXiv paper this is: 2406.10454 "HumanPlus: …", 2210.02747 "Flow …"`. */
function closeTitlesText(candidates: readonly { readonly arxiv: string; readonly title: string }[]): string {
  return `not sure which arXiv paper this is: ${candidates.map((c) => `${c.arxiv} "${c.title}"`).join(', ')}`;
}

export interface ImportSummary {
  readonly headline: string;
  /** One sentence per entry that needs the reader's attention. */
  readonly details: readonly string[];
  readonly problems: boolean;
}

export function summarizeImport(plan: ImportPlan, result: ImportResult): ImportSummary {
  const count = (pred: (o: ImportOutcome) => boolean) => result.outcomes.filter(pred).length;
  const created = count((o) => o.kind === 'created');
  const queued = count((o) => o.kind === 'created' && o.metadata === 'queued');
  const titlesQueued = count((o) => o.kind === 'created' && o.metadata === 'title-queued');
  const notFound = count((o) => o.kind === 'created' && o.metadata === 'not-found');
  const filled = count((o) => o.kind === 'filled');
  const imported = count((o) => o.kind === 'skipped' && o.action.kind === 'imported');
  const differs = count((o) => o.kind === 'skipped' && o.action.kind === 'differs');
  const inVault = count((o) => o.kind === 'skipped' && o.action.kind === 'exists');
  const duplicates = count((o) => o.kind === 'skipped' && o.action.kind === 'duplicate');
  const failed = count((o) => o.kind === 'failed');
  const parts = [`${created} ${created === 1 ? 'note' : 'notes'} created`];
  if (queued > 0) parts.push(`${queued} without arXiv metadata yet (metadata queued)`);
  if (titlesQueued > 0) parts.push(`${titlesQueued} not yet searched on arXiv (title search queued)`);
  if (filled > 0) parts.push(`${filled} empty ${filled === 1 ? 'note' : 'notes'} filled in`);
  if (imported > 0) parts.push(`${imported} already imported`);
  if (differs > 0) parts.push(`${differs} left as is (changed since import)`);
  if (inVault > 0) parts.push(`${inVault} already in the vault`);
  if (duplicates > 0) parts.push(`${duplicates} repeated in the log`);
  if (failed > 0) parts.push(`${failed} failed`);
  const details: string[] = [];
  if (result.fetchError !== null && queued > 0) details.push(`arXiv could not be reached (${result.fetchError}); the notes hold what the log gives and their arXiv ID, and the metadata is filled in later.`);
  const unsearched = plan.entries.find((e) => e.found.kind === 'unreachable')?.found;
  if (titlesQueued > 0 && unsearched?.kind === 'unreachable') {
    details.push(`arXiv could not be searched (${unsearched.message}); those notes hold what the list gives, and their titles are looked up again when arXiv answers.`);
  }
  const titleOf = (n: number) => plan.entries[n - 1]?.title ?? `entry ${n}`;
  for (const o of result.outcomes) {
    if (o.kind === 'failed') details.push(`${titleOf(o.number)}: ${o.message}`);
    if (o.kind === 'created' && o.metadata === 'not-found') details.push(`${titleOf(o.number)}: arXiv has no paper ${plan.entries[o.number - 1]?.entry.arxivId ?? ''}; the note was written from the log.`);
    const found = plan.entries[o.number - 1]?.found;
    if (o.kind === 'created' && found?.kind === 'ambiguous') details.push(`${titleOf(o.number)}: ${closeTitlesText(found.candidates)}; written without an arXiv ID.`);
    if (o.kind === 'skipped' && o.action.kind === 'differs') details.push(`${o.action.path} was not overwritten: it differs from the log entry "${titleOf(o.number)}".`);
  }
  if (notFound > 0) parts.push(`${notFound} not found on arXiv`);
  return { headline: `Import: ${parts.join(', ')}.`, details, problems: failed > 0 || notFound > 0 };
}
