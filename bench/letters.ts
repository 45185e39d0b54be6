// npm run bench:letters — figures for issue 4, printed, never asserted.
// For each letter type and each format (docx, pdf, html): N letters rendered one after another
// on one core, after a warm-up, each with different words from the family (so remembered
// layouts only help as much as they would in real use). Prints letters per second and the
// median and p99 milliseconds per letter, against a baseline in the same run: JSON.stringify
// of the same letter models. Goal (issue 4): median under 30 ms per PDF and per DOCX.
import { buildLetter, LETTER_FORMATS, LETTER_TYPES, renderLetter, type LetterFormat } from '../src/letters/index.js'
import type { LetterModel } from '../src/letters/model.js'
import type { LetterType } from '../src/letters/schemas.js'
import { TODAY, VALID } from '../src/letters/testing/fixtures.js'

const N = Number(process.env.BENCH_LETTERS ?? 200)
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 20)

/** The family's own words, different in every letter: names and answers get a number and a sentence. */
const FREE_TEXT = new Set([
  'name',
  'what',
  'when',
  'wantedOutcome',
  'alreadyTried',
  'difficulties',
  'supportGiven',
  'whyMoreNeeded',
  'concerns',
  'suggestedTimes',
  'whatRecords',
  'disagreementWith',
  'triedSoFar',
  'referenceNumber',
])
const SENTENCES = [
  'Since the start of term the agreed reading support has happened on only two days.',
  'We were told in a meeting that the plan would be reviewed, but nobody has contacted us since.',
  'Our son finds the noise at lunchtime overwhelming and has been coming home exhausted and upset.',
  'The occupational therapy report recommended daily sensory breaks, which have not been provided.',
]

function vary(value: unknown, i: number, key = ''): unknown {
  if (typeof value === 'string') {
    if (!FREE_TEXT.has(key)) return value
    return key === 'name' || key === 'referenceNumber' || key === 'when'
      ? `${value} ${i}`
      : `${value} ${SENTENCES[i % SENTENCES.length]} (${i})`
  }
  if (Array.isArray(value)) return value.map((v) => vary(v, i, key === 'issues' ? 'what' : key))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, i, k)]))
  }
  return value
}

function models(type: LetterType, count: number, offset: number): LetterModel[] {
  return Array.from({ length: count }, (_, i) => {
    const result = buildLetter(type, vary(VALID[type], offset + i), TODAY)
    if (!result.ok) throw new Error(`${type}: ${JSON.stringify(result.problems)}`)
    return result.model
  })
}

interface Figures {
  rate: number
  median: number
  p99: number
  samples: number[]
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!

/** Figures from per-letter times, with the rate from their sum. */
function figures(samples: number[], totalMs = samples.reduce((a, b) => a + b, 0)): Figures {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    rate: (samples.length / totalMs) * 1000,
    median: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    samples,
  }
}

async function time(letters: LetterModel[], render: (m: LetterModel) => unknown): Promise<Figures> {
  const samples: number[] = []
  const start = performance.now()
  for (const model of letters) {
    const t = performance.now()
    await render(model)
    samples.push(performance.now() - t)
  }
  return figures(samples, performance.now() - start)
}

const ms = (n: number) => n.toFixed(n < 0.1 ? 4 : 2).padStart(9)
const rate = (n: number) => Math.round(n).toLocaleString('en-GB').padStart(11)
const row = (label: string, f: Figures, baseline?: Figures) =>
  console.log(
    `${label.padEnd(58)} ${rate(f.rate)} ${ms(f.median)} ${ms(f.p99)}` +
      (baseline ? `${(baseline.rate / f.rate).toFixed(0).padStart(10)}x` : ''),
  )

// The first PDF of a process parses the fonts; every later one shares them.
const first = models('complaint', 1, 10_000)[0]!
const coldStart = performance.now()
await renderLetter(first, 'pdf')
const cold = performance.now() - coldStart
console.log(`first PDF in this process (reads and parses the fonts): ${cold.toFixed(1)} ms\n`)

console.log(`${N} letters per row after ${WARM_UP} to warm up; each letter has different words from the family.`)
console.log(
  `${'letter and format'.padEnd(58)} ${'letters/s'.padStart(11)} ${'median ms'.padStart(9)} ` +
    `${'p99 ms'.padStart(9)} ${'vs JSON'.padStart(11)}`,
)

const all: Record<LetterFormat | 'baseline', number[]> = { docx: [], pdf: [], html: [], baseline: [] }
for (const type of LETTER_TYPES) {
  const warm = models(type, WARM_UP, 0)
  const letters = models(type, N, WARM_UP)
  await time(warm, (m) => JSON.stringify(m))
  const baseline = await time(letters, (m) => JSON.stringify(m))
  all.baseline.push(...baseline.samples)
  row(`${type}: baseline (JSON.stringify)`, baseline)
  for (const format of LETTER_FORMATS) {
    await time(warm, (m) => renderLetter(m, format))
    const f = await time(letters, (m) => renderLetter(m, format))
    all[format].push(...f.samples)
    row(`${type}: ${format}`, f, baseline)
  }
}

console.log('\nAll letter types together:')
const base = figures(all.baseline)
row('baseline: JSON.stringify', base)
for (const format of LETTER_FORMATS) row(format, figures(all[format]), base)
console.log('\nGoal: median under 30 ms per PDF and per DOCX.')
