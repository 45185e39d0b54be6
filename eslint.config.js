import js from '@eslint/js'
import tseslint from 'typescript-eslint'

// The import rule of DEVELOPERS.md: web -> services -> law/store; law imports nothing of ours.
const lawMustStayPure = {
  files: ['src/law/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['../../web/*', '../../store/*', '../../letters/*', '../../content/*', '../../cli/*', '../web/*', '../store/*', '../letters/*', '../content/*', '../cli/*'], message: 'src/law is pure: it imports nothing of ours outside src/law.' },
        ],
        paths: ['node:fs', 'fs', 'node:fs/promises', 'node:http', 'fastify', 'kysely', 'pg', 'better-sqlite3'].map((name) => ({
          name,
          message: 'src/law does no I/O.',
        })),
      },
    ],
  },
}

// The store and the layers on it (accounts, cases, mail, jobs) sit below the web and the CLI, and take the time
// from an injected clock: they never import the web or the CLI, and never read JS Date.
const storeLayers = ['store', 'accounts', 'cases', 'mail', 'jobs']
const storeLayersStayBelowTheWeb = {
  files: storeLayers.map((layer) => `src/${layer}/**/*.ts`),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: ['../web/*', '../cli/*', '../../web/*', '../../cli/*', 'fastify', '@fastify/*'], message: 'The store layers sit below the web and the CLI.' }],
      },
    ],
    'no-restricted-globals': ['error', { name: 'Date', message: 'Take the time from the injected Clock (src/store/clock.ts), not JS Date.' }],
  },
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'public/**', 'data/**', 'bin/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Plain Node scripts: TypeScript knows Node's globals, ESLint needs telling.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/law/**/*.ts'],
    ignores: ['src/law/**/*.test.ts'],
    ...lawMustStayPure,
  },
  storeLayersStayBelowTheWeb,
)
