import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  APPEAL_ABOUT,
  computeTimeline,
  DECISION_IDS,
  DECISIONS,
  ROUTE_IDS,
  ROUTES,
  routesFor,
  SOURCES,
  TRIBUNAL_ORDERS,
  type AppealAbout,
  type DecisionId,
  type Timeline,
  type TimelineFacts,
} from './index.js'
import { MILESTONE_IDS } from './scenarios/schema.js'

// Meta-tests over the whole rule set: every rule says where it comes from, ids are consistent,
// and src/law stays pure (no I/O, no framework, no clock).

const LAW_DIR = dirname(fileURLToPath(import.meta.url))
const sources = new Set(Object.keys(SOURCES))

/** Every non-empty combination of the parts of a plan. */
function appealAboutCombinations(): AppealAbout[][] {
  const out: AppealAbout[][] = []
  for (let mask = 1; mask < 1 << APPEAL_ABOUT.length; mask++) out.push(APPEAL_ABOUT.filter((_, i) => mask & (1 << i)))
  return out
}

/** Facts that make the engine produce as many milestones as each decision allows. */
function richFacts(decision: DecisionId, appealAbout?: AppealAbout[]): TimelineFacts[] {
  const base: TimelineFacts = {
    decision,
    noticeSentOn: '2025-03-03',
    actOn: '2025-03-01',
    firstKnewOn: '2025-03-02',
    today: '2025-06-30',
    ehc: {
      requestReceivedOn: '2024-10-01',
      draftPlanServedOn: '2025-01-10',
      planMadeOn: '2024-01-10',
      lastReviewOn: '2025-01-20',
      reviewMeetingOn: '2025-02-03',
      amendmentNoticeSentOn: '2025-02-20',
      reassessmentRequestedOn: '2025-02-01',
      reassessmentDecisionOn: '2025-02-14',
      transfer: { year: 2026, kind: 'other' as const },
    },
    complaint: { madeOn: '2025-04-01', reviewPanelRequestedOn: '2025-05-01' },
    transport: { stage1RequestedOn: '2025-03-10', stage1DecisionOn: '2025-04-01', stage2RequestedOn: '2025-04-10' },
    ...(appealAbout ? { appealAbout } : {}),
  }
  if (decision === 'exclusion') {
    base.exclusion = {
      termDates: [{ from: '2025-02-24', to: '2025-04-04' }, { from: '2025-04-22', to: '2025-07-22' }],
      boardNotifiedOn: '2025-03-03',
      boardDecisionNoticeOn: '2025-03-20',
      applicationPostedOn: '2025-03-25',
    }
  }
  const tribunal = (t: TimelineFacts['tribunal']): TimelineFacts => ({ ...base, tribunal: t })
  return [
    {
      ...base,
      mediation: { choice: 'certificate-only', adviserInformedOn: '2025-04-01', certificateSentOn: '2025-04-03' },
    },
    {
      ...base,
      mediation: {
        choice: 'mediation',
        adviserInformedOn: '2025-03-20',
        laInformedOn: '2025-03-24',
        concludedOn: '2025-04-15',
      },
    },
    { ...base, ehc: { ...base.ehc, transfer: { year: 2026, kind: 'secondary-to-post-16' } } },
    { ...base, ehc: { ...base.ehc, transfer: { kind: 'post-16-other', on: '2026-09-01' } } },
    ...(decision === 'disability-discrimination' ? [{ ...base, discriminationBy: 'college' as const }] : []),
    tribunal({ lodgedOn: '2025-04-10' }),
    tribunal({ lodgedOn: '2025-04-10', registeredOn: '2025-04-20', hearingOn: '2025-08-20', decisionSentOn: '2025-06-20', recommendations: true }),
    tribunal({ lodgedOn: '2025-04-10', unopposedOn: '2025-05-01' }),
    ...TRIBUNAL_ORDERS.map((order) => tribunal({ lodgedOn: '2025-04-10', decisionSentOn: '2025-06-20', order, orderSentOn: '2025-06-20' })),
  ]
}

function allTimelines(): { label: string; timeline: Timeline }[] {
  const out: { label: string; timeline: Timeline }[] = []
  for (const decision of DECISION_IDS) {
    const variants = decision === 'plan-contents' ? appealAboutCombinations() : [undefined]
    for (const about of variants) {
      for (const facts of richFacts(decision, about)) {
        out.push({ label: `${decision}${about ? ` [${about.join(', ')}]` : ''}`, timeline: computeTimeline(facts) })
      }
    }
  }
  return out
}

const timelines = allTimelines()

const assertCited = (what: string, citations: readonly { source: string }[]) => {
  assert.ok(citations.length > 0, `${what} has no citation`)
  for (const c of citations) assert.ok(sources.has(c.source), `${what} cites unknown source "${c.source}"`)
}

test('route ids are unique and every route is defined under its own id', () => {
  assert.equal(new Set(ROUTE_IDS).size, ROUTE_IDS.length)
  assert.deepEqual(Object.keys(ROUTES).sort(), [...ROUTE_IDS].sort())
  for (const id of ROUTE_IDS) assert.equal(ROUTES[id].id, id)
})

test('every route has at least one citation whose source is in SOURCES', () => {
  for (const id of ROUTE_IDS) assertCited(`route ${id}`, ROUTES[id].citations)
})

