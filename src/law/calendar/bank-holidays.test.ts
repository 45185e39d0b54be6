import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  bankHolidays,
  bankHolidaysByRule,
  bankHolidaySet,
  easterSunday,
  FIRST_SUPPORTED_YEAR,
  isProvisionalYear,
  LAST_SUPPORTED_YEAR,
} from './bank-holidays.js'
import { ONE_OFF_CHANGES, PUBLISHED_BANK_HOLIDAYS } from './bank-holidays.data.js'
import { fromIso, isoWeekday, toIso } from './day-number.js'

// GOV.UK's England and Wales list, copied by hand from shared/reference/send-law-rules.md §7.3
// (2015-2027), kept here as literal data so the test does not trust the data module. 2028 is not
// in the reference: it is written out from the standing rules (1 January 2028 is a Saturday, so
// Monday 3 January; Easter Sunday is 16 April 2028), which is what the data module says GOV.UK lists.
const GOV_UK: Record<number, string[]> = {
  2015: [
    '2015-01-01', '2015-04-03', '2015-04-06', '2015-05-04',
    '2015-05-25', '2015-08-31', '2015-12-25', '2015-12-28',
  ],
  2016: [
    '2016-01-01', '2016-03-25', '2016-03-28', '2016-05-02',
    '2016-05-30', '2016-08-29', '2016-12-26', '2016-12-27',
  ],
  2017: [
    '2017-01-02', '2017-04-14', '2017-04-17', '2017-05-01',
    '2017-05-29', '2017-08-28', '2017-12-25', '2017-12-26',
  ],
  2018: [
    '2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07',
    '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26',
  ],
  2019: [
    '2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06',
    '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26',
  ],
  2020: [
    '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08',
    '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
  ],
  2021: [
    '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03',
    '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
  ],
  2022: [
    '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02',
    '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  ],
  2023: [
    '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08',
    '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  ],
  2024: [
    '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06',
    '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  ],
  2025: [
    '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05',
    '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  ],
  2026: [
    '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04',
    '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  ],
  2027: [
    '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03',
    '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  ],
  2028: [
    '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01',
    '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
  ],
}

/** Reference §7.2 and §7.3 (earlier years from the Fishbowler copy of the GOV.UK feed). */
const EARLIER: Record<number, string[]> = {
  2012: [
    '2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04',
    '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26',
  ],
  2013: [
    '2013-01-01', '2013-03-29', '2013-04-01', '2013-05-06',
    '2013-05-27', '2013-08-26', '2013-12-25', '2013-12-26',
  ],
  2014: [
    '2014-01-01', '2014-04-18', '2014-04-21', '2014-05-05',
    '2014-05-26', '2014-08-25', '2014-12-25', '2014-12-26',
  ],
}

const ONE_OFFS = ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08']
const REPLACED = ['2020-05-04', '2022-05-30']

test('the table equals the GOV.UK list for 2015-2028 exactly, and none of it is provisional', () => {
  for (const [year, dates] of Object.entries(GOV_UK)) {
    assert.deepEqual(bankHolidays(Number(year)), { year: Number(year), provisional: false, dates }, `year ${year}`)
  }
})

test('the table equals the reference for 2012-2014', () => {
  for (const [year, dates] of Object.entries(EARLIER)) {
    assert.deepEqual(bankHolidays(Number(year)), { year: Number(year), provisional: false, dates }, `year ${year}`)
  }
})

test('the rule generator reproduces every published year, one-off changes included', () => {
  const years = Object.keys(PUBLISHED_BANK_HOLIDAYS).map(Number)
  assert.ok(years.length >= 17, 'the published table covers at least 2012-2028')
  for (const year of years) {
    assert.deepEqual(bankHolidaysByRule(year).map(toIso), PUBLISHED_BANK_HOLIDAYS[year], `year ${year}`)
  }
})

test('every published bank holiday is a weekday (reference §7.3 checked this too)', () => {
  for (const dates of Object.values(PUBLISHED_BANK_HOLIDAYS)) {
    for (const d of dates) assert.ok(isoWeekday(fromIso(d)!) <= 5, `${d} is a weekend day`)
  }
})

test('the one-off holidays are in the list and the days they replaced are not', () => {
  for (const d of ONE_OFFS) assert.ok(bankHolidays(Number(d.slice(0, 4))).dates.includes(d), d)
  for (const d of REPLACED) assert.ok(!bankHolidays(Number(d.slice(0, 4))).dates.includes(d), d)
  for (const change of ONE_OFF_CHANGES) {
    const year = Number(change.date.slice(0, 4))
    const dates = bankHolidaysByRule(year).map(toIso)
    assert.ok(dates.includes(change.date), change.date)
    if (change.instead) assert.ok(!dates.includes(change.instead), `${change.instead} was replaced by ${change.date}`)
  }
})

test('one-off holidays before the published table (1995, 1999, 2002, 2011) are generated', () => {
  assert.deepEqual(bankHolidaysByRule(1995).map(toIso), [
    '1995-01-02', '1995-04-14', '1995-04-17', '1995-05-08', '1995-05-29', '1995-08-28', '1995-12-25', '1995-12-26',
  ])
  assert.ok(bankHolidaysByRule(1999).map(toIso).includes('1999-12-31'))
  assert.deepEqual(bankHolidaysByRule(2002).map(toIso), [
    '2002-01-01', '2002-03-29', '2002-04-01', '2002-05-06', '2002-06-03',
    '2002-06-04', '2002-08-26', '2002-12-25', '2002-12-26',
  ])
  assert.ok(bankHolidaysByRule(2011).map(toIso).includes('2011-04-29'))
})

test('years GOV.UK has not confirmed are flagged provisional', () => {
  for (const year of [1990, 2011, 2029, 2030, 2050, 2100]) {
    assert.equal(isProvisionalYear(year), true, String(year))
    assert.equal(bankHolidays(year).provisional, true, String(year))
  }
  for (const year of [2012, 2015, 2020, 2025, 2028]) {
    assert.equal(isProvisionalYear(year), false, String(year))
    assert.equal(bankHolidays(year).provisional, false, String(year))
  }
})

test('Easter Sunday by the computus, for years with known dates', () => {
  const known: Record<number, string> = {
    1990: '1990-04-15',
    2000: '2000-04-23',
    2008: '2008-03-23',
    2011: '2011-04-24',
    2016: '2016-03-27',
    2019: '2019-04-21',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2029: '2029-04-01',
    2030: '2030-04-21',
    2038: '2038-04-25',
  }
  for (const [year, date] of Object.entries(known)) assert.equal(toIso(easterSunday(Number(year))), date, year)
  for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
    const e = easterSunday(year)
    assert.equal(isoWeekday(e), 7, `Easter ${year} is a Sunday`)
    const inRange = e >= fromIso(`${year}-03-22`)! && e <= fromIso(`${year}-04-25`)!
    assert.ok(inRange, `Easter ${year} between 22 March and 25 April`)
  }
})

test('substitute days: New Year and Christmas at a weekend move to the next weekday not already a holiday', () => {
  const has = (year: number, ...dates: string[]) => {
    const list = bankHolidays(year).dates
    for (const d of dates) assert.ok(list.includes(d), `${d} in ${year}`)
  }
  has(2017, '2017-01-02') // 1 January a Sunday
  has(2022, '2022-01-03') // 1 January a Saturday
  has(2015, '2015-12-25', '2015-12-28') // Christmas a Friday: Boxing Day (Saturday) moves to Monday 28th
  has(2016, '2016-12-26', '2016-12-27') // Christmas a Sunday: Boxing Day Monday, Christmas substitute Tuesday
  has(2021, '2021-12-27', '2021-12-28') // Christmas a Saturday: Monday 27th and Tuesday 28th
  has(2032, '2032-12-27', '2032-12-28') // a provisional year: Christmas on a Saturday again
  has(2033, '2033-01-03') // 1 January 2033 a Saturday
  assert.ok(!bankHolidays(2021).dates.includes('2021-12-25'), 'the Saturday itself is not listed')
  assert.equal(bankHolidays(2032).provisional, true)
})

test('the bank-holiday set covers every year the engine supports', () => {
  const set = bankHolidaySet()
  for (let year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
    for (const d of bankHolidays(year).dates) assert.ok(set.has(fromIso(d)!), d)
  }
})
