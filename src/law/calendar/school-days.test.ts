import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fromIso, toIso } from './day-number.js'
import { SchoolCalendar } from './school-days.js'

const z = (iso: string) => fromIso(iso)!

test('school days are weekdays in term, not bank holidays or closure days, counted after the given day', () => {
  const calendar = new SchoolCalendar([{ from: '2026-04-13', to: '2026-05-22' }], ['2026-04-15'])
  assert.equal(calendar.isSchoolDay(z('2026-04-13')), true)
  assert.equal(calendar.isSchoolDay(z('2026-04-15')), false, 'closure day')
  assert.equal(calendar.isSchoolDay(z('2026-04-18')), false, 'Saturday')
  assert.equal(calendar.isSchoolDay(z('2026-05-04')), false, 'early May bank holiday')
  assert.equal(toIso(calendar.nthSchoolDayAfter(z('2026-04-13'), 1)!), '2026-04-14')
  assert.equal(toIso(calendar.nthSchoolDayAfter(z('2026-04-13'), 2)!), '2026-04-16')
})

test('terms may be given in any order and overlap; a count past the last term is undefined', () => {
  const calendar = new SchoolCalendar([
    { from: '2026-01-05', to: '2026-01-09' },
    { from: '2025-12-15', to: '2025-12-19' },
    { from: '2026-01-08', to: '2026-01-09' },
  ])
  assert.equal(toIso(calendar.nthSchoolDayAfter(z('2025-12-19'), 1)!), '2026-01-05')
  assert.equal(toIso(calendar.nthSchoolDayAfter(z('2025-12-15'), 9)!), '2026-01-09')
  assert.equal(calendar.nthSchoolDayAfter(z('2025-12-15'), 10), undefined)
})
