import { normalizeRequiredSections, type RequiredSection } from './template-settings';

/**
 * The required sections as the settings tab shows them, one per line: `Name: alias, alias`.
 * Names with a colon cannot be written this way, but `sectionKey` ignores trailing colons anyway,
 * so a heading can never need one.
 */
export function formatRequiredSections(sections: readonly RequiredSection[]): string {
  return sections.map((s) => (s.aliases.length > 0 ? `${s.name}: ${s.aliases.join(', ')}` : s.name)).join('\n');
}

/**
 * The reverse of `formatRequiredSections`, normalized like settings data (blank lines skipped,
 * a name or alias claimed twice dropped). An empty text means no required sections.
 */
export function parseRequiredSections(text: string): readonly RequiredSection[] {
  const raw = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return { name: line, aliases: [] };
      const aliases = line.slice(colon + 1).split(',').map((a) => a.trim());
      return { name: line.slice(0, colon), aliases: aliases.filter((a) => a !== '') };
    });
  return normalizeRequiredSections(raw);
}
