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
    '^node-fetch$': '<rootDir>/src/shims/node-fetch.ts',
  },
  setupFiles: ['<rootDir>/test/setup.ts'],
  // Many suites spawn the CLI or a browser; on a busy 2-core CI machine 5 s is too tight for them.
  // Speed is measured by `npm run bench`, not by test timeouts.
  testTimeout: 30_000,
};
