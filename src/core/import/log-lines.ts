/** Line helpers shared by the reading-log splitters. */

export function previousNonBlank(lines: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim() !== '') return j;
  return -1;
}

export function nextNonBlank(lines: readonly string[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== '') return j;
  return -1;
}

export function trimBlank(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === '') start++;
  while (end > start && lines[end - 1].trim() === '') end--;
  return lines.slice(start, end);
}

/** A body that opens with nothing but a link (`https://arxiv.org/pdf/…`) names the paper. */
export function soleLink(line: string | undefined): string | null {
  const t = line?.trim() ?? '';
  return /^<?https?:\/\/\S+>?$|^\[[^\]]*\]\(https?:\/\/[^)]+\)$/.test(t) ? t : null;
}

/** A lone list marker: what a plain-text export leaves of a bullet whose text moved to the next line. */
export function isLoneMarker(line: string): boolean {
  return /^[-*+•]$/.test(line.trim());
}
