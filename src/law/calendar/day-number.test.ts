import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Temporal } from 'temporal-polyfill'
import { civil, dayNumber, daysInMonth, fromIso, isLeapYear, isoWeekday, toIso } from './day-number.js'

// Day numbers are the engine's own calendar; Temporal.PlainDate is the independent reference.

const EPOCH = Temporal.PlainDate.from('1970-01-01')

test('every day from 1990-01-01 to 2100-12-31 agrees with Temporal.PlainDate', () => {
  const last = Temporal.PlainDate.from('2100-12-31')
  let date = Temporal.PlainDate.from('1990-01-01')
  let z = EPOCH.until(date, { largestUnit: 'days' }).days
  let count = 0
  while (Temporal.PlainDate.compare(date, last) <= 0) {
    const iso = date.toString()
    const c = civil(z)
    if (
      toIso(z) !== iso ||
      fromIso(iso) !== z ||
      c.year !== date.year ||
      c.month !== date.month ||
      c.day !== date.day ||
      dayNumber(date.year, date.month, date.day) !== z ||
      isoWeekday(z) !== date.dayOfWeek ||
      daysInMonth(date.year, date.month) !== date.daysInMonth ||
      isLeapYear(date.year) !== date.inLeapYear
    ) {
      const got = `toIso ${toIso(z)}, civil ${JSON.stringify(c)}, weekday ${isoWeekday(z)}`
      assert.fail(`day ${z} disagrees with Temporal's ${iso}: ${got}`)
    }
    date = date.add({ days: 1 })
    z++
    count++
  }
  assert.equal(count, 111 * 365 + 27, 'the range covers 111 years, with 27 leap days (2100 has none)')
})

test('day numbers count days since 1970-01-01, as Temporal epoch days do', () => {
  assert.equal(dayNumber(1970, 1, 1), 0)
  assert.equal(fromIso('1969-12-31'), -1)
  assert.equal(fromIso('2000-01-01'), 10957)
  assert.equal(isoWeekday(0), 4, '1 January 1970 was a Thursday')
})

test('fromIso refuses impossible and badly written dates', () => {
  for (const bad of [
    '2026-02-30',
    '2025-02-29',
    '2100-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-01-32',
    '2026-04-31',
    '2026-1-01',
    '2026-01-1',
    '',
    '20x6-01-01',
    'abcd-01-01',
    '2026-0a-01',
    '2026-01-0b',
    '2026/01/01',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026-01-01T00:00',
    '+2026-01-01',
    '-2026-01-01',
  ]) {
    assert.equal(fromIso(bad), undefined, JSON.stringify(bad))
  }
})

test('fromIso accepts 29 February only in leap years', () => {
  assert.equal(toIso(fromIso('2024-02-29')!), '2024-02-29')
  assert.equal(toIso(fromIso('2000-02-29')!), '2000-02-29')
  assert.equal(fromIso('2023-02-29'), undefined)
  assert.equal(isLeapYear(2000), true)
  assert.equal(isLeapYear(2100), false)
  assert.equal(isLeapYear(2024), true)
  assert.equal(isLeapYear(2026), false)
})
