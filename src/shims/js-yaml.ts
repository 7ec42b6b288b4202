// The plugin reads frontmatter from Obsidian's metadata cache, so the fast reader that vault-wide
// scans of the CLI need is left out of main.js: `load` declines and readFrontmatter falls back to
// the `yaml` library, which the plugin needs anyway for edits.
export const CORE_SCHEMA = undefined;

export function load(): never {
  throw new Error('js-yaml is not bundled into the plugin');
}
