import type { FastifyInstance, FastifyReply } from 'fastify'
import { areaList, findArea } from '../../../content/areas.js'
import { caseOverview, createCase, listCases, readAuditLog, type CaseMilestone } from '../../../cases/index.js'
import { daysBetween } from '../../../dates.js'
import { userOf } from '../../plugins/auth.js'
import { timelineSvg } from '../plan/timeline-svg.js'
import { addError, addProblems, field, noErrors, optionalDate, type Body, type FieldErrors } from './forms.js'
import { withKindName } from './diary.js'
import { when } from './when.js'

// "My cases", "add a case", the case page and its audit log.

type CaseParams = { id: string }

/** The audit log's actions in words. */
const ACTION_WORDS: Record<string, string> = {
  'case.create': 'Case added',
  'case.view': 'Case looked at',
  'case.delete': 'Case deleted',
  'entry.create': 'Diary entry added',
  'entry.update': 'Diary entry changed',
  'entry.history': 'Diary entry history looked at',
  'diary.view': 'Diary looked at',
  'decision.create': 'Decision recorded',
  'timeline.view': 'Dates looked at',
  'document.upload': 'Document uploaded',
  'document.download': 'Document downloaded',
  'calendar.create': 'Calendar link made',
  'calendar.revoke': 'Calendar link stopped',
  'audit.view': 'This log looked at',
  'account.export': 'Your data downloaded',
  'chronology.view': 'Chronology made',
}

/** The family's most urgent deadline still to come across all the case's decisions. */
export function doThisNext(milestones: readonly CaseMilestone[], today: string) {
  const next = milestones.filter((m) => m.actor === 'you' && m.status !== 'passed').sort((a, b) => a.date.localeCompare(b.date))[0]
  return next && { title: next.title, date: next.date, daysLeft: daysBetween(today, next.date) }
}

export async function casePages(app: FastifyInstance) {
  const { content, clock, store } = app.services
  const deps = () => ({ db: store.db, clock })

  function renderNewCase(reply: FastifyReply, body: Body = undefined, errors: FieldErrors = noErrors()) {
    return reply.page('cases/new.njk', {
      title: 'Add a case',
      backLink: '/cases',
      errorList: errors.list,
      errors: errors.byField,
      values: body ?? {},
      areas: areaList(content).map((a) => ({ value: a.id, text: a.name, selected: a.id === field(body, 'area') })),
      // After adding a case, "Save to my case" goes back to choosing it.
      then: field(body, 'then') === 'save' ? 'save' : '',
      csrfToken: reply.generateCsrf(),
    })
  }

  app.get('/cases', async (request, reply) => {
    const cases = await listCases(deps(), userOf(request).id)
    return reply.page('cases/index.njk', { title: 'Your cases', cases: cases.map((c) => ({ ...c, areaName: findArea(content, c.area).area?.name ?? c.area })) })
  })

  app.get<{ Querystring: { then?: unknown } }>('/cases/new', async (request, reply) => renderNewCase(reply, { then: request.query.then }))

  app.post<{ Body: Body }>('/cases', { preValidation: app.csrfProtection }, async (request, reply) => {
    const body = request.body
    const errors = noErrors()
    const name = field(body, 'name')
    if (!name) addError(errors, 'name', "Enter the child or young person's name")
    const dateOfBirth = optionalDate(body, 'dob', { subject: 'Date of birth', required: 'Enter the date of birth', notFuture: true, today: clock.today() }, errors)
    const area = field(body, 'area')
    if (!findArea(content, area).known) addError(errors, 'area', 'Select the area the council is in')
    const hasPlan = field(body, 'hasPlan')
    if (!['yes', 'no', 'not-sure'].includes(hasPlan)) addError(errors, 'hasPlan', 'Select whether there is an EHC plan')
    if (errors.list.length > 0) return renderNewCase(reply.code(400), body, errors)
    const school = field(body, 'school')
    const input = {
      child: dateOfBirth ? { name, dateOfBirth } : { name },
      area,
      ...(school ? { school } : {}),
      ...(hasPlan === 'not-sure' ? {} : { hasPlan: hasPlan === 'yes' }),
    }
    const made = await createCase(deps(), userOf(request).id, input)
    if (!made.ok) {
      if (made.status === 'invalid') addProblems(errors, made.problems, { 'child.name': 'name', 'child.dateOfBirth': 'dob-day', school: 'school', area: 'area' }, 'name')
      return renderNewCase(reply.code(400), body, errors)
    }
    return reply.redirect(field(body, 'then') === 'save' ? '/cases/save' : `/cases/${made.value.id}`, 303)
  })

  app.get<{ Params: CaseParams }>('/cases/:id', async (request, reply) => {
    const today = clock.today()
    const found = await caseOverview(deps(), userOf(request).id, request.params.id, today)
    if (!found) return reply.callNotFound()
    const { case: kase, milestones } = found
    const events = milestones.map((m) => ({ date: m.date, label: m.title, kind: m.status }))
    return reply.page('cases/case.njk', {
      title: kase.child.name,
      backLink: '/cases',
      kase: { ...kase, areaName: findArea(content, kase.area).area?.name ?? kase.area },
      next: doThisNext(milestones, today),
      milestones,
      svg: events.length > 0 ? timelineSvg(events, { idPrefix: 'case-timeline', title: 'The dates on a timeline' }) : '',
      entries: found.recentEntries.map(withKindName),
      moreEntries: found.moreEntries,
      documents: found.documents,
    })
  })

  app.get<{ Params: CaseParams }>('/cases/:id/audit', async (request, reply) => {
    const userId = userOf(request).id
    const log = await readAuditLog(deps(), userId, request.params.id)
    if (!log) return reply.callNotFound()
    return reply.page('cases/audit.njk', {
      title: 'Who looked at or changed this case',
      backLink: `/cases/${request.params.id}`,
      log: [...log].reverse().map((r) => ({ ...r, what: ACTION_WORDS[r.action] ?? r.action, when: when(r.at), who: r.userId === userId ? 'You' : 'Someone else' })),
    })
  })
}
