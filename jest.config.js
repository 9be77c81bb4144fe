// One jest run, five kinds of tests (see README "Tests"). Each project picks its environment.
const path = require('path')
const taroPreset = require('@tarojs/test-utils-react/dist/jest.js').default

// TEST_NOW=<ISO date> runs every test with the clock moved there (test/support/test-clock.js):
// this process, jest's workers and the processes tests start get it through NODE_OPTIONS, and
// each test file's own Date through setupFiles below.
const testClock = path.join(__dirname, 'test/support/test-clock.js')
if (process.env.TEST_NOW) {
  require(testClock)
  const preload = `--require ${JSON.stringify(testClock)}`
  if (!(process.env.NODE_OPTIONS ?? '').includes(preload))
    process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' ')
}

// ESM-only packages that must be transformed for jest (toolchain note 4); everything else in
// node_modules is left alone so Babel never transforms jest itself.
const esmPackages = [
  '@tarojs',
  '@stencil',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'swiper',
  'style-inject',
].join('|')

const nodeProject = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  roots: ['<rootDir>/test/' + name],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(ts|tsx|js)$': 'babel-jest' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  setupFiles: [testClock],
})

// The preset's run-level options (bail, verbose) are not project options.
const { bail: _bail, verbose: _verbose, ...taroProjectPreset } = taroPreset({})

const componentProject = {
  ...taroProjectPreset,
  displayName: 'component',
  roots: ['<rootDir>/test/component'],
  testMatch: ['**/*.test.{ts,tsx}'],
  setupFiles: [
    testClock,
    path.resolve(require.resolve('@tarojs/test-utils-react/dist/jest.js'), '../jest/jest.setup.js'),
    '<rootDir>/test/support/component-setup.ts',
  ],
  setupFilesAfterEnv: ['<rootDir>/test/support/component-after-env.ts'],
  transform: {
    '^.+\\.(js|jsx|ts|tsx|mjs)$':
      require.resolve('@tarojs/test-utils-react/dist/jest/babel-transformer.js'),
  },
  // Leave node_modules alone unless the path runs through one of the ESM packages (including
  // the copies Taro bundles under its own node_modules/.pnpm).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${esmPackages})/).*/node_modules/`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json', 'jsx'],
  moduleNameMapper: {
    ...taroPreset({}).moduleNameMapper,
    '\\.(css|scss|sass)$': '<rootDir>/test/support/style-stub.js',
  },
}

module.exports = {
  testTimeout: 30000,
  projects: [
    nodeProject('unit'),
    nodeProject('contract'),
    componentProject,
    { ...nodeProject('weapp'), testEnvironment: 'jsdom' },
  ],
}
