import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runMigrate } from './migrate.js'

const capture = async (args: string[], env: NodeJS.ProcessEnv) => {
  const out: string[] = []
  const err: string[] = []
  const code = await runMigrate(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, env)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

test('migrate --status lists pending migrations, migrate runs them, and a second run has nothing to do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-cli-migrate-'))
  const env = { DATA_DIR: dir }
  try {
    const before = await capture(['--status'], env)
    assert.equal(before.code, 0)
    assert.match(before.out, /pending +0001-accounts-and-cases/)
    assert.match(before.out, /pending +0002-pending-saves/)
    assert.match(before.out, /2 migrations to run/)
    const run = await capture([], env)
    assert.equal(run.code, 0)
    assert.match(run.out, /ran 0001-accounts-and-cases/)
    assert.match(run.out, /ran 0002-pending-saves/)
    const again = await capture([], env)
    assert.match(again.out, /already up to date/)
    const after = await capture(['--status'], env)
    assert.match(after.out, /done +0001-accounts-and-cases/)
    assert.match(after.out, /up to date/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('migrate refuses stray arguments with exit code 2', async () => {
  const r = await capture(['now'], { DATA_DIR: tmpdir() })
  assert.equal(r.code, 2)
  assert.match(r.err, /Unexpected argument "now"/)
})
