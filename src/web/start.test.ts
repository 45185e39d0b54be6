import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// `npm start` in production: npm runs the compiled server with plain node (no tsx, no loader), and
// the script's `exec` makes node replace npm's shell, so the SIGTERM npm forwards reaches the server.
// The server finishes the requests it has begun and exits, leaving nothing listening. The prestart
// build runs too, so this is what `npm ci && npm start` does on a fresh clone.

const root = fileURLToPath(new URL('../../', import.meta.url))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const portIsClosed = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(true))
  })

test('npm start serves compiled JavaScript and, on SIGTERM to npm, finishes in-flight requests and exits', { timeout: 300_000 }, async () => {
  const child = spawn(npm, ['start'], {
    cwd: root,
    // Production needs a mail server to be named; nothing here sends mail, so nothing need listen there.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:2525', DATA_DIR: mkdtempSync(join(tmpdir(), 'sendpath-start-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const log = { out: '', err: '' }
  child.stderr.on('data', (d) => (log.err += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })))
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      log.out += d
      const m = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(log.out)
      if (m?.[1]) resolve(Number(m[1]))
    })
    void exited.then(() => reject(new Error(`npm start exited before listening:\n${log.out}\n${log.err}`)))
  })
  assert.match(log.out, /exec node dist\/web\/server\.js/, 'npm runs the compiled server with node')

  // A request the server has begun: its headers are in, its body is still on the way.
  const body = JSON.stringify({ decision: 'refuse-assessment', noticeSentOn: '2026-01-15', today: '2026-02-01' })
  const socket = connect(port, '127.0.0.1')
  await new Promise((resolve) => socket.once('connect', resolve))
  let response = ''
  socket.on('data', (d) => (response += d))
  const ended = new Promise((resolve) => socket.once('close', resolve))
  socket.write(`POST /api/v1/timeline HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`)
  socket.write(body.slice(0, 10))
  const logged = (pattern: RegExp) =>
    new Promise<void>((resolve) => {
      const seen = () => pattern.test(log.out) && resolve()
      seen()
      child.stdout.on('data', seen)
    })
  // Fastify logs each request as its headers arrive: from then on it is in flight.
  await logged(/"url":"\/api\/v1\/timeline".*"msg":"incoming request"/)

  child.kill('SIGTERM')
  // If the signal stopped at npm or sh, npm would exit at once and leave the server running.
  await Promise.race([
    logged(/"msg":"closing"/),
    exited.then(() => assert.match(log.out, /"msg":"closing"/, 'npm exited before the server heard SIGTERM')),
  ])
  socket.end(body.slice(10))
  await ended
  assert.match(response, /^HTTP\/1\.1 200 /, `the in-flight request finished: ${response.slice(0, 200)}`)
  assert.match(response, /"appeal-deadline"/)

  const { code, signal } = await exited
  assert.ok(code === 0 || signal === 'SIGTERM', `npm ended cleanly (code ${code}, signal ${signal})`)
  assert.equal(await portIsClosed(port), true, 'nothing is left listening')
})
