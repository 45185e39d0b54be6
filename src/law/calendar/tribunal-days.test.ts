import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fromIso, toIso } from './day-number.js'
import { addTribunalDays, addTribunalWorkingDays, isTribunalCountedDay } from './tribunal-days.js'

const z = (iso: string) => fromIso(iso)!

test('HESC r12(3)(b): August and 25 December to 1 January are not counted', () => {
  for (const iso of ['2026-08-01', '2026-08-31', '2025-12-25', '2025-12-31', '2026-01-01']) assert.equal(isTribunalCountedDay(z(iso)), false, iso)
  for (const iso of ['2026-07-31', '2026-09-01', '2025-12-24', '2026-01-02']) assert.equal(isTribunalCountedDay(z(iso)), true, iso)
})

test('counted days skip the excluded days, then r12(2) moves a weekend end to the next working day', () => {
  assert.equal(toIso(addTribunalDays(z('2026-07-31'), 1)), '2026-09-01')
  assert.equal(toIso(addTribunalDays(z('2024-02-10'), 28)), '2024-03-11')
  assert.equal(toIso(addTribunalWorkingDays(z('2025-12-24'), 1)), '2026-01-02')
})
