import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Temporal } from 'temporal-polyfill'
import { isWorkingDate, onOrNextWorkingDate, workingDaysAfter } from '../plain-dates.js'
import { bankHolidays, LAST_SUPPORTED_YEAR } from './bank-holidays.js'
import { dayNumber, fromIso, isoWeekday, toIso } from './day-number.js'
import {
  addWorkingDays,
  firstWorkingDayAfter,
  firstWorkingDayAfterDate,
  isWorkingDay,
  onOrNextWorkingDay,
} from './working-days.js'

// Working day: any day except a Saturday, Sunday, Christmas Day, Good Friday or a bank holiday
// (reference §1.5, §8.1, §8.8). August and the Christmas week are working days here: the
// Tribunal's r12(3) rules are applied only where the rule says, never through this definition.

const day = (iso: string) => fromIso(iso)!
const iso = (z: number) => toIso(z)

test('working days are Monday to Friday except the listed holidays, for every day 1990-2100', () => {
  for (let year = 1990; year <= LAST_SUPPORTED_YEAR; year++) {
    const holidays = new Set(bankHolidays(year).dates)
    for (let z = dayNumber(year, 1, 1); z <= dayNumber(year, 12, 31); z++) {
      const expected = isoWeekday(z) <= 5 && !holidays.has(toIso(z))
      if (isWorkingDay(z) !== expected) assert.fail(`${toIso(z)}: expected working day ${expected}`)
    }
  }
})

test('Christmas Day and Good Friday are never working days, even where not listed as bank holidays', () => {
  assert.equal(isWorkingDay(day('2025-12-25')), false)
  assert.equal(isWorkingDay(day('2025-04-18')), false, 'Good Friday 2025')
  assert.equal(isWorkingDay(day('2026-04-03')), false, 'Good Friday 2026')
  assert.equal(isWorkingDay(day('2047-04-12')), false, 'Good Friday in a provisional year')
  assert.equal(isWorkingDay(day('2047-12-25')), false, 'Christmas Day in a provisional year')
})

test('weekends, bank holidays and one-off holidays are not working days', () => {
  const closed = [
    '2025-06-07', '2025-06-08', '2025-05-05', '2025-05-26',
    '2025-08-25', '2025-12-26', '2026-01-01', '2026-08-31',
  ]
  for (const d of closed) {
    assert.equal(isWorkingDay(day(d)), false, d)
  }
  const oneOffs = [
    '2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19',
    '2023-05-08', '2012-06-04', '2012-06-05', '2011-04-29',
  ]
  for (const d of oneOffs) {
    assert.equal(isWorkingDay(day(d)), false, `one-off ${d}`)
  }
  for (const d of ['2020-05-04', '2022-05-30', '2012-05-28']) {
    assert.equal(isWorkingDay(day(d)), true, `replaced day ${d}`)
  }
  assert.equal(isWorkingDay(day('2025-05-08')), true, 'VE Day 80 was not a bank holiday')
})

test('August and the days between Christmas and New Year are working days in themselves', () => {
  const open = [
    '2025-08-01', '2025-08-15', '2025-08-29', '2025-12-24',
    '2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02',
  ]
  for (const d of open) {
    assert.equal(isWorkingDay(day(d)), true, d)
  }
})

test('addWorkingDays counts from the day after and skips non-working days', () => {
  assert.equal(iso(addWorkingDays(day('2025-06-02'), 3)), '2025-06-05', 'Monday + 3')
  assert.equal(iso(addWorkingDays(day('2025-06-06'), 3)), '2025-06-11', 'Friday + 3 over a weekend')
  assert.equal(iso(addWorkingDays(day('2025-06-07'), 1)), '2025-06-09', 'from a Saturday')
  assert.equal(iso(addWorkingDays(day('2025-04-17'), 3)), '2025-04-24', 'over Easter')
  assert.equal(iso(addWorkingDays(day('2025-12-23'), 3)), '2025-12-30', 'over Christmas')
  assert.equal(iso(addWorkingDays(day('2022-06-01'), 3)), '2022-06-08', 'over the Platinum Jubilee')
  assert.equal(iso(addWorkingDays(day('2025-06-02'), 0)), '2025-06-02', 'zero working days is the day itself')
  assert.equal(iso(addWorkingDays(day('2025-06-02'), 5)), '2025-06-09')
})

test('onOrNextWorkingDay keeps a working day and moves a non-working one (HESC r12(2))', () => {
  assert.equal(iso(onOrNextWorkingDay(day('2025-06-02'))), '2025-06-02')
  assert.equal(iso(onOrNextWorkingDay(day('2025-05-31'))), '2025-06-02')
  assert.equal(iso(onOrNextWorkingDay(day('2025-04-18'))), '2025-04-22', 'Good Friday to the Tuesday after Easter')
  assert.equal(iso(onOrNextWorkingDay(day('2022-12-24'))), '2022-12-28')
  assert.equal(iso(onOrNextWorkingDay(day('2022-06-02'))), '2022-06-06')
})

test('firstWorkingDayAfter is strictly after the day (HESC r12(3)(a))', () => {
  assert.equal(iso(firstWorkingDayAfter(day('2025-06-02'))), '2025-06-03')
  assert.equal(iso(firstWorkingDayAfterDate(2025, 8, 31)), '2025-09-01')
  assert.equal(iso(firstWorkingDayAfterDate(2026, 8, 31)), '2026-09-01')
  assert.equal(iso(firstWorkingDayAfterDate(2029, 8, 31)), '2029-09-03', '1 September 2029 is a Saturday')
  assert.equal(iso(firstWorkingDayAfterDate(2025, 1, 1)), '2025-01-02')
  assert.equal(iso(firstWorkingDayAfterDate(2022, 1, 1)), '2022-01-04', 'Monday 3 January 2022 was a substitute day')
  assert.equal(iso(firstWorkingDayAfterDate(2027, 1, 1)), '2027-01-04')
  assert.equal(iso(firstWorkingDayAfterDate(2028, 1, 1)), '2028-01-04')
})

test('outside the calendar the engine refuses rather than guesses', () => {
  assert.throws(() => isWorkingDay(day('1989-12-31')), RangeError)
  assert.throws(() => isWorkingDay(day('2102-01-01')), RangeError)
})

test('the Temporal wrappers agree with the day-number functions', () => {
  const d = Temporal.PlainDate.from('2025-04-17')
  assert.equal(isWorkingDate(d), true)
  assert.equal(isWorkingDate(Temporal.PlainDate.from('2025-04-18')), false)
  assert.equal(workingDaysAfter(d, 3).toString(), '2025-04-24')
  assert.equal(onOrNextWorkingDate(Temporal.PlainDate.from('2025-05-31')).toString(), '2025-06-02')
})
