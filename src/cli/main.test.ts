import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from './main.js'
import { fixedClock } from '../clock.js'

const capture = async (argv: string[]) => {
  const out: string[] = []
  const err: string[] = []
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) }, { clock: fixedClock('2026-02-01') })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

test('timeline prints readable text with the deadline written the GOV.UK way', async () => {
  const r = await capture(['timeline', '--decision', 'refuse-assessment', '--notice-sent', '2026-01-15', '--today', '2026-02-01'])
  assert.equal(r.code, 0)
  assert.match(r.out, /16 March 2026 +Last day for the Tribunal to receive your appeal \[upcoming\]/)
  assert.match(r.out, /HESC Rules 2008 r20\(1\)\(c\)/)
})

test('--json prints exactly what the API returns', async () => {
  const r = await capture(['timeline', '--decision', 'refuse-plan', '--notice-sent', '2024-10-01', '--certificate-sent', '2024-11-29', '--today', '2024-12-01', '--json'])
  assert.equal(r.code, 0)
  const body = JSON.parse(r.out)
  assert.equal(body.milestones.find((m: { id: string }) => m.id === 'appeal-deadline').date, '2025-01-02')
  assert.equal(body.appealable, true)
})

test('--appeal-about takes a comma-separated list', async () => {
  const r = await capture(['timeline', '--decision', 'plan-contents', '--appeal-about', 'placement', '--notice-sent', '2026-01-15', '--json'])
  assert.equal(r.code, 0)
  assert.equal(JSON.parse(r.out).mediationAdviceRequired, false)
})

test('bank-holidays lists the year, and --json matches the API', async () => {
  const text = await capture(['bank-holidays', '2022'])
  assert.equal(text.code, 0)
  assert.match(text.out, /Monday 19 September 2022/)
  const json = await capture(['bank-holidays', '2030', '--json'])
  assert.equal(JSON.parse(json.out).provisional, true)
})

for (const [why, argv, pattern] of [
  ['an impossible date', ['timeline', '--decision', 'refuse-assessment', '--notice-sent', '2026-02-30'], /--notice-sent: noticeSentOn must be a real date/],
  ['an unknown decision', ['timeline', '--decision', 'nope', '--notice-sent', '2026-01-15'], /decision must be one of/],
  ['a missing notice date', ['timeline', '--decision', 'cease-plan'], /--notice-sent/],
  ['an unknown flag', ['timeline', '--decision', 'cease-plan', '--bogus'], /Unknown option '--bogus'/],
  ['an unknown command', ['deadlines'], /Unknown command "deadlines"/],
  ['a bad year', ['bank-holidays', 'next'], /four digits/],
  ['no year', ['bank-holidays'], /Give one year/],
] as const) {
  test(`exit code 2 and a clear message for ${why}`, async () => {
    const r = await capture([...argv])
    assert.equal(r.code, 2)
    assert.match(r.err, pattern)
  })
}

test('npx sendpath runs the CLI through bin/ and exits 2 on bad input', () => {
  const bin = fileURLToPath(new URL('../../bin/sendpath.js', import.meta.url))
  const ok = spawnSync(process.execPath, [bin, 'bank-holidays', '2026', '--json'], { encoding: 'utf8' })
  assert.equal(ok.status, 0, ok.stderr)
  assert.equal(JSON.parse(ok.stdout).dates[0], '2026-01-01')
  const bad = spawnSync(process.execPath, [bin, 'timeline', '--decision', 'refuse-plan', '--notice-sent', '2026-13-01'], { encoding: 'utf8' })
  assert.equal(bad.status, 2)
  assert.match(bad.stderr, /must be a real date/)
})

test('npx sendpath wires the operator commands: migrate, users create (password on stdin), reminders send-due', () => {
  const bin = fileURLToPath(new URL('../../bin/sendpath.js', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-cli-'))
  // Only the settings this command needs: no DATABASE_URL from the test run, so it uses SQLite under DATA_DIR.
  const env = { PATH: process.env.PATH, DATA_DIR: dir, NODE_ENV: 'development' }
  try {
    const migrated = spawnSync(process.execPath, [bin, 'migrate'], { encoding: 'utf8', env })
    assert.equal(migrated.status, 0, migrated.stderr)
    const status = spawnSync(process.execPath, [bin, 'migrate', '--status'], { encoding: 'utf8', env })
    assert.match(status.stdout, /The database is up to date/)
    const made = spawnSync(process.execPath, [bin, 'users', 'create', '--email', 'ops@example.org', '--role', 'admin'], { encoding: 'utf8', env, input: 'a long enough pass phrase\n' })
    assert.equal(made.status, 0, made.stderr)
    assert.match(made.stdout.trim(), /^[0-9a-f-]{36}$/)
    const sent = spawnSync(process.execPath, [bin, 'reminders', 'send-due'], { encoding: 'utf8', env })
    assert.equal(sent.status, 0, sent.stderr)
    assert.match(sent.stdout, /Sent 0 reminders\./)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
