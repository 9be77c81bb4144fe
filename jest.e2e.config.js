// Browser journeys (npm run test:e2e): the production H5 build, the mock backend on a free port
// with a fresh database, and Debian's Chromium driven by playwright-core.
module.exports = {
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
  projects: [
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.e2e.ts'],
      transform: { '^.+\\.(ts|tsx|js)$': 'babel-jest' },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    },
  ],
}
