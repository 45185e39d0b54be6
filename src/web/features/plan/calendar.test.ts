import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { computeTimeline } from '../../../law/index.js'
import { buildCalendar, calendarMilestones } from './calendar.js'

const timeline = computeTimeline({
  decision: 'refuse-assessment',
  noticeSentOn: '2026-10-26',
  mediation: { choice: 'certificate-only', adviserInformedOn: '2026-11-26' },
  today: '2026-11-27',
})

/** Unfolds RFC 5545 content lines and splits the file into its events. */
function events(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r\n/)
  const out: string[][] = []
  let current: string[] | undefined
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = []
    else if (line === 'END:VEVENT' && current) {
      out.push(current)
      current = undefined
    } else current?.push(line)
  }
  return out
}

describe('the calendar', () => {
  const result = buildCalendar(
    timeline.milestones,
    { planUrl: 'https://sendpath.example/plan?decision=refuse-assessment', sendiass: { name: 'Liverpool & Knowsley SENDIASS', phone: '0800 012 9066' } },
  )
  assert.ok(result.ok)
  const ics = result.ok ? result.ics : ''
  const deadlines = calendarMilestones(timeline.milestones)

  test('is a calendar with one event for each deadline still to come', () => {
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/)
    assert.match(ics, /END:VCALENDAR\r\n?$/)
    assert.deepEqual(deadlines.map((m) => m.id), ['certificate-due', 'contact-mediation-adviser-by', 'appeal-deadline'])
    assert.equal(events(ics).length, deadlines.length)
    assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 3)
  })

  test('each event is all day, on the right date, with the explanation, the plan link, SENDIASS and three reminders at 9am', () => {
    const list = events(ics)
    const appeal = list.find((e) => e.includes('DTSTART;VALUE=DATE:20270104'))
    assert.ok(appeal, 'the appeal deadline is on 4 January 2027')
    assert.ok(appeal.includes('DTEND;VALUE=DATE:20270105'))
    assert.ok(appeal.some((l) => l.startsWith('SUMMARY:Last day for the Tribunal to receive your appeal')))
    assert.ok(appeal.some((l) => l.startsWith('DESCRIPTION:') && l.includes('two months after the decision letter')))
    for (const e of list) {
      assert.ok(e.some((l) => /^DTSTART;VALUE=DATE:\d{8}$/.test(l)), 'date-only start')
      assert.ok(!e.some((l) => /^DTSTART:|TZID/.test(l)), 'no times or zones')
      assert.equal(e.filter((l) => l === 'BEGIN:VALARM').length, 3)
      // Midnight less 4 weeks, 1 week and 1 day, plus 9 hours: 9am on each of those days.
      assert.ok(e.includes('TRIGGER:-P27DT15H'), e.join('\n'))
      assert.ok(e.includes('TRIGGER:-P6DT15H'))
      assert.ok(e.some((l) => /^TRIGGER:-P(0D)?T15H$/.test(l)))
      assert.ok(e.includes('URL:https://sendpath.example/plan?decision=refuse-assessment'))
      const description = e.find((l) => l.startsWith('DESCRIPTION:')) ?? ''
      assert.match(description, /Liverpool & Knowsley SENDIASS on 0800 012 9066/)
      assert.match(description, /Your plan: https:\/\/sendpath\.example\/plan/)
      assert.ok(e.some((l) => l.startsWith('UID:')))
    }
  })

  test('passed dates and records of what happened are left out', () => {
    assert.doesNotMatch(ics, /Decision letter sent/)
  })

  test('no deadlines still gives a valid, empty calendar', () => {
    const empty = buildCalendar([])
    assert.ok(empty.ok)
    assert.equal(empty.ok && empty.events, 0)
    assert.match(empty.ok ? empty.ics : '', /^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR\r\n$/)
  })
})
