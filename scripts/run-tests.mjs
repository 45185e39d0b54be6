#!/usr/bin/env node
// Node 20's test runner takes no glob patterns, so this finds the test files and hands them over.
// Usage: node scripts/run-tests.mjs <folder or test file> [more]  (files ending .test.ts under each folder)
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'

const roots = process.argv.slice(2)
const files = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (name === 'node_modules') continue
    if (statSync(path).isDirectory()) walk(path)
    else if (name.endsWith('.test.ts')) files.push(path)
  }
}
for (const root of roots) {
  if (statSync(root).isFile()) files.push(root)
  else walk(root)
}
if (files.length === 0) {
  console.error(`No test files found under ${roots.join(', ')}`)
  process.exit(1)
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2'
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files.sort()], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
