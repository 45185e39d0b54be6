import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import * as sass from 'sass'

// Compiles the service's stylesheet from GOV.UK Frontend's Sass into public/ (git-ignored).
const root = fileURLToPath(new URL('../../../', import.meta.url))
const result = sass.compile(`${root}src/web/assets/scss/index.scss`, {
  style: 'compressed',
  importers: [new sass.NodePackageImporter(root)],
  quietDeps: true,
  silenceDeprecations: ['import'],
})
mkdirSync(`${root}public/stylesheets`, { recursive: true })
const css = `${root}public/stylesheets/app.css`
writeFileSync(css, result.css)
// Pre-compressed copies: @fastify/static serves them to clients that accept them.
writeFileSync(`${css}.br`, brotliCompressSync(result.css))
writeFileSync(`${css}.gz`, gzipSync(result.css, { level: 9 }))
console.log(`Built public/stylesheets/app.css (${Math.round(result.css.length / 1024)} KB)`)
cpSync(`${root}src/web/assets/static`, `${root}public`, { recursive: true })
