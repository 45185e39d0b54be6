// npx tsx bench/search.ts — site search timings for issue 3 (goal: results in under 50 ms), printed, never asserted.
// 1. createGuidanceSearch().search() alone, per query, over 1,000 varied queries.
// 2. GET /search?q=... through the whole app (routing, search, Nunjucks page), in process with inject().
import { loadContent } from '../src/content/load-content.js'
import { createGuidanceSearch } from '../src/content/search.js'
import { buildApp } from '../src/web/app.js'
import { testConfig } from '../src/config.js'
import { testServices } from '../src/services.js'

const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000)
const content = loadContent()

// A small seeded generator, so every run times the same queries.
let seed = 20260301
const random = () => {
  seed = (seed * 1664525 + 1013904223) % 2 ** 32
  return seed / 2 ** 32
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T

const words = [...new Set(content.guidance.flatMap((p) => `${p.title} ${p.summary} ${p.text}`.toLowerCase().match(/[a-z]{3,}/g) ?? []))]
const typo = (w: string) => {
  if (w.length < 4) return w
  const i = 1 + Math.floor(random() * (w.length - 2))
  return random() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2)
}
const questions = [
  'what if I do not agree with the school',
  'how do I appeal to the tribunal',
  'the council is late with the EHC plan',
  'my child has been excluded',
  'do I need a mediation certificate',
  'how long do I have to appeal',
  'can I complain to the ombudsman',
  'school treated my disabled child unfairly',
  'what is disagreement resolution',
  'who can help me in Liverpool',
]
const kinds: (() => string)[] = [
  () => pick(words),
  () => `${pick(words)} ${pick(words)}`,
  () => `${pick(words)} ${pick(words)} ${pick(words)}`,
  () => typo(pick(words)),
  () => pick(words).slice(0, 3 + Math.floor(random() * 3)),
  () => pick(questions),
  () => Array.from({ length: 40 }, () => pick(words)).join(' ').slice(0, 200),
  () => Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(''),
  () => 'what if I do not agree with it',
]
const queries = Array.from({ length: QUERIES }, (_, i) => (kinds[i % kinds.length] as () => string)())

function summarise(label: string, ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length
  const f = (n: number) => n.toFixed(3).padStart(8)
  console.log(`${label.padEnd(44)} median ${f(at(0.5))} ms   p99 ${f(at(0.99))} ms   max ${f(sorted[sorted.length - 1] ?? NaN)} ms   mean ${f(mean)} ms`)
}

async function time(fn: (q: string) => unknown | Promise<unknown>): Promise<number[]> {
  for (const q of queries.slice(0, 100)) await fn(q) // warm up
  const ms: number[] = []
  for (const q of queries) {
    const start = process.hrtime.bigint()
    await fn(q)
    ms.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return ms
}

let start = process.hrtime.bigint()
const { search } = createGuidanceSearch(content.guidance)
console.log(`index of ${content.guidance.length} guidance pages built in ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)} ms`)
console.log(`${queries.length} queries: words, pairs, triples, typos, prefixes, questions, 200-character queries, nonsense, stop words only`)

let found = 0
summarise('search() alone', await time((q) => (found += search(q).length > 0 ? 1 : 0)))
console.log(`  (${found} of ${queries.length + 100} searches, warm-up included, found something)`)

start = process.hrtime.bigint()
const app = await buildApp(testConfig(), testServices(), { rateLimitMax: 1_000_000 })
await app.ready()
let failures = 0
summarise('GET /search?q=... (whole page, inject)', await time(async (q) => {
  const res = await app.inject(`/search?q=${encodeURIComponent(q)}`)
  if (res.statusCode !== 200) failures++
}))
console.log(`  (${failures} responses were not 200)`)
await app.close()
console.log('goal: under 50 ms per query')
