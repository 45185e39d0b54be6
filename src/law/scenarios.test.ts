import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'
import { computeTimeline, DECISION_IDS, TimelineFactsError, type Timeline, type TimelineFacts } from './index.js'
import { MILESTONE_IDS, ScenarioFile, type Scenario } from './scenarios/schema.js'

// Runs every worked example in src/law/scenarios/**/*.yaml against the engine, one test per scenario.

const SCENARIO_DIR = join(dirname(fileURLToPath(import.meta.url)), 'scenarios')

/** The one-off bank holidays a lawyer will ask about (reference §7.2): each must be covered by a scenario. */
const ONE_OFF_BANK_HOLIDAYS = ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']

interface Loaded {
  file: string
  scenarios: Scenario[]
}

function loadAll(): { files: Loaded[]; errors: string[] } {
  const files: Loaded[] = []
  const errors: string[] = []
  const paths = readdirSync(SCENARIO_DIR, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.ya?ml$/.test(p))
    .map((p) => p.split('\\').join('/'))
    .sort()
  for (const file of paths) {
    if (!file.endsWith('.yaml')) {
      errors.push(`${file}: name scenario files *.yaml`)
      continue
    }
    const doc = parseDocument(readFileSync(join(SCENARIO_DIR, file), 'utf8'), { uniqueKeys: true, prettyErrors: true })
    if (doc.errors.length > 0) {
      for (const e of doc.errors) errors.push(`${file}: ${e.message}`)
      continue
    }
    const parsed = ScenarioFile.safeParse(doc.toJS())
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`)
      }
      continue
    }
    files.push({ file, scenarios: parsed.data.scenarios })
  }
  return { files, errors }
}

const { files, errors } = loadAll()
const all = files.flatMap((f) => f.scenarios.map((s) => ({ file: f.file, scenario: s })))

function factsOf(s: Scenario): TimelineFacts {
  // The schema has checked the shape; the engine itself checks the decision id and the dates.
  return { ...s.input, today: s.today } as TimelineFacts
}

function check(s: Scenario) {
  const out = s.output
  if (out.error) {
    const field = out.error.field
    assert.throws(
      () => computeTimeline(factsOf(s)),
      (e: unknown) => {
        assert.ok(e instanceof TimelineFactsError, `expected TimelineFactsError, got ${String(e)}`)
        const fields = e.problems.map((p) => p.field)
        assert.ok(fields.includes(field), `expected a problem with ${field}; got ${fields.join(', ')}`)
        return true
      },
    )
    return
  }
  const t: Timeline = computeTimeline(factsOf(s))
  const byId = new Map(t.milestones.map((m) => [m.id, m]))
  const seen = t.milestones.map((m) => `${m.id}=${m.date}`).join(', ')
  if (out.appealable !== undefined) assert.equal(t.appealable, out.appealable, 'appealable')
  if (out.mediationAdviceRequired !== undefined) {
    assert.equal(t.mediationAdviceRequired, out.mediationAdviceRequired, 'mediationAdviceRequired')
  }
  for (const [id, date] of Object.entries(out.milestones ?? {})) {
    const m = byId.get(id)
    assert.ok(m, `milestone ${id} missing; the timeline has: ${seen}`)
    assert.equal(m.date, date, `milestone ${id}`)
  }
  for (const id of out.absentMilestones ?? []) {
    assert.ok(!byId.has(id), `milestone ${id} should be absent; the timeline has: ${seen}`)
  }
  for (const [id, status] of Object.entries(out.statuses ?? {})) {
    const m = byId.get(id)
    assert.ok(m, `milestone ${id} missing; the timeline has: ${seen}`)
    assert.equal(m.status, status, `status of ${id}`)
  }
  for (const [id, flag] of Object.entries(out.provisional ?? {})) {
    const m = byId.get(id)
    assert.ok(m, `milestone ${id} missing; the timeline has: ${seen}`)
    assert.equal(m.provisional === true, flag, `provisional flag of ${id}`)
  }
  for (const [id, reason] of Object.entries(out.provisionalReasons ?? {})) {
    const m = byId.get(id)
    assert.ok(m, `milestone ${id} missing; the timeline has: ${seen}`)
    assert.equal(m.provisionalReason, reason, `provisional reason of ${id}`)
  }
  if (out.pendingCertificate === false) assert.equal(t.pendingCertificate, undefined, 'no certificate should be pending')
  else if (out.pendingCertificate) {
    assert.ok(t.pendingCertificate, 'a certificate should be pending')
    const { state, chaseCertificate, expectedOn } = t.pendingCertificate
    assert.deepEqual({ state, chaseCertificate, expectedOn }, { expectedOn: undefined, ...out.pendingCertificate }, 'pending certificate')
  }
  if (out.planContinues !== undefined) assert.equal(t.planContinues !== undefined, out.planContinues, 'planContinues')
  if (out.tribunalStages !== undefined) assert.equal(t.tribunalStages !== undefined, out.tribunalStages, 'tribunalStages')
  if (out.routes) assert.deepEqual(t.routes.map((r) => r.id), out.routes, 'open routes, in order')
  if (out.closedRoutes) {
    assert.deepEqual(t.closedRoutes.map((r) => r.id).sort(), [...out.closedRoutes].sort(), 'closed routes')
  }
  if (out.lateAppeal !== undefined) assert.equal(t.lateAppeal !== undefined, out.lateAppeal, 'lateAppeal')
}

describe('scenario files', () => {
  test('every scenario file parses and matches the schema', () => {
    assert.deepEqual(errors, [], `invalid scenario files:\n${errors.join('\n')}`)
  })

  test('there are at least 100 scenarios', () => {
    assert.ok(all.length >= 100, `only ${all.length} scenarios`)
  })

  test('scenario names are unique, so a failure names one scenario', () => {
    const names = all.map((x) => x.scenario.name)
    const dupes = names.filter((n, i) => names.indexOf(n) !== i)
    assert.deepEqual(dupes, [])
  })

  test('every decision id has its own file and appears in a scenario', () => {
    const used = new Set(all.map((x) => x.scenario.input.decision))
    for (const id of DECISION_IDS) {
      assert.ok(used.has(id), `no scenario for decision ${id}`)
      assert.ok(
        files.some((f) => f.file === `decisions/${id}.yaml`),
        `missing src/law/scenarios/decisions/${id}.yaml`,
      )
    }
  })

  test('every milestone id the engine can produce has a scenario that checks its date', () => {
    const dated = new Set(all.flatMap((x) => Object.keys(x.scenario.output.milestones ?? {})))
    const missing = MILESTONE_IDS.filter((id) => !dated.has(id))
    assert.deepEqual(missing, [], `no scenario checks the date of: ${missing.join(', ')}`)
  })

  test('every one-off bank holiday appears in a scenario', () => {
    for (const date of ONE_OFF_BANK_HOLIDAYS) {
      const found = all.some(
        (x) => JSON.stringify({ input: x.scenario.input, output: x.scenario.output }).includes(date) ||
          x.scenario.today === date,
      )
      assert.ok(found, `no scenario uses the one-off bank holiday ${date}`)
    }
  })
})

for (const { file, scenarios } of files) {
  describe(file, () => {
    for (const s of scenarios) test(s.name, () => check(s))
  })
}
