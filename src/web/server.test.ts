import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Starts the real server in its own process and waits for it to listen. */
async function startServer() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/server.ts'], {
    cwd: root,
    // Its own embedded database in a temporary folder (or the PostgreSQL server the test run names).
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'test', DATA_DIR: mkdtempSync(join(tmpdir(), 'sendpath-server-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = { out: '' }
  child.stdout.on('data', (d) => (log.out += d))
  const address = await new Promise<string>((resolve, reject) => {
    // A loaded machine can take a while to start tsx; never leave the child running if it does not start.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start: ${log.out}`))
    }, 60_000)
    child.stdout.on('data', () => {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log.out)
      if (m?.[1]) {
        clearTimeout(timer)
        resolve(m[1])
      }
    })
  })
  const stop = async () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    return exited
  }
  return { address, log, stop }
}

test('the server listens on PORT, logs JSON lines, and exits cleanly on SIGTERM', async () => {
  const server = await startServer()
  const health = await fetch(`${server.address}/health`)
  assert.equal(health.status, 200)
  assert.equal(await server.stop(), 0)
  const lines = server.log.out.trim().split('\n')
  for (const line of lines) assert.doesNotThrow(() => JSON.parse(line), `log line is JSON: ${line}`)
  assert.ok(lines.some((l) => JSON.parse(l).msg === 'closing'))
})

test('logs keep the path of each request but never the answers in its query string', async () => {
  const server = await startServer()
  await fetch(`${server.address}/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=liverpool`)
  await server.stop()
  assert.match(server.log.out, /"url":"\/plan"/)
  assert.doesNotMatch(server.log.out, /noticeSentOn|2026-10-26|refuse-assessment/)
})

test('logs keep no client address: the service keeps no record of who uses it', async () => {
  const server = await startServer()
  await fetch(`${server.address}/start`, { headers: { 'x-forwarded-for': '203.0.113.9' } })
  await server.stop()
  assert.match(server.log.out, /"url":"\/start"/)
  assert.doesNotMatch(server.log.out, /remoteAddress|remotePort|203\.0\.113\.9/)
  const requestLines = server.log.out.split('\n').filter((line) => line.includes('"req"'))
  assert.ok(requestLines.length > 0)
  for (const line of requestLines) assert.doesNotMatch(line, /127\.0\.0\.1/)
})

test('a bad configuration stops the server at once with a clear message', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/web/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: 'not-a-port' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr.on('data', (d) => (err += d))
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)))
  assert.equal(code, 1)
  assert.match(err, /Invalid configuration/)
  assert.match(err, /PORT/)
})
