import { ArxivApiClient, DEFAULT_ARXIV_OPTIONS } from '../src/app/arxiv-api-client';
import type { CitationEngine } from '../src/app/citation-engine';
import { PaperNoteCreator } from '../src/app/create-paper-notes';
import { PoliteQueue } from '../src/app/polite-queue';
import type { HttpTransport } from '../src/app/ports';
import { ok } from '../src/core/result';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { atomEntryXml, atomFeedXml, samplePaper } from '../test/builders/atom';
import { FakeClock } from '../test/support/fake-clock';
import { MemoryNoteStore } from '../test/support/memory-note-store';

const ARXIV_INTERVAL_MS = 3_000;

/** An in-process arXiv that answers id_list queries from 100 generated papers. */
function fakeArxiv(ids: string[]): { transport: HttpTransport; requests: () => number } {
  const entries = new Map(ids.map((id, i) => [id, atomEntryXml(samplePaper({ arxiv: id, title: `Paper ${i}` }))]));
  let requests = 0;
  const transport: HttpTransport = {
    get(url) {
      requests++;
      const list = new URL(url).searchParams.get('id_list')?.split(',') ?? [];
      const found = list.map((id) => entries.get(id)).filter((e): e is string => e !== undefined);
      return Promise.resolve(ok({ status: 200, text: atomFeedXml(found, { totalResults: found.length }) }));
    },
  };
  return { transport, requests: () => requests };
}

/**
 * A 100-id import through the real use case with a clock that records pacing instead of waiting,
 * next to the one-request-per-paper importer that other plugins use (batch size 1).
 */
export async function importFigures(citations: CitationEngine): Promise<Record<string, number>> {
  const ids = Array.from({ length: 100 }, (_, i) => `2401.${String(10000 + i)}`);
  const run = async (batchSize: number) => {
    const arxiv = fakeArxiv(ids);
    const clock = new FakeClock();
    const client = new ArxivApiClient(arxiv.transport, new PoliteQueue(clock, ARXIV_INTERVAL_MS), clock, {
      ...DEFAULT_ARXIV_OPTIONS,
      batchSize,
    });
    const store = new MemoryNoteStore();
    const creator = new PaperNoteCreator({ store, arxiv: client, citations, clock, settings: () => DEFAULT_SETTINGS });
    const outcomes = await creator.createFromInputs(ids);
    const created = outcomes.filter((o) => o.kind === 'created').length;
    if (created !== ids.length) throw new Error(`import bench created ${created} of ${ids.length} notes`);
    return { requests: arxiv.requests(), pacingS: clock.slept / 1000 };
  };
  const batched = await run(DEFAULT_ARXIV_OPTIONS.batchSize);
  const baseline = await run(1);
  return {
    'import.requests_100': batched.requests,
    'import.pacing_s_100': batched.pacingS,
    'import.baseline_requests_100': baseline.requests,
    'import.baseline_pacing_s_100': baseline.pacingS,
  };
}
