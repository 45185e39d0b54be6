import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { DEFAULT_CONTENT_DIR, loadContent } from '../content/load-content.js'
import { validArea } from '../content/test-fixtures.js'
import { testApp } from '../../test/support/app.js'

// A third area is one YAML file: the journey's area question, local help, the plan and the letters
// all offer it with no code change.
let app: FastifyInstance

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sendpath-areas-'))
  cpSync(DEFAULT_CONTENT_DIR, dir, { recursive: true })
  writeFileSync(join(dir, 'areas', 'sefton.yaml'), validArea('sefton'))
  app = await testApp({}, 10_000, { content: loadContent(dir) })
})
after(() => app.close())

test('the journey asks about the new area', async () => {
  const page = await app.inject('/journey/area?asker=parent&who=school&hasPlan=no&happened=school-support&spokenToSchool=yes&today=2026-11-27')
  assert.equal(page.statusCode, 200, page.body.slice(0, 300))
  assert.match(page.body, /value="sefton"/)
  assert.match(page.body, />\s*Sefton\s*</)
})

test('local help lists the new area and shows its directory', async () => {
  const list = await app.inject('/local-help')
  assert.match(list.body, /value="sefton"/)
  const shown = await app.inject('/local-help?area=sefton')
  assert.match(shown.body, /Help in Sefton/)
})

test('a plan for the new area names its local services and leads back to the journey with it', async () => {
  const plan = await app.inject('/plan?decision=refuse-assessment&noticeSentOn=2026-10-26&area=sefton&today=2026-11-27')
  assert.equal(plan.statusCode, 200)
  assert.match(plan.body, /Test SENDIASS/)
  assert.match(plan.body, /check-answers\?[^"]*area=sefton/)
})

test('a letter link for the new area fills in its council', async () => {
  const letter = await app.inject('/letters/complaint?area=sefton')
  assert.equal(letter.statusCode, 200)
  assert.match(letter.body, /sefton Council/)
})
