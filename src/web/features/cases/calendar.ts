import type { FastifyInstance } from 'fastify'
import { createEvents, type EventAttributes } from 'ics'
import { caseForCalendarFeed, caseTimeline, createCalendarFeed, revokeCalendarFeeds, viewCase, type CaseMilestone } from '../../../cases/index.js'
import { govukDate } from '../../../dates.js'
import { isoDatePlusDays } from '../../../law/index.js'
import { userOf } from '../../plugins/auth.js'
import { actorText, calendarMilestones } from '../plan/calendar.js'

// A case's deadlines as a private calendar feed: a calendar app cannot sign in, so the link holds a secret.
// Each deadline is an all-day event with reminders 4 weeks, 1 week and 1 day before, at 9am that day.

const dateArray = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number)
  return [y ?? 0, m ?? 1, d ?? 1]
}

// An all-day event starts at midnight: 9am on the day N days before is N days less 9 hours before the start.
const at9am = (daysBefore: number) => ({ days: daysBefore - 1, hours: 15, before: true })

export function caseCalendar(milestones: readonly CaseMilestone[], caseUrl: string): string {
  const events: EventAttributes[] = (calendarMilestones(milestones) as CaseMilestone[]).map((m) => {
    const what = `${m.title} (${govukDate(m.date)})`
    return {
      uid: `${m.decisionId}-${m.id}-${m.date}@sendpath`,
      title: m.title,
      description: [m.explanation, '', `Who acts: ${actorText(m.actor)}.`, 'Check your deadlines with your local SENDIASS.', '', `Your case: ${caseUrl}`].join('\n'),
      start: dateArray(m.date),
      end: dateArray(isoDatePlusDays(m.date, 1) ?? m.date),
      transp: 'TRANSPARENT',
      url: caseUrl,
      alarms: [
        { action: 'display', description: `In 4 weeks: ${what}`, trigger: at9am(28) },
        { action: 'display', description: `In a week: ${what}`, trigger: at9am(7) },
        { action: 'display', description: `Tomorrow: ${what}`, trigger: at9am(1) },
      ],
    }
  })
  const calName = 'SEND deadlines (sendpath)'
  if (events.length === 0) return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:sendpath', 'METHOD:PUBLISH', `X-WR-CALNAME:${calName}`, 'END:VCALENDAR', ''].join('\r\n')
  const { error, value } = createEvents(events, { productId: 'sendpath', calName })
  if (error || !value) throw new Error(error?.message ?? 'The calendar could not be made')
  return value
}

/** The signed-in pages: make a link, stop all links. */
export async function calendarPages(app: FastifyInstance) {
  const { clock, store, siteUrl } = app.services
  const deps = () => ({ db: store.db, clock })

  app.get<{ Params: { id: string } }>('/cases/:id/calendar', async (request, reply) => {
    const found = await viewCase(deps(), userOf(request).id, request.params.id)
    if (!found) return reply.callNotFound()
    const stopped = (request.query as Record<string, unknown>).stopped === '1'
    return reply.page('cases/calendar.njk', { title: 'Calendar feed', backLink: `/cases/${found.id}`, caseId: found.id, stopped, csrfToken: reply.generateCsrf() })
  })

  app.post<{ Params: { id: string } }>('/cases/:id/calendar', { preValidation: app.csrfProtection }, async (request, reply) => {
    const secret = await createCalendarFeed(deps(), userOf(request).id, request.params.id)
    if (!secret) return reply.callNotFound()
    const link = `${siteUrl}/cases/feed/${secret}.ics`
    return reply.page('cases/calendar.njk', { title: 'Calendar feed', backLink: `/cases/${request.params.id}`, caseId: request.params.id, link, csrfToken: reply.generateCsrf() })
  })

  app.post<{ Params: { id: string } }>('/cases/:id/calendar/revoke', { preValidation: app.csrfProtection }, async (request, reply) => {
    const n = await revokeCalendarFeeds(deps(), userOf(request).id, request.params.id)
    if (n === undefined) return reply.callNotFound()
    return reply.redirect(`/cases/${request.params.id}/calendar?stopped=1`, 303)
  })
}

/** The feed itself: no sign-in, only the secret. A stopped or unknown link is a 404. */
export async function calendarFeed(app: FastifyInstance) {
  const { clock, store, siteUrl } = app.services
  app.get<{ Params: { file: string } }>('/cases/feed/:file', async (request, reply) => {
    const secret = /^([A-Za-z0-9_-]{16,200})\.ics$/.exec(request.params.file)?.[1]
    const feed = secret ? await caseForCalendarFeed({ db: store.db, clock }, secret) : undefined
    if (!feed) return reply.header('cache-control', 'no-store').callNotFound()
    const milestones = (await caseTimeline({ db: store.db, clock }, feed.ownerId, feed.caseId, clock.today())) ?? []
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(caseCalendar(milestones, `${siteUrl}/cases/${feed.caseId}`))
  })
}
