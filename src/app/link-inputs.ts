import { findArxivRefs, formatArxivRef, parseArxivInput } from '../core/arxiv/ids';

/**
 * The inputs in text pasted by a reader: one link per line, several ids on a line, or ids inside
 * prose. A line with nothing recognisable is kept whole so the reader is told it was not understood.
 */
export function inputsFromText(text: string): string[] {
  const inputs: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    if (parseArxivInput(line).ok) {
      inputs.push(line);
      continue;
    }
    const refs = findArxivRefs(line);
    if (refs.length > 0) inputs.push(...refs.map(formatArxivRef));
    else inputs.push(line);
  }
  return inputs;
}
