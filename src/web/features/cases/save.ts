import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { addDecision, addDocument, dropPendingSave, findPendingSave, holdPendingSave, listCases, viewCaseRow, type PendingSave, type Problem } from '../../../cases/index.js'
import { areaList } from '../../../content/areas.js'
import { journeyWithAreas } from '../../../journey/journey.js'
import { readPlanQuery } from '../../../journey/plan-link.js'
import { DECISIONS } from '../../../law/index.js'
import { LettersBusyError } from '../../../letters/index.js'
import { PENDING_SAVE_COOKIE, userOf } from '../../plugins/auth.js'
import { addError, field, noErrors, type Body, type FieldErrors } from './forms.js'

// "Save to my case" from the plan and from a letter's preview. Both first put what is to be saved in a pending
// save (a row, under the hash of a secret kept in a cookie), then go to /cases/save: a visitor who is signed out
// signs in or creates an account on the way, and nothing is lost. There they choose the case, or add one; the
// plan's answers become a decision, the letter a PDF document.

/** A query string as Fastify reads one: a repeated name becomes a list. */
function queryRecord(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const had = out[key]
    out[key] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value]
  }
  return out
}

/** Keeps what is to be saved and sends the visitor on to choose the case (by way of sign-in if need be). */
export async function beginSave(request: FastifyRequest, reply: FastifyReply, save: PendingSave) {
  const deps = { db: reply.server.services.store.db, clock: reply.server.services.clock }
  // One pending save per browser: a newer one replaces the last.
  await dropPendingSave(deps, request.cookies[PENDING_SAVE_COOKIE])
  const secret = await holdPendingSave(deps, save)
  return reply.pendingSave(secret).header('cache-control', 'no-store').redirect('/cases/save', 303)
}

/** The plan's "Save to my case": a page of its own, since the plan page is cached and carries no CSRF token. */
export async function savePlanPages(app: FastifyInstance) {
  const { clock, content } = app.services
  const journey = journeyWithAreas(areaList(content))
  const badLink = (reply: FastifyReply) =>
    reply.code(400).header('cache-control', 'no-store').page('errors/problem.njk', {
      title: 'There is a problem with the link to your plan',
      message: 'Go back to your plan and check your answers, then try saving it again.',
    })

  app.get('/plan/save', async (request, reply) => {
    const read = readPlanQuery(request.query, clock.today, journey, content)
    if (!read.ok) return badLink(reply)
    const query = read.request.queryString
    return reply.header('cache-control', 'no-store').page('cases/save-plan.njk', {
      title: 'Save your plan to your case',
      backLink: `/plan?${query}`,
      decisionTitle: DECISIONS[read.request.decision].title,
      plan: query,
      signedIn: request.user !== null,
      csrfToken: reply.generateCsrf(),
    })
  })

  app.post<{ Body: Body }>('/plan/save', { preValidation: app.csrfProtection }, async (request, reply) => {
    const text = field(request.body, 'plan')
    const read = text.length <= 4000 ? readPlanQuery(queryRecord(text), clock.today, journey, content) : undefined
    if (!read?.ok) return badLink(reply)
    return beginSave(request, reply, { kind: 'plan', title: `Your plan: ${DECISIONS[read.request.decision].title}`, decision: read.request.decisionFields })
  })
}

/** Choosing the case, signed in (behind requireUser). */
export async function saveToCasePages(app: FastifyInstance) {
  const { clock, store, letterPool } = app.services
  const deps = () => ({ db: store.db, clock })
  const pending = (request: FastifyRequest) => findPendingSave(deps(), request.cookies[PENDING_SAVE_COOKIE])
  const nothing = (reply: FastifyReply) =>
    reply.code(404).page('errors/problem.njk', {
      title: 'There is nothing waiting to be saved',
      message: 'It may have been saved already, or it waited more than 2 hours. Open your plan or letter again and choose "Save to my case".',
    })
  const cannotSave = (reply: FastifyReply, problems: readonly Problem[]) =>
    reply.code(400).page('errors/problem.njk', {
      title: 'We could not save it to your case',
      message: problems.map((p) => p.message).join('. '),
    })

  async function chooseCase(request: FastifyRequest, reply: FastifyReply, save: PendingSave, errors: FieldErrors = noErrors()) {
    const cases = await listCases(deps(), userOf(request).id)
    return reply.page('cases/save.njk', {
      title: 'Choose the case to save it to',
      saving: save.title,
      cases: cases.map((c) => ({ value: c.id, text: c.child.name })),
      errorList: errors.list,
      errors: errors.byField,
      csrfToken: reply.generateCsrf(),
    })
  }

  app.get('/cases/save', async (request, reply) => {
    const save = await pending(request)
    return save ? chooseCase(request, reply, save) : nothing(reply)
  })

  app.post<{ Body: Body }>('/cases/save', { preValidation: app.csrfProtection }, async (request, reply) => {
    const save = await pending(request)
    if (!save) return nothing(reply)
    const userId = userOf(request).id
    const caseId = field(request.body, 'caseId')
    if (!caseId) {
      const errors = noErrors()
      addError(errors, 'caseId', 'Select the case to save it to')
      return chooseCase(request, reply.code(400), save, errors)
    }
    // Another family's case reads exactly as one that does not exist.
    if (caseId.length > 100 || !(await viewCaseRow(deps(), userId, caseId))) return reply.callNotFound()
    let anchor: string
    if (save.kind === 'plan') {
      const added = await addDecision(deps(), userId, caseId, save.decision, clock.today())
      if (!added.ok) return added.status === 'not-found' ? reply.callNotFound() : cannotSave(reply, added.problems)
      anchor = 'timeline'
    } else {
      let pdf: Uint8Array
      try {
        pdf = (await letterPool.render(save.model, 'pdf')).bytes
      } catch (error) {
        if (!(error instanceof LettersBusyError)) throw error
        return reply.code(503).header('retry-after', '60').page('errors/problem.njk', {
          title: 'Sorry, the service is busy',
          message: 'We are making a lot of letters just now. Go back and try again in a minute: your letter is kept for 2 hours.',
        })
      }
      const added = await addDocument(deps(), userId, caseId, { name: save.fileName, content: pdf })
      if (!added.ok) return added.status === 'not-found' ? reply.callNotFound() : cannotSave(reply, added.problems)
      anchor = 'documents'
    }
    await dropPendingSave(deps(), request.cookies[PENDING_SAVE_COOKIE])
    return reply.pendingSave(null).redirect(`/cases/${caseId}#${anchor}`, 303)
  })
}
