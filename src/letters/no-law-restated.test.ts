import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { SOURCES } from '../law/index.js'

// Letters take their periods and citations from src/law (issue 7): a template or form that
// says "within 6 weeks" or "regulation 20" in its own words would drift from the engine.

const here = dirname(fileURLToPath(import.meta.url))
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty'
const PERIOD = new RegExp(`\\b(\\d+|${NUMBER_WORDS})\\s*(working\\s+|school\\s+|calendar\\s+)?(day|week|month|year)s?\\b`, 'i')
const RULE = /\b(reg|regs|regulation|regulations|section|s|rule|r|article|art|para|paragraph|sch|schedule)\.?\s*\d/i
const SOURCE_NAMES = Object.entries(SOURCES).flatMap(([id, title]) => [id, title])

/** Problems in one file's text: each period or citation it states itself. */
export function restatedLaw(source: string): string[] {
  const problems: string[] = []
  source.split('\n').forEach((line, i) => {
    const period = PERIOD.exec(line)
    if (period) problems.push(`line ${i + 1}: period "${period[0]}"`)
    const rule = RULE.exec(line)
    if (rule) problems.push(`line ${i + 1}: citation "${rule[0]}"`)
    for (const name of SOURCE_NAMES) if (line.includes(name)) problems.push(`line ${i + 1}: source "${name}"`)
  })
  return problems
}

const letterFiles = () =>
  readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && d.name !== 'render' && d.name !== 'pool' && d.name !== 'testing')
    .flatMap((d) => ['template.ts', 'form.ts'].map((f) => join(here, d.name, f)))

test('no letter template or form states a period or a citation itself', () => {
  const files = letterFiles()
  assert.ok(files.length >= 14, `expected every letter's template and form, found ${files.length}`)
  const found = files.flatMap((file) => restatedLaw(readFileSync(file, 'utf8')).map((p) => `${file.slice(here.length + 1)} ${p}`))
  assert.deepEqual(found, [])
})

test('the check finds periods, spelled-out numbers and citations', () => {
  assert.equal(restatedLaw("'within 6 weeks of the request'").length, 1)
  assert.equal(restatedLaw("'within 3 working days'").length, 1)
  assert.equal(restatedLaw("'at the latest within one month'").length, 1)
  assert.equal(restatedLaw("'(regulation 20 of the regulations)'").length, 1)
  assert.equal(restatedLaw("cite('SEND Regs 2014', 'reg 20', 'U')").length, 2)
  assert.equal(restatedLaw("'under Article 15'").length, 1)
  assert.equal(restatedLaw('`within ${within(\'reviewDecision\')} of the meeting`').length, 0)
})
