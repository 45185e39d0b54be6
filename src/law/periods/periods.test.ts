import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Temporal } from 'temporal-polyfill'
import { fromIso, toIso } from '../calendar/day-number.js'
import { lastDayOfMonthsStarting, monthsAfter } from '../plain-dates.js'
import { addDays, addMonths, addWeeks, lastDayOfDaysBeginningWith, lastDayOfMonthsStartingWith } from './periods.js'

const day = (iso: string) => fromIso(iso)!

test('addMonths agrees with Temporal add({ months }) (constrain) on every day 2000-2030 for n = 1, 2, 6, 12', () => {
  const last = Temporal.PlainDate.from('2030-12-31')
  for (const n of [1, 2, 6, 12]) {
    let date = Temporal.PlainDate.from('2000-01-01')
    let z = day('2000-01-01')
    while (Temporal.PlainDate.compare(date, last) <= 0) {
      const expected = date.add({ months: n }).toString()
      const got = toIso(addMonths(z, n))
      if (got !== expected) assert.fail(`${date} + ${n} months: ${got}, Temporal says ${expected}`)
      date = date.add({ days: 1 })
      z++
    }
  }
})

test('addMonths uses the corresponding date, or the last day of a shorter month (Dodds v Walker)', () => {
  const cases: [string, number, string][] = [
    ['2024-12-31', 2, '2025-02-28'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2025-11-30', 2, '2026-01-30'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2025-07-31', 2, '2025-09-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-10-25', 2, '2025-12-25'],
    ['2099-12-31', 2, '2100-02-28'],
  ]
  for (const [from, n, to] of cases) assert.equal(toIso(addMonths(day(from), n)), to, `${from} + ${n}`)
})

test('lastDayOfMonthsStartingWith: the day before the corresponding date, or the last day of a shorter month', () => {
  const cases: [string, number, string][] = [
    ['2025-03-10', 6, '2025-09-09'], // reference §8.11: conduct on 10 March, claim by 9 September
    ['2025-03-01', 6, '2025-08-31'], // March to August
    ['2025-01-01', 6, '2025-06-30'],
    ['2025-08-31', 6, '2026-02-28'], // no 31 February: the last day of February
    ['2023-08-31', 6, '2024-02-29'], // ... in a leap year
    ['2027-08-29', 6, '2028-02-28'], // 29 February 2028 exists, so the day before
    ['2027-08-30', 6, '2028-02-29'], // no 30 February 2028: the last day of February
    ['2025-08-29', 6, '2026-02-28'], // no 29 February 2026
    ['2025-08-28', 6, '2026-02-27'],
    ['2025-03-31', 6, '2025-09-30'], // no 31 September
    ['2025-03-30', 6, '2025-09-29'],
    ['2024-02-29', 6, '2024-08-28'],
    ['2025-07-02', 6, '2026-01-01'],
    ['2025-09-01', 12, '2026-08-31'], // LGA 1974 s.26B: 12 months beginning with
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-01', 12, '2025-12-31'],
  ]
  for (const [from, n, to] of cases) {
    assert.equal(toIso(lastDayOfMonthsStartingWith(day(from), n)), to, `${n} months starting with ${from}`)
  }
})

test('lastDayOfMonthsStartingWith is one day before addMonths whenever the corresponding date exists', () => {
  let date = Temporal.PlainDate.from('2000-01-01')
  const last = Temporal.PlainDate.from('2030-12-31')
  let z = day('2000-01-01')
  while (Temporal.PlainDate.compare(date, last) <= 0) {
    for (const n of [6, 12]) {
      const corresponding = date.add({ months: n })
      const expected = corresponding.day === date.day ? corresponding.subtract({ days: 1 }) : corresponding
      if (toIso(lastDayOfMonthsStartingWith(z, n)) !== expected.toString()) {
        const got = toIso(lastDayOfMonthsStartingWith(z, n))
        assert.fail(`${n} months starting with ${date}: got ${got}, expected ${expected}`)
      }
    }
    date = date.add({ days: 1 })
    z++
  }
})

test('days and weeks are calendar days, with nothing moved for weekends', () => {
  assert.equal(toIso(addDays(day('2025-01-30'), 30)), '2025-03-01')
  assert.equal(toIso(addDays(day('2024-01-30'), 30)), '2024-02-29')
  assert.equal(toIso(addWeeks(day('2025-01-06'), 6)), '2025-02-17')
  assert.equal(toIso(addWeeks(day('2025-01-06'), 20)), '2025-05-26')
  // "at least 15 days, beginning with the day on which the draft plan was served" (SEND Regs reg 13(1)(a))
  assert.equal(toIso(lastDayOfDaysBeginningWith(day('2025-03-03'), 15)), '2025-03-17')
  assert.equal(toIso(lastDayOfDaysBeginningWith(day('2024-02-20'), 15)), '2024-03-05')
  assert.equal(toIso(lastDayOfDaysBeginningWith(day('2025-03-03'), 1)), '2025-03-03')
})

test('the Temporal wrappers agree with the day-number functions', () => {
  assert.equal(monthsAfter(Temporal.PlainDate.from('2024-12-31'), 2).toString(), '2025-02-28')
  assert.equal(lastDayOfMonthsStarting(Temporal.PlainDate.from('2025-03-10'), 6).toString(), '2025-09-09')
})
