import { exportNotes, loadPaperCollection, queryFromFilter } from '../../app/paper-collection';
import { runQuery } from '../../core/dashboard/run-query';
import { rowModel } from '../../core/dashboard/model';
import type { ParsedArgs } from '../args';
import type { CliCommand } from '../command';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { openVault } from '../vault-context';

/** `list --vault DIR [--filter TEXT] [--json]`: the dashboard's rows as text or JSON. */
async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const vault = await openVault(args);
  if (!vault.ok) {
    io.err(vault.error.message);
    return EXIT_USAGE;
  }
  const query = queryFromFilter(args.options.get('filter'));
  if (!query.ok) {
    io.err(query.error.message);
    return EXIT_USAGE;
  }
  const { settings, store } = vault.value;
  const collection = await loadPaperCollection(store, settings);
  if (args.switches.has('json')) {
    const records = exportNotes(collection, query.value).map(({ record: r }) => ({
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
      distilled: r.completeness,
      versions: r.versions,
      links: r.links,
    }));
    io.out(JSON.stringify(records, null, 2));
    return EXIT_OK;
  }
  const result = runQuery(collection.index, query.value);
  for (const record of result.records) {
    const row = rowModel(record, settings.paperTag);
    const stars = row.rating === null ? '·····' : '★'.repeat(row.rating) + '☆'.repeat(5 - row.rating);
    const flags = [row.distilled.text, row.version?.text, row.readNotDistilled ? 'read but not distilled' : undefined].filter(Boolean);
    io.out(`${stars}  ${(row.status ?? '-').padEnd(7)}  ${row.year.padEnd(4)}  ${row.title} — ${row.authors || 'unknown authors'}  [${flags.join(', ')}]  ${row.path}`);
  }
  io.out(`${result.records.length} of ${collection.index.size} papers${result.total > result.records.length ? ` (${result.total} match; limit applied)` : ''}.`);
  return EXIT_OK;
}

export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list --vault DIR [--filter TEXT] [--json]',
  summary: 'List paper notes matching a filter ("tags: robotics -survey; rating: >=4"), as text or JSON.',
  run,
};
