#!/usr/bin/env node
// `npm run build`: compiles src/ to dist/ (plain JavaScript that `node` runs with no loader), copies
// the page templates beside the compiled code, and builds the stylesheet into public/.
import { cpSync, rmSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const root = fileURLToPath(new URL('../', import.meta.url))
const require = createRequire(import.meta.url)
const run = (args) => {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

rmSync(`${root}dist`, { recursive: true, force: true })
run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'])
// Nunjucks reads templates at run time, from beside the code that renders them.
cpSync(`${root}src/web/views`, `${root}dist/web/views`, { recursive: true })
run(['--import', 'tsx', 'src/web/assets/build.ts'])
console.log('Built dist/ and public/')
