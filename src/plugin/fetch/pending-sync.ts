import { titleReportLines } from '../../app/title-messages';
import type { CompletionReport } from '../services';
import type { PluginHost } from '../host';
import { onLayoutReadyWhileLoaded } from '../layout-ready';

/** How often stubs are retried while Obsidian stays open. */
export const PENDING_RETRY_MS = 10 * 60_000;

type Host = Pick<PluginHost, 'services' | 'settings'>;

/**
 * Fills in stub notes (written while arXiv was unreachable) once the workspace is ready and then
 * every ten minutes. Nothing runs in `onload`; a vault without stubs sends no request. Ids arXiv
 * does not know are not asked about again this session.
 */
export class PendingSync {
  private running: Promise<CompletionReport> | null = null;
  private readonly unknown = new Set<string>();
  /** Broken stubs already named this session: the ten-minute retry does not repeat the notice. */
  private readonly named = new Set<string>();

  constructor(private readonly host: Host) {}

  run(): Promise<CompletionReport> {
    this.running ??= this.complete().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async complete(): Promise<CompletionReport> {
    const services = this.host.services();
    const report = await services.completeStubs(this.unknown);
    for (const s of report.notFound) this.unknown.add(s.id);
    const n = report.completed.length + report.titles.completed.length;
    if (n > 0) services.notifier.info(`Paper Distill: filled in ${n} paper ${n === 1 ? 'note' : 'notes'} created while arXiv was unreachable.`);
    if (report.notFound.length > 0) {
      const list = report.notFound.map((s) => `${s.id} (${s.path})`).join(', ');
      services.notifier.error(`Paper Distill: arXiv has no paper ${list}; the note stays as it is.`);
    }
    const { problems } = titleReportLines({ ...report.titles, waiting: [], unreadable: [] });
    if (problems.length > 0) services.notifier.error(['Paper Distill:', ...problems].join('\n'));
    const fresh = [...report.unreadable, ...report.titles.unreadable].filter((line) => !this.named.has(line));
    for (const line of fresh) this.named.add(line);
    if (fresh.length > 0) services.notifier.error(['Paper Distill:', ...fresh].join('\n'));
    // PDFs queued while offline (or waiting for a stub's metadata, just filled in) come after.
    const pdfs = await services.pdfs.retryQueued();
    const saved = pdfs.filter((o) => o.kind === 'saved').length;
    if (saved > 0) services.notifier.info(`Paper Distill: saved ${saved} queued ${saved === 1 ? 'PDF' : 'PDFs'} in the vault.`);
    return report;
  }
}

export function registerPendingSync(plugin: PluginHost): PendingSync {
  const sync = new PendingSync(plugin);
  // The setting is read at each tick, so turning it off stops the next request without a restart.
  const scheduled = () => {
    if (plugin.settings.completeStubsAutomatically) void sync.run();
  };
  onLayoutReadyWhileLoaded(plugin, scheduled);
  plugin.registerInterval(window.setInterval(scheduled, PENDING_RETRY_MS));
  return sync;
}
