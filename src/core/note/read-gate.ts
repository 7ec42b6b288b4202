import { err, ok, type Result } from '../result';
import type { RequiredSection } from './template-settings';
import { validateNote } from './validate';

/**
 * A paper is not "read" until it is distilled: marking it read is refused while a required
 * section is missing, empty, duplicated or out of order. Every path that sets `status: read`
 * (commands, dashboard, star card, CLI) asks this one function, so they all say the same thing.
 */
export function checkReadGate(markdown: string, required: readonly RequiredSection[]): Result<void> {
  const report = validateNote(markdown, required);
  if (report.complete) return ok(undefined);
  return err('REFUSED', `Not distilled yet: ${report.problems.join('; ')}. Fill these sections before marking it read.`);
}
