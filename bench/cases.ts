// npm run bench:cases — issue 11's case benchmark, printed, never asserted. Seeds 10,000 families with one case
// and 50 diary entries each (500,000 entries, with their first versions and audit rows, and two decisions per
// case) straight through the store in big transactions, then starts the real service in a second process and
// measures p50/p95 of the diary list and the case timeline across random cases, with wrk from loopback, next to
// GET /health in the same run. On SQLite (a temporary DATA_DIR) and on PostgreSQL (a fresh database on
// BENCH_PG_URL, default the local server; dropped afterwards). Goal: p95 under 25 ms each.
//
//   BENCH_FAMILIES (10000), BENCH_ENTRIES (50), BENCH_SECONDS (10), BENCH_CONNECTIONS (4),
//   BENCH_DIALECTS (sqlite,postgres), BENCH_PG_URL (postgres://postgres:postgres@127.0.0.1:5432/postgres)
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { startChild } from './child.js'
import { seedFamilies, type Family } from './seed-cases.js'
import { openStore } from '../src/store/database.js'
import { migrate } from '../src/store/migrate.js'

const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 10_000)
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 50)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 4)
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',')
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres'
/** How many of the families the load touches (each request picks the next of them, in a shuffled order). */
const SAMPLE = 2_000
const WARM_UP_SECONDS = 3

interface Figures {
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
}

const lua = (s: string) => JSON.stringify(s)

/** wrk with one Authorization header (or session cookie) per path: each request is a family asking for its own case. */
function measure(url: string, targets: { path: string; token?: string; cookie?: string }[], seconds = SECONDS): Figures {
  const script = join(mkdtempSync(join(tmpdir(), 'sendpath-wrk-')), 'cases.lua')
  writeFileSync(
    script,
    [
      `local paths = {${targets.map((t) => lua(t.path)).join(',')}}`,
      `local tokens = {${targets.map((t) => lua(t.token ?? '')).join(',')}}`,
      `local cookies = {${targets.map((t) => lua(t.cookie ?? '')).join(',')}}`,
      'local i = 0',
      'request = function()',
      '  i = i + 1',
      '  local k = (i % #paths) + 1',
      '  if cookies[k] ~= "" then return wrk.format("GET", paths[k], {["Cookie"] = "sendpath_session=" .. cookies[k]}) end',
      '  if tokens[k] == "" then return wrk.format("GET", paths[k]) end',
      '  return wrk.format("GET", paths[k], {["Authorization"] = "Bearer " .. tokens[k]})',
      'end',
      'done = function(summary, latency, requests)',
      '  local e = summary.errors',
      '  io.write(string.format("RESULT %f %f %f %f %d\\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))',
      'end',
    ].join('\n'),
  )
  const out = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '-s', script, url], { encoding: 'utf8' })
  const m = /RESULT (\S+) (\S+) (\S+) (\S+) (\d+)/.exec(out.stdout)
  if (!m) throw new Error(`wrk failed (is it installed? apt-get install -y wrk): ${out.stderr || out.stdout}`)
  return { rps: Number(m[1]), p50: Number(m[2]), p95: Number(m[3]), p99: Number(m[4]), errors: Number(m[5]) }
}

const show = (label: string, f: Figures) =>
  `${label.padEnd(44)}p50 ${f.p50.toFixed(1).padStart(6)} ms   p95 ${f.p95.toFixed(1).padStart(6)} ms   p99 ${f.p99.toFixed(1).padStart(6)} ms   ${Math.round(f.rps).toLocaleString('en-GB').padStart(6)} req/s   errors ${f.errors}${f.p95 < 25 || label.startsWith('GET /health') ? '' : '   (over the 25 ms goal)'}`

function shuffle<T>(items: T[]): T[] {
  const a = items.slice()
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sendpath_bench_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(PG_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: PG_URL })
      await dropper.connect()
      await dropper.query(`drop database if exists ${name} with (force)`)
      await dropper.end()
    },
  }
}

