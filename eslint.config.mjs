import { defineConfig } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

// The recommended config already brings ESLint's and typescript-eslint's type-checked rules.
const layerBoundary = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'obsidian', message: "core/ and app/ stay free of 'obsidian'; put adapters in src/plugin." }],
      patterns: [{ group: ['**/plugin/**', '**/cli/**', '../main'], message: 'Dependencies point inward: core and app never import plugin or cli.' }],
    },
  ],
};

export default defineConfig([
  { ignores: ['main.js', 'dist/**', 'demo-vault/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'jest.config.cjs'] },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.mjs', 'esbuild.config.mjs', 'version-bump.mjs', 'scripts/*.mjs'] } },
    },
  },
  {
    rules: {
      'obsidianmd/ui/sentence-case': [
        'warn',
        {
          brands: ['arXiv', 'Paper Distill', 'BibTeX', 'GitHub', 'Hugging Face', 'Obsidian', 'Bases', 'Google Scholar', 'Vancouver', 'Harvard'],
          acronyms: ['DOI', 'PDF', 'HTML', 'API', 'URL', 'CLI', 'ID', 'APA', 'CSL', 'JSON'],
          ignoreRegex: ['^https?://', 'arxiv/', 'cs\\.RO', 'cs-RO'],
        },
      ],
    },
  },
  { files: ['src/core/**/*.ts', 'src/app/**/*.ts'], rules: layerBoundary },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'core is pure: no IO.' }, { name: 'window', message: 'core is pure.' }, { name: 'document', message: 'core is pure.' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'core is pure: take the time as an argument.' }],
    },
  },
]);
