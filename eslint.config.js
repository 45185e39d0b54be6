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
)
