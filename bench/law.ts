// npm run bench:law — figures for issue 2, printed, never asserted.
// 1. Timelines per second over 10,000 mixed scenarios on one core, against a baseline in the same run:
//    the appeal deadline alone done naively with Temporal.PlainDate arithmetic.
// 2. POST /api/v1/timeline requests per second and latency under wrk (or autocannon where wrk is not
//    installed), with the server in a second process, against GET /health on the same server.
import { Temporal } from 'temporal-polyfill'
import { computeTimeline, isWorkingDate } from '../src/law/index.js'
import { mixedScenarios } from './scenarios.js'
import { startChild } from './child.js'
import { describeLoad, load } from './load.js'

const scenarios = mixedScenarios(10_000)
const seconds = Number(process.env.BENCH_SECONDS ?? 10)

function perSecond(label: string, fn: (i: number) => void, rounds: number): number {
  for (let i = 0; i < scenarios.length; i++) fn(i) // warm up
  const start = process.hrtime.bigint()
  for (let r = 0; r < rounds; r++) for (let i = 0; i < scenarios.length; i++) fn(i)
  const secs = Number(process.hrtime.bigint() - start) / 1e9
  const rate = (rounds * scenarios.length) / secs
  console.log(`${label.padEnd(58)} ${Math.round(rate).toLocaleString('en-GB').padStart(10)} /s`)
  return rate
}

let sink = 0
const engine = perSecond('computeTimeline, 10,000 mixed scenarios', (i) => {
  sink += computeTimeline(scenarios[i]!).milestones.length
}, 10)

// Baseline: the appeal deadline alone, the obvious way, one Temporal operation at a time.
const naive = (notice: string) => {
  let end = Temporal.PlainDate.from(notice).add({ months: 2 })
  while (!isWorkingDate(end)) end = end.add({ days: 1 })
  return end
}
const baseline = perSecond('baseline: appeal deadline only, naive Temporal', (i) => {
  const s = scenarios[i]!
  if (s.noticeSentOn) sink += naive(s.noticeSentOn).day
}, 2)
console.log(`ratio: full timelines vs naive deadline-only baseline: ${(engine / baseline).toFixed(1)}x (goal: at least 200,000 timelines/s)`)

// The HTTP figures: the server in its own process, autocannon here.
const { url: address, child: server } = await startChild('bench/server.ts')

const bodies = scenarios.slice(0, 500).map((s) => JSON.stringify(s))
const replySize = Math.round(bodies.slice(0, 50).reduce((n, b) => n + JSON.stringify(computeTimeline(JSON.parse(b))).length, 0) / 50)
const ceiling = await startChild('bench/fastify-ceiling.ts', [String(replySize)])
const health = await load({ url: `${address}/health`, seconds })
console.log(describeLoad('baseline: GET /health', health))
for (const connections of [8, 32]) {
  const bare = await load({ url: `${ceiling.url}/api/v1/timeline`, seconds, bodies, connections })
  console.log(describeLoad(`baseline: bare Fastify, same bodies, ${replySize} B reply, ${connections} conn.`, bare))
  const api = await load({ url: `${address}/api/v1/timeline`, seconds, bodies, connections })
  console.log(describeLoad(`POST /api/v1/timeline, ${connections} connections`, api))
  console.log(`ratio: timeline API vs bare Fastify: ${(api.rps / bare.rps).toFixed(2)}, vs /health: ${(api.rps / health.rps).toFixed(2)} (goal: at least 5,000 req/s, p99 under 20 ms)`)
}
server.kill('SIGTERM')
ceiling.child.kill('SIGTERM')
if (sink === 0) console.log('(no work done?)')
