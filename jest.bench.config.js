// Measurements on the built weapp output (npm run bench runs this): not tests, figures.
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      displayName: 'bench',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/bench'],
      testMatch: ['**/*.bench.ts'],
      transform: { '^.+\\.(ts|tsx|js)$': 'babel-jest' },
      moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
    },
  ],
}
