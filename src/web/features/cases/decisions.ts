import type { FastifyInstance, FastifyReply } from 'fastify'
import { addDecision, listEntries } from '../../../cases/index.js'
import { APPEAL_ABOUT, DECISION_IDS, DECISIONS } from '../../../law/index.js'
import { userOf } from '../../plugins/auth.js'
import { addError, addProblems, dateParts, field, noErrors, optionalDate, type Body, type FieldErrors } from './forms.js'

// Record a decision with the timeline request's fields; the case page then shows the engine's dates for it.

const APPEAL_ABOUT_NAMES: Record<(typeof APPEAL_ABOUT)[number], string> = {
  needs: 'The special educational needs (section B)',
  provision: 'The help your child must get (section F)',
  placement: 'The school or college (section I)',
  'health-social-care': 'Health or social care (sections C, D, G, H1 and H2)',
}

const DECISION_FIELDS: Record<string, string> = {
  decision: 'decision',
  noticeSentOn: 'noticeSentOn-day',
  actOn: 'actOn-day',
  appealAbout: 'appealAbout',
  'mediation.choice': 'mediation',
  'mediation.certificateSentOn': 'certificateSentOn-day',
}

/** Checkbox values arrive as one string or several. */
const many = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [])

export async function decisionPages(app: FastifyInstance) {
  const { clock, store } = app.services
  const deps = () => ({ db: store.db, clock })

  function renderForm(reply: FastifyReply, caseId: string, body: Body = undefined, errors: FieldErrors = noErrors()) {
    const about = many(body?.appealAbout)
    return reply.page('cases/decision-form.njk', {
      title: 'Record a decision',
      backLink: `/cases/${caseId}#timeline`,
      caseId,
      errorList: errors.list,
      errors: errors.byField,
      decisions: DECISION_IDS.map((id) => ({ value: id, text: DECISIONS[id].title, checked: field(body, 'decision') === id })),
      appealAbout: APPEAL_ABOUT.map((id) => ({ value: id, text: APPEAL_ABOUT_NAMES[id], checked: about.includes(id) })),
      mediation: field(body, 'mediation'),
      noticeSentOn: dateParts(body, 'noticeSentOn'),
      actOn: dateParts(body, 'actOn'),
      certificateSentOn: dateParts(body, 'certificateSentOn'),
      csrfToken: reply.generateCsrf(),
    })
  }

  app.get<{ Params: { id: string } }>('/cases/:id/decisions/new', async (request, reply) => {
    if (!(await listEntries(deps(), userOf(request).id, request.params.id))) return reply.callNotFound()
    return renderForm(reply, request.params.id)
  })

  app.post<{ Params: { id: string }; Body: Body }>('/cases/:id/decisions', { preValidation: app.csrfProtection }, async (request, reply) => {
    const userId = userOf(request).id
    const { id } = request.params
    if (!(await listEntries(deps(), userId, id))) return reply.callNotFound()
    const body = request.body
    const errors = noErrors()
    const today = clock.today()
    const decision = field(body, 'decision')
    if (!(DECISION_IDS as readonly string[]).includes(decision)) addError(errors, 'decision', 'Select the decision')
    const noticeSentOn = optionalDate(body, 'noticeSentOn', { subject: 'The date on the letter', required: '', notFuture: true, today }, errors)
    const actOn = optionalDate(body, 'actOn', { subject: 'The date it happened', required: '', notFuture: true, today }, errors)
    const certificateSentOn = optionalDate(body, 'certificateSentOn', { subject: 'The certificate date', required: '', notFuture: true, today }, errors)
    const mediation = field(body, 'mediation')
    if (!['', 'none', 'mediation', 'certificate-only'].includes(mediation)) addError(errors, 'mediation', 'Select what happened about mediation')
    if (errors.list.length > 0) return renderForm(reply.code(400), id, body, errors)
    const about = many(body?.appealAbout)
    const input = {
      decision,
      ...(noticeSentOn ? { noticeSentOn } : {}),
      ...(actOn ? { actOn } : {}),
      ...(about.length > 0 ? { appealAbout: about } : {}),
      ...(mediation === 'mediation' || mediation === 'certificate-only' ? { mediation: { choice: mediation, ...(certificateSentOn ? { certificateSentOn } : {}) } } : {}),
    }
    const added = await addDecision(deps(), userId, id, input, today)
    if (!added.ok) {
      if (added.status === 'not-found') return reply.callNotFound()
      addProblems(errors, added.problems, DECISION_FIELDS, 'decision')
      return renderForm(reply.code(400), id, body, errors)
    }
    return reply.redirect(`/cases/${id}#timeline`, 303)
  })
}
