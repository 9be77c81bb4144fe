// `npm start` as a new user meets it (npm run test:dev): the dev servers it starts, not a
// production build, opened in Debian's Chromium.
module.exports = {
  testTimeout: 600000,
  projects: [
    {
      displayName: 'dev',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/dev'],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(ts|tsx|js)$': 'babel-jest' },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    },
  ],
}
