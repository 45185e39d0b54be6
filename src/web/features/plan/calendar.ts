import { createEvents, type EventAttributes } from 'ics'
import { isoDatePlusDays, type Milestone } from '../../../law/index.js'
import { citationText } from './citations.js'
import { provisionalText } from './provisional.js'
import { govukDate } from '../../../dates.js'

// The plan's deadlines as an iCalendar file: one all-day event for each deadline still to come
// (or due today), with the explanation, and reminders 4 weeks, 1 week and 1 day before at 9am.
// Date-only values, so no time zone can move a deadline to the wrong day.

/** Milestones that record something that happened, rather than a date to act by. */
const RECORDS = new Set(['notice-sent', 'certificate-issued'])

const ACTORS: Record<string, string> = {
  you: 'You',
  'local authority': 'The council',
  'mediation adviser': 'The mediation adviser',
  Tribunal: 'The Tribunal',
  school: 'The school',
}
export const actorText = (actor: string): string => ACTORS[actor] ?? actor

/** The milestones that belong in the calendar. */
export const calendarMilestones = (milestones: readonly Milestone[]): Milestone[] =>
  milestones.filter((m) => (m.status === 'upcoming' || m.status === 'due-today') && !RECORDS.has(m.id))

const dateArray = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number)
  return [y ?? 0, m ?? 1, d ?? 1]
}

// An all-day event ends on the next day (exclusive); the engine's calendar counts the day.
const nextDay = (iso: string): [number, number, number] => dateArray(isoDatePlusDays(iso, 1) ?? iso)

export interface CalendarOptions {
  /** A link back to the plan, added to each event. */
  planUrl?: string
  /** The local SENDIASS (or how to find it), added to each event. */
  sendiass?: { name: string; phone?: string }
}

// An all-day event starts at midnight, so "9am, n days before" is n days less 9 hours before it.
const at9am = (daysBefore: number) => ({ days: daysBefore - 1, hours: 15, before: true })
const REMINDERS: [number, string][] = [
  [28, 'In 4 weeks'],
  [7, 'In a week'],
  [1, 'Tomorrow'],
]

function adviceLine(sendiass: CalendarOptions['sendiass']): string {
  if (!sendiass) return 'This is information, not legal advice. Check your deadlines with your local SENDIASS.'
  const phone = sendiass.phone ? ` on ${sendiass.phone}` : ''
  return `This is information, not legal advice. Check your deadlines with ${sendiass.name}${phone}.`
}

export type CalendarResult = { ok: true; ics: string; events: number } | { ok: false; error: string }

export function buildCalendar(milestones: readonly Milestone[], options: CalendarOptions = {}): CalendarResult {
  const chosen = calendarMilestones(milestones)
  const events: EventAttributes[] = chosen.map((m) => {
    const lines = [
      m.explanation,
      '',
      `Who acts: ${actorText(m.actor)}.`,
      ...(m.provisional ? [provisionalText(m) ?? ''] : []),
      ...(m.citations.length > 0 ? [`The law: ${m.citations.map(citationText).join('; ')}.`] : []),
      adviceLine(options.sendiass),
      ...(options.planUrl ? ['', `Your plan: ${options.planUrl}`] : []),
    ]
    const what = `${m.title} (${govukDate(m.date)})`
    const event: EventAttributes = {
      uid: `${m.id}-${m.date}@sendpath`,
      title: m.title,
      description: lines.join('\n'),
      start: dateArray(m.date),
      end: nextDay(m.date),
      transp: 'TRANSPARENT',
      alarms: REMINDERS.map(([before, when]) => ({ action: 'display', description: `${when}: ${what}`, trigger: at9am(before) })),
    }
    if (options.planUrl) event.url = options.planUrl
    return event
  })
  const header = { productId: 'sendpath', calName: 'SEND deadlines (sendpath)' }
  if (events.length === 0) return { ok: true, events: 0, ics: emptyCalendar(header.calName) }
  const { error, value } = createEvents(events, header)
  if (error || !value) return { ok: false, error: error?.message ?? 'The calendar could not be made' }
  // The ics package writes "-P7DT" for a whole number of days; RFC 5545 wants "-P7D".
  return { ok: true, events: events.length, ics: value.replace(/^(TRIGGER:-?P\d+D)T(\r?)$/gm, '$1$2') }
}

/** A calendar with no events (the ics package refuses an empty list). */
function emptyCalendar(name: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:sendpath', 'METHOD:PUBLISH']
  return [...lines, `X-WR-CALNAME:${name}`, 'END:VCALENDAR', ''].join('\r\n')
}
