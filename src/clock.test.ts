import { test } from 'node:test'
import assert from 'node:assert/strict'
import { Temporal } from 'temporal-polyfill'
import { londonClock, londonToday } from './clock.js'

const ms = (instant: string) => Temporal.Instant.from(instant).epochMilliseconds

test('today follows London midnight, in summer time and winter time, and a clock set back', () => {
  let now = ms('2026-06-30T22:59:59.999Z')
  const today = londonToday(() => now)
  assert.equal(today(), '2026-06-30')
  now = ms('2026-06-30T23:00:00Z') // midnight in British Summer Time
  assert.equal(today(), '2026-07-01')
  now = ms('2026-07-01T22:59:59.999Z')
  assert.equal(today(), '2026-07-01')
  now = ms('2026-06-30T12:00:00Z') // the machine's clock put back
  assert.equal(today(), '2026-06-30')
  now = ms('2026-12-01T23:59:59.999Z') // Greenwich Mean Time: London is on UTC
  assert.equal(today(), '2026-12-01')
  now = ms('2026-12-02T00:00:00Z')
  assert.equal(today(), '2026-12-02')
  // The night the clocks go forward (1am becomes 2am) and back (2am becomes 1am).
  now = ms('2027-03-28T00:30:00Z')
  assert.equal(today(), '2027-03-28')
  now = ms('2027-03-28T22:59:59Z')
  assert.equal(today(), '2027-03-28')
  now = ms('2027-03-28T23:00:00Z')
  assert.equal(today(), '2027-03-29')
  now = ms('2027-10-31T00:59:59Z')
  assert.equal(today(), '2027-10-31')
  now = ms('2027-10-31T23:59:59Z')
  assert.equal(today(), '2027-10-31')
  now = ms('2027-11-01T00:00:00Z')
  assert.equal(today(), '2027-11-01')
})

test('the real clock agrees with a fresh reading of London time', () => {
  assert.equal(londonClock.today(), Temporal.Now.plainDateISO('Europe/London').toString())
})
