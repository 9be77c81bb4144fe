// House rules as lint rules (README.md, "Layout"): data and pure rules import no
// framework; only src/services touches Taro/wx; pages and components reach services through
// hooks and the store.
const framework = ['@tarojs/*', 'react', 'react-dom', 'zustand', 'zustand/*']

// The layers, outermost first: UI, then what UI reaches the platform through, then services.
const ui = ['./src/pages', './src/components', './src/packages']
const app = ['./src/services', './src/store', './src/hooks', ...ui]

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'import', 'react', 'react-hooks'],
  extends: [
    'eslint:recommended',
    'plugin:@typescript-eslint/recommended',
    'plugin:react/recommended',
    'plugin:react/jsx-runtime',
    'plugin:react-hooks/recommended',
    'prettier',
  ],
  settings: {
    react: { version: '18.3' },
    'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
  },
  env: { es2022: true, node: true },
  globals: { defineAppConfig: 'readonly', definePageConfig: 'readonly', API_BASE_URL: 'readonly' },
  rules: {
    '@typescript-eslint/no-unused-vars': [
      'error',
      { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
    ],
    '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    'import/no-cycle': 'error',
    'import/no-restricted-paths': [
      'error',
      {
        zones: [
          {
            target: './src/catalogue',
            from: ['./src/domain', ...app, './src/i18n', './src/contract'],
            message: 'src/catalogue is data: it imports nothing but its own types.',
          },
          {
            target: './src/domain',
            from: [...app, './src/i18n'],
            message: 'src/domain is pure TypeScript: no services, store or UI.',
          },
          {
            target: './src/contract',
            from: app,
            message: 'The API contract is shared with the mock backend: no app code in it.',
          },
          {
            target: ui,
            from: ['./src/services'],
            message:
              'Pages and components reach the platform through hooks and the store, never services.',
          },
          {
            target: './mock-server',
            from: [...app, './src/i18n'],
            message: 'The mock backend shares catalogue, domain and contract only.',
          },
        ],
      },
    ],
  },
  overrides: [
    {
      files: ['src/catalogue/**', 'src/domain/**', 'src/contract/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: framework, message: 'No Taro, React or zustand here (house rules).' },
            ],
          },
        ],
      },
    },
    {
      files: [...app.filter((d) => d !== './src/services'), './src/i18n'].map(
        (d) => `${d.slice(2)}/**`,
      ),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [
              { name: '@tarojs/taro', message: 'Only src/services calls Taro APIs; use a hook.' },
            ],
          },
        ],
      },
    },
    {
      files: ['test/**', 'bench/**', 'scripts/**', 'mock-server/**', 'config/**'],
      rules: { 'react/display-name': 'off' },
    },
    {
      // Plain Node scripts: WeChat's compiler runs from its own install, with no TypeScript,
      // and the offline guard is loaded with `node --require` into the processes it forks.
      files: ['tools/**/*.cjs'],
      parserOptions: { sourceType: 'script' },
      rules: {
        '@typescript-eslint/no-var-requires': 'off',
        '@typescript-eslint/no-require-imports': 'off',
      },
    },
  ],
  ignorePatterns: [
    'node_modules',
    'dist',
    '.bench',
    '*.js',
    '*.cjs',
    '!tools/**/*.cjs',
    'types/**',
  ],
}
