/** Tests run in UTC so dates in notes never depend on the machine. */
process.env.TZ = 'UTC';

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', isolatedModules: true }, diagnostics: false }],
  },
  moduleNameMapper: {
    '^obsidian$': '<rootDir>/test/fakes/obsidian.ts',
    // As in every bundle (scripts/bundle-options.cjs): only the part of citation-js core we use,
    // from core's CommonJS build, which jest loads without transforming node_modules.
    '^@citation-js/core$': '<rootDir>/src/shims/citation-js-core.ts',
    '^@citation-js/core/lib-mjs/(.*)$': '<rootDir>/node_modules/@citation-js/core/lib/$1',
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  // Many suites spawn the CLI or a browser; on a busy 2-core CI machine 5 s is too tight for them.
  // Speed is measured by `npm run bench`, not by test timeouts.
  testTimeout: 30_000,
};
