// npm run bench:letters-load — issue 9's findings 1 and 2, reproduced against the service in a
// second process. Figures are printed, never asserted.
// 1. Memory: the server's resident memory over many different worst-case Chinese letters (six
//    long issues, different characters each time), after the first tenth and after all of them,
//    and its peak (VmHWM). Goal: the end within 20 percent of the first tenth.
// 2. Latency: GET /start p50 and p99 while 20 worst-case PDFs (every line one character) are
//    made, next to the same figure with no letters being made. Goal: p99 under 50 ms.
// BENCH_CJK_LETTERS (default 500) sets how many Chinese letters; LETTER_WORKERS and
// LETTER_QUEUE_MAX are passed to the server.
import { readFileSync } from 'node:fs'
import { worstCaseAscii, worstCaseCjk } from '../src/letters/testing/worst-case.js'
import { startChild } from './child.js'

const CJK_LETTERS = Number(process.env.BENCH_CJK_LETTERS ?? 500)
const BURST = 20

const service = await startChild('bench/server.ts')
const pid = service.child.pid!

/** The server's resident and peak resident memory in MB, from /proc (Linux). */
function memory(): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

async function postLetter(body: unknown): Promise<number> {
  const res = await fetch(`${service.url}/api/v1/letters/complaint`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/pdf' },
    body: JSON.stringify(body),
  })
  await res.arrayBuffer()
  return res.status
}

const mb = (n: number) => `${n.toFixed(0).padStart(5)} MB`

// 1. Memory over distinct Chinese letters, two in flight so a worker is never idle.
const started = memory()
console.log(`server at start                      rss ${mb(started.rss)}`)
const firstTenth = Math.max(1, Math.round(CJK_LETTERS / 10))
let afterFirstTenth = started
let next = 0
const statuses = new Map<number, number>()
const t0 = performance.now()
await Promise.all(
  Array.from({ length: 2 }, async () => {
    while (next < CJK_LETTERS) {
      const seed = next++
      const status = await postLetter(worstCaseCjk(seed))
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      if (seed + 1 === firstTenth) afterFirstTenth = memory()
    }
  }),
)
const seconds = (performance.now() - t0) / 1000
const end = memory()
console.log(`${CJK_LETTERS} Chinese letters in ${seconds.toFixed(0)} s; answers ${[...statuses].map(([s, n]) => `${n} × ${s}`).join(', ')}`)
console.log(`after the first ${String(firstTenth).padEnd(4)}                  rss ${mb(afterFirstTenth.rss)}`)
console.log(`after all ${String(CJK_LETTERS).padEnd(4)}                       rss ${mb(end.rss)}  peak ${mb(end.peak)}`)
console.log(`growth from the first tenth to the end: ${(((end.rss - afterFirstTenth.rss) / afterFirstTenth.rss) * 100).toFixed(1)}% (goal: within 20%)`)

// 2. GET /start latency, alone and while 20 worst-case PDFs are made.
async function startLatencies(until: () => boolean, atLeast: number): Promise<number[]> {
  const times: number[] = []
  while (times.length < atLeast || !until()) {
    const t = performance.now()
    const res = await fetch(`${service.url}/start`)
    await res.arrayBuffer()
    if (res.status !== 200) throw new Error(`/start answered ${res.status}`)
    times.push(performance.now() - t)
  }
  return times
}
const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const describe = (label: string, xs: number[]) =>
  `${label.padEnd(44)} p50 ${percentile(xs, 50).toFixed(1).padStart(7)} ms  p99 ${percentile(xs, 99).toFixed(1).padStart(7)} ms  (${xs.length} requests)`

await startLatencies(() => true, 50) // warm up
const quiet = await startLatencies(() => true, 400)
console.log(describe('GET /start, no letters being made', quiet))
let done = false
const burst = Promise.all(Array.from({ length: BURST }, () => postLetter(worstCaseAscii()))).then((s) => {
  done = true
  return s
})
const busy = await startLatencies(() => done, 20)
const burstStatuses = await burst
console.log(describe(`GET /start, while ${BURST} worst-case PDFs are made`, busy))
console.log(`the ${BURST} PDFs answered: ${burstStatuses.join(' ')}`)

service.child.kill('SIGTERM')
