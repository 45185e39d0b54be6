// npm run test:crash — issue 11's crash test. The real service runs in a child process (bench/store-server.ts:
// services() and buildApp, on SQLite under a temporary DATA_DIR, or on PostgreSQL in a fresh database when
// DATABASE_URL is given). Several writers POST diary entries with bearer tokens while the server is killed with
// SIGKILL at random moments and started again. After every restart the database must pass its integrity check,
// and every write that was acknowledged with a 201 must be there with exactly the content that was sent.
// Loopback only; every loop is bounded. Exits 1 on any loss or corruption.
//
//   CRASH_KILLS (default 20), CRASH_WRITERS (default 4), DATABASE_URL (optional: postgres://.../anything;
//   a fresh database is made on that server and dropped afterwards).
import { randomBytes } from 'node:crypto'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { createSession, createUser } from '../src/accounts/index.js'
import { createCase } from '../src/cases/index.js'
import { londonClock } from '../src/clock.js'
import { openStore, type Store } from '../src/store/database.js'
import { migrate } from '../src/store/migrate.js'
import { checkIntegrity, type Acked } from './crash-checks.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const KILLS = Number(process.env.CRASH_KILLS ?? 20)
const WRITERS = Number(process.env.CRASH_WRITERS ?? 4)
const CASES_PER_USER = 20
const USERS = 2

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const address = s.address()
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** A fresh PostgreSQL database on the server DATABASE_URL names, or a temporary folder for SQLite. */
async function freshDatabase(): Promise<{ env: Record<string, string>; settings: { dataDir: string; databaseUrl?: string }; drop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sendpath-crash-'))
  const base = process.env.DATABASE_URL
  if (!base) return { env: { DATA_DIR: dataDir }, settings: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) }
  const name = `sendpath_crash_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    settings: { dataDir, databaseUrl },
    drop: async () => {
      const dropper = new pg.Client({ connectionString: base })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

interface Writer {
  token: string
  caseIds: string[]
}

/** Accounts, cases and API tokens made through the store itself, before the first start. */
async function seed(store: Store): Promise<Writer[]> {
  await migrate(store)
  const deps = { db: store.db, clock: londonClock }
  const writers: Writer[] = []
  for (let u = 0; u < USERS; u++) {
    const made = await createUser(deps, { email: `crash-${u}@example.org`, password: `crash test password ${u} ${randomBytes(8).toString('hex')}`, role: 'family' })
    if (!made.ok) throw new Error(`seeding a user failed: ${JSON.stringify(made.problems)}`)
    const caseIds: string[] = []
    for (let c = 0; c < CASES_PER_USER; c++) {
      const made2 = await createCase(deps, made.user.id, { child: { name: `Child ${u}-${c}` }, area: 'liverpool' })
      if (!made2.ok) throw new Error('seeding a case failed')
      caseIds.push(made2.value.id)
    }
    for (let w = u; w < WRITERS; w += USERS) writers[w] = { token: (await createSession(deps, made.user.id, 'api')).token, caseIds }
  }
  return writers
}

const KINDS = ['meeting', 'phone-call', 'email', 'letter', 'report', 'observation', 'other']

function entryBody(writer: number, n: number): Acked['body'] {
  const day = String(1 + (n % 28)).padStart(2, '0')
  // Text with quotes, accents and emoji, and a random tail: a torn or stale row cannot match by accident.
  const body: Acked['body'] = { date: `2026-0${1 + (n % 9)}-${day}`, kind: KINDS[n % KINDS.length]!, summary: `Writer ${writer}, entry ${n}: "agreed" to review — café ✓ 📄 ${randomBytes(12).toString('base64url')}` }
  if (n % 2 === 0) body.people = `SENCo; parent ${writer}`
  if (n % 3 === 0) body.promised = n % 6 === 0 ? { what: 'Send the report', by: `2026-10-${day}` } : { what: 'Call back' }
  return body
}

class Server {
  child: ChildProcess | undefined
  constructor(
    private readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/store-server.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      // No mail is sent here; production insists on an SMTP_URL, so name a loopback port that nothing answers.
      env: { ...process.env, ...this.env, PORT: String(this.port), NODE_ENV: 'production', LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9' },
    })
    this.child = child
    await new Promise<void>((resolve, reject) => {
      let out = ''
      const timer = setTimeout(() => reject(new Error(`the server did not start within 60 s: ${out}`)), 60_000)
      child.stdout!.on('data', (d) => {
        out += d
        if (/listening http/.test(out)) {
          clearTimeout(timer)
          resolve()
        }
      })
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`the server exited (${code}) before listening: ${out}`))
      })
    })
  }

  async kill(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
}

/** Progress on stderr with CRASH_DEBUG=1, for a run that seems stuck. */
const step = (what: string) => process.env.CRASH_DEBUG && console.error(`${(performance.now() / 1000).toFixed(1)} s ${what}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function main() {
  const database = await freshDatabase()
  const dialect = database.settings.databaseUrl ? 'PostgreSQL' : 'SQLite'
  const setup = openStore(database.settings)
  const writers = await seed(setup)
  await setup.close()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = new Server(port, database.env)
  process.on('exit', () => server.child?.kill('SIGKILL'))
  const acked: Acked[] = []
  let attempts = 0
  let refused = 0
  let stopping = false

  // Each writer posts one entry after another for as long as the test runs; while the server is down its requests
  // fail and it tries again shortly. Only a 201 counts as acknowledged.
  const writing = writers.map(async (w, i) => {
    for (let n = 0; !stopping; n++) {
      const caseId = w.caseIds[(n * WRITERS + i) % w.caseIds.length]!
      const body = entryBody(i, n)
      attempts++
      try {
        const res = await fetch(`${base}/api/v1/cases/${caseId}/entries`, {
          method: 'POST',
          headers: { authorization: `Bearer ${w.token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
        const answer = (await res.json()) as { id?: string }
        if (res.status === 201 && answer.id) acked.push({ id: answer.id, caseId, body })
        else {
          refused++
          if (res.status === 404) throw new Error(`POST entries answered 404: is the cases API in this tree? ${JSON.stringify(answer)}`)
        }
      } catch (error) {
        if ((error as Error).message.startsWith('POST entries answered 404')) throw error
        await sleep(20) // the server is down (killed, or starting): try again soon
      }
    }
  })

  let checked = 0
  let failures = 0
  await server.start()
  for (let kill = 1; kill <= KILLS; kill++) {
    await sleep(500 + Math.random() * 2500)
    const before = acked.length
    await server.kill()
    step(`kill ${kill}: killed; starting`)
    await server.start()
    step(`kill ${kill}: started; checking`)
    // Everything acknowledged up to now was acknowledged before the kill or by the new server: all must be there.
    const snapshot = acked.slice()
    const store = openStore(database.settings)
    try {
      const problems = await checkIntegrity(store, snapshot)
      checked = snapshot.length
      failures += problems.length
      console.log(`kill ${String(kill).padStart(2)}: ${before} writes acknowledged before it; after restart ${snapshot.length} checked, ${problems.length === 0 ? 'all present and intact' : `${problems.length} PROBLEMS`}`)
      for (const p of problems.slice(0, 10)) console.log(`  ${p}`)
    } finally {
      await store.close()
    }
  }
  stopping = true
  await Promise.race([Promise.allSettled(writing), sleep(10_000)])
  await server.kill()
  await database.drop()
  console.log(`${dialect}: ${KILLS} kills survived with ${failures === 0 ? 'no' : failures} problems; ${checked} acknowledged writes checked (${attempts} attempted, ${refused} refused), ${WRITERS} writers`)
  process.exit(failures === 0 && checked > 0 ? 0 : 1)
}

await main()
