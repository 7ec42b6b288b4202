import { validateMany } from '../src/core/note/validate';
import { distilledNote, randomNote, seededRandom, templateNote } from '../test/builders/note';
import { medianMs, type Stat } from './measure';

/**
 * Validating a vault of 10,000 paper notes: a mix of distilled notes, untouched templates and
 * random notes (aliases, levels, outlines, code blocks, CRLF), as a vault scan or `check` meets them.
 */
export function templateFigures(): Record<string, Stat> {
  const rng = seededRandom(5);
  const notes = Array.from({ length: 10_000 }, (_, i) => {
    if (i % 3 === 0) return distilledNote(2);
    if (i % 3 === 1) return templateNote();
    return randomNote(rng);
  });
  return { 'template.validate_ms_10000': medianMs(() => void validateMany(notes), 10, 2) };
}
