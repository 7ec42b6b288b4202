import { isRecord } from './frontmatter';
import { sectionKey } from './sections';

/** One section the distillation template requires; any alias marks the same section. */
export interface RequiredSection {
  readonly name: string;
  readonly aliases: readonly string[];
}

export const DEFAULT_REQUIRED_SECTIONS: readonly RequiredSection[] = [
  { name: 'General Idea', aliases: ['Main Idea', 'Key Idea', 'Idea'] },
  { name: 'Limitations', aliases: ['Limitation'] },
  { name: 'Utilities', aliases: ['Utility', 'Takeaways'] },
];

/**
 * Required sections from settings data. A missing or mistyped list falls back to the defaults;
 * an explicitly empty list is kept (the reader switched enforcement off). Entries without a name
 * are dropped, and a name or alias that an earlier section already claims is dropped too: two
 * sections answering to one heading could never both be satisfied, and "insert missing sections"
 * would keep adding a heading that counts for the other one.
 */
export function normalizeRequiredSections(raw: unknown): readonly RequiredSection[] {
  if (!Array.isArray(raw)) return DEFAULT_REQUIRED_SECTIONS;
  const claimed = new Set<string>();
  const result: RequiredSection[] = [];
  for (const entry of raw) {
    if (!isRecord(entry) || typeof entry.name !== 'string') continue;
    const name = entry.name.trim();
    const key = sectionKey(name);
    if (key === '' || claimed.has(key)) continue;
    claimed.add(key);
    const aliases: string[] = [];
    const rawAliases: unknown[] = Array.isArray(entry.aliases) ? entry.aliases : [];
    for (const alias of rawAliases) {
      if (typeof alias !== 'string') continue;
      const aliasKey = sectionKey(alias);
      if (aliasKey === '' || claimed.has(aliasKey)) continue;
      claimed.add(aliasKey);
      aliases.push(alias.trim());
    }
    result.push({ name, aliases });
  }
  return result;
}