async function run(dialect: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'sendpath-bench-cases-'))
  const postgres = dialect === 'postgres' ? await freshPostgres() : undefined
  const settings = { dataDir, databaseUrl: postgres?.url }
  try {
    const store = openStore(settings)
    await migrate(store)
    const started = performance.now()
    const families: Family[] = await seedFamilies(store, FAMILIES, ENTRIES)
    console.log(`${dialect}: seeded ${FAMILIES.toLocaleString('en-GB')} families, ${(FAMILIES * ENTRIES).toLocaleString('en-GB')} entries in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    // A database in service has its statistics and is not being vacuumed after a bulk load: without this,
    // PostgreSQL's autovacuum works through the 2.5 million new rows during the first figures.
    await sql`${sql.raw(dialect === 'postgres' ? 'vacuum analyze' : 'analyze')}`.execute(store.db)
    // And the bulk load's dirty pages are written out now, not by a checkpoint during the first figure.
    if (dialect === 'postgres') await sql`checkpoint`.execute(store.db).catch((e: Error) => console.log(`(no checkpoint: ${e.message})`))
    await store.close()

    // The service reads its settings from the environment, like in production.
    process.env.DATA_DIR = dataDir
    if (postgres) process.env.DATABASE_URL = postgres.url
    else delete process.env.DATABASE_URL
    process.env.NODE_ENV = 'production'
    process.env.SMTP_URL = 'smtp://127.0.0.1:9' // no mail is sent; production insists on a setting
    process.env.PORT = '0'
    // The reminder run over every family (every 15 minutes, the first 5 s after start) is not what is measured
    // here, and with no mail server it would try all 10,000 families' due reminders again during the figures.
    process.env.SCHEDULED_JOBS = 'off'
    const service = await startChild('bench/store-server.ts')
    try {
      const sample = shuffle(families).slice(0, SAMPLE)
      const first = sample[0]!
      const check = await fetch(`${service.url}/api/v1/cases/${first.caseId}/entries`, { headers: { authorization: `Bearer ${first.token}` } })
      const listed = (await check.json()) as { entries?: unknown[] }
      if (check.status !== 200 || listed.entries?.length !== ENTRIES) throw new Error(`the diary list answered ${check.status} with ${listed.entries?.length} entries`)
      const timeline = await fetch(`${service.url}/api/v1/cases/${first.caseId}/timeline`, { headers: { authorization: `Bearer ${first.token}` } })
      const milestones = ((await timeline.json()) as { milestones?: unknown[] }).milestones?.length
      if (timeline.status !== 200 || !milestones) throw new Error(`the timeline answered ${timeline.status} with ${milestones} milestones`)
      console.log(`${dialect}: one case's diary list is ${ENTRIES} entries; its timeline ${milestones} milestones`)
      const casePage = await fetch(`${service.url}/cases/${first.caseId}`, { headers: { cookie: `sendpath_session=${first.cookie}` }, redirect: 'manual' })
      const page = await casePage.text()
      if (casePage.status !== 200 || !page.includes(`Child `)) throw new Error(`the case page answered ${casePage.status}`)

      const figures: [string, { path: string; token?: string; cookie?: string }[]][] = [
        ['GET /health (baseline)', [{ path: '/health' }]],
        ['GET /cases/{id} (the case page, signed in)', sample.map((f) => ({ path: `/cases/${f.caseId}`, cookie: f.cookie }))],
        ['GET /api/v1/cases/{id}/entries', sample.map((f) => ({ path: `/api/v1/cases/${f.caseId}/entries`, token: f.token }))],
        ['GET /api/v1/cases/{id}/timeline', sample.map((f) => ({ path: `/api/v1/cases/${f.caseId}/timeline`, token: f.token }))],
      ]
      // Each route is warmed up (compiled code, the pool's connections, templates) for a few seconds first.
      for (const [, targets] of figures) measure(service.url, targets, WARM_UP_SECONDS)
      for (const [label, targets] of figures) console.log(show(label, measure(service.url, targets)))
    } finally {
      service.child.kill('SIGTERM')
    }
  } finally {
    await postgres?.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

console.log(`wrk, ${CONNECTIONS} connections, ${SECONDS} s per figure, ${SAMPLE.toLocaleString('en-GB')} random cases, each asked for with its own family's bearer token`)
for (const dialect of DIALECTS) await run(dialect)
