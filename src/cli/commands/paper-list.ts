import { exportNotes } from '../../app/paper-collection';
import { runQuery } from '../../core/dashboard/run-query';
import { listLine } from '../../core/dashboard/list-line';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { filteredPapers } from '../filtered-papers';
import { EXIT_OK, type CliIo } from '../io';

/** `list --vault DIR [--filter TEXT] [--json]`: the dashboard's rows as text or JSON. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const found = await filteredPapers(args, io);
  if (typeof found === 'number') return found;
  const { collection, query } = found;
  if (args.switches.has('json')) {
    const records = exportNotes(collection, query).map(({ record: r }) => ({
      path: r.path,
      title: r.title,
      authors: r.authors,
      year: r.year,
      arxiv: r.arxiv,
      categories: r.categories,
      tags: r.tags,
      rating: r.rating,
      status: r.status,
      added: r.added,
      citations: r.citations,
      venue: r.venue,
      venue_type: r.venueType,
      distilled: r.completeness,
      versions: r.versions,
      links: r.links,
    }));
    io.out(JSON.stringify(records, null, 2));
    return EXIT_OK;
  }
  const result = runQuery(collection.index, query);
  for (const record of result.records) io.out(listLine(record));
  io.out(`${result.records.length} of ${collection.index.size} papers${result.total > result.records.length ? ` (${result.total} match; limit applied)` : ''}.`);
  return EXIT_OK;
}

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list --vault DIR [--filter TEXT] [--json]',
  summary: 'List paper notes matching a filter ("tags: robotics -survey; rating: >=4"), as text or JSON.',
  maxPositionals: 0,
  run,
};