test('decision ids are unique, every decision is defined and cited', () => {
  assert.equal(new Set(DECISION_IDS).size, DECISION_IDS.length)
  assert.deepEqual(Object.keys(DECISIONS).sort(), [...DECISION_IDS].sort())
  for (const id of DECISION_IDS) {
    assert.equal(DECISIONS[id].id, id)
    assertCited(`decision ${id}`, DECISIONS[id].citations)
    if (DECISIONS[id].appealUnder) assertCited(`decision ${id} appeal`, [DECISIONS[id].appealUnder])
  }
})

test('every decision has open routes, and every open or closed route is cited', () => {
  for (const decision of DECISION_IDS) {
    const variants = decision === 'plan-contents' ? appealAboutCombinations() : [[]]
    for (const about of variants) {
      const plan = routesFor(decision, about)
      const label = `${decision} [${about.join(', ')}]`
      assert.ok(plan.open.length > 0, `${label} has no open route`)
      const ids = [...plan.open.map((r) => r.id), ...plan.closed.map((r) => r.id)]
      assert.equal(new Set(ids).size, ids.length, `${label}: a route is listed twice or both open and closed`)
      for (const r of plan.open) assertCited(`${label} route ${r.id}`, r.citations)
      for (const r of plan.closed) assertCited(`${label} closed route ${r.id}`, r.citations)
    }
  }
})

test('every milestone produced across all decisions cites a known source', () => {
  for (const { label, timeline } of timelines) {
    for (const m of timeline.milestones) assertCited(`${label} milestone ${m.id}`, m.citations)
    for (const r of timeline.routes) assertCited(`${label} route ${r.id}`, r.citations)
    for (const r of timeline.closedRoutes) assertCited(`${label} closed route ${r.id}`, r.citations)
    if (timeline.lateAppeal) assertCited(`${label} late appeal`, timeline.lateAppeal.citations)
  }
})

test('the milestone ids the engine produces are exactly the ids the scenario schema knows', () => {
  const produced = new Set(timelines.flatMap((t) => t.timeline.milestones.map((m) => m.id)))
  assert.deepEqual([...produced].sort(), [...MILESTONE_IDS].sort())
})

test('a late appeal is explained with citations', () => {
  const t = computeTimeline({ decision: 'refuse-assessment', noticeSentOn: '2024-01-05', today: '2026-01-05' })
  assert.ok(t.lateAppeal)
  assertCited('late appeal', t.lateAppeal.citations)
})

// --- purity: src/law does no I/O, uses no framework and reads no clock ---

const ALLOWED_PACKAGES: Record<string, string[] | 'all'> = {
  'temporal-polyfill': 'all',
  // The scenario file schema (test data format) is the only place a validation library is used.
  zod: ['scenarios/schema.ts'],
}

function lawSourceFiles(): string[] {
  return readdirSync(LAW_DIR, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split('\\').join('/'))
    .filter((p) => p.endsWith('.ts') && !p.endsWith('.test.ts'))
    .sort()
}

/** Module specifiers in static imports, re-exports, side-effect imports, dynamic imports and require(). */
function specifiers(text: string): string[] {
  const found: string[] = []
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ]
  for (const re of patterns) for (const m of text.matchAll(re)) if (m[1]) found.push(m[1])
  return found
}

test('no file under src/law (except tests) imports node built-ins, frameworks or code outside src/law', () => {
  const files = lawSourceFiles()
  assert.ok(files.length >= 10, 'found the law source files')
  const problems: string[] = []
  for (const file of files) {
    const text = readFileSync(join(LAW_DIR, file), 'utf8')
    if (/\bimport\s*\(/.test(text) || /\brequire\s*\(/.test(text)) problems.push(`${file}: dynamic import or require`)
    for (const spec of specifiers(text)) {
      if (spec.startsWith('.')) {
        const target = relative(LAW_DIR, resolve(dirname(join(LAW_DIR, file)), spec))
        if (target.startsWith('..')) problems.push(`${file}: imports ${spec}, outside src/law`)
        if (!spec.endsWith('.js')) problems.push(`${file}: relative import ${spec} should end in .js`)
        continue
      }
      const allowed = ALLOWED_PACKAGES[spec]
      if (allowed === 'all' || allowed?.includes(file)) continue
      problems.push(`${file}: imports ${spec}`)
    }
  }
  assert.deepEqual(problems, [])
})

test('no file under src/law (except tests) reads the clock, the environment or the console', () => {
  const problems: string[] = []
  for (const file of lawSourceFiles()) {
    const text = readFileSync(join(LAW_DIR, file), 'utf8')
    for (const [re, what] of [
      [/\bDate\s*\.\s*now\b/, 'Date.now'],
      [/\bnew\s+Date\b/, 'new Date'],
      [/\bTemporal\s*\.\s*Now\b/, 'Temporal.Now'],
      [/\bprocess\s*\.\s*(env|argv|exit|cwd|hrtime|stdout|stderr|nextTick)\b/, 'process'],
      [/\bconsole\s*\.\s*(log|error|warn|info|debug|trace)\b/, 'console'],
      [/\bMath\s*\.\s*random\b/, 'Math.random'],
      [/\bfetch\s*\(/, 'fetch'],
    ] as const) {
      if (re.test(text)) problems.push(`${file}: uses ${what}`)
    }
  }
  assert.deepEqual(problems, [])
})
