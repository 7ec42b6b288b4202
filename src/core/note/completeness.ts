import type { RequiredSection } from './template-settings';
import { validateNote, type TemplateReport } from './validate';

/** How far a note is distilled, in the shape an index row or a filter needs. */
export interface Completeness {
  /** Every required section present, filled, once, in order. */
  readonly complete: boolean;
  /** Sections present and filled. */
  readonly filled: number;
  /** Number of required sections. */
  readonly required: number;
  /** Sections not there at all, in template order. */
  readonly missing: readonly string[];
  /** Sections there but with nothing written in them, in template order. */
  readonly empty: readonly string[];
  /** Every problem as a short sentence ("Limitations is empty"), as the report and CLI show them. */
  readonly problems: readonly string[];
}

export function completenessOf(markdown: string, required: readonly RequiredSection[]): Completeness {
  return completenessFromReport(validateNote(markdown, required));
}

export function completenessFromReport(report: TemplateReport): Completeness {
  return {
    complete: report.complete,
    filled: report.filledCount,
    required: report.requiredCount,
    missing: report.sections.filter((s) => !s.present).map((s) => s.name),
    empty: report.sections.filter((s) => s.present && !s.filled).map((s) => s.name),
    problems: report.problems,
  };
}
