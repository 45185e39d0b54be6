import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Temporal } from 'temporal-polyfill'
import {
  buildLetter,
  FORMAT_MEDIA,
  isLetterType,
  LETTER_CSS,
  LETTER_TYPES,
  letterFilename,
  LettersBusyError,
  renderHtml,
  renderHtmlDocument,
  renderNextStepsHtml,
  type LetterFormat,
  type LetterModel,
  type LetterType,
} from '../../../letters/index.js'
import {
  addItem,
  formErrors,
  formFor,
  hiddenFields,
  prefillFromQuery,
  stateFromBody,
  toLetterInput,
  type FieldError,
  type FormState,
} from './form-data.js'
import { LETTER_FORMS } from '../../../letters/index.js'
import { PAGE_CSS } from './page-css.js'
import { ACTION, errorSummary, formSections } from './view-model.js'
import { sendProblem } from '../../plugins/errors.js'
import { beginSave } from '../cases/save.js'

// The letter builder's pages: the list, a guided form per letter, the preview, and downloads.
// Nothing is stored: every POST carries all the answers, and the preview keeps them in hidden
// fields so its download buttons can send them again. No JavaScript anywhere.

type Params = { type: string }
type Body = Record<string, unknown> | undefined

/** Where to go if no reply comes, beside the letter's own next steps. */
function followUps(model: LetterModel): { href: string; text: string }[] {
  switch (model.type) {
    case 'complaint':
      return [{ href: '/guidance/complaints', text: 'How to take a complaint further' }]
    case 'assessment-request':
      return [
        {
          href: `/letters/chase-late-decision?limit=assessment-decision&startedOn=${model.dateIso}`,
          text: 'Write to chase a late decision on the assessment',
        },
      ]
    case 'mediation-reply':
      return [{ href: '/guidance/mediation', text: 'Mediation, certificates and appeals' }]
    case 'meeting-request':
      return [{ href: '/letters/complaint', text: 'Write a formal complaint' }]
    case 'records-request':
      return [
        { href: 'https://ico.org.uk/make-a-complaint/', text: 'Complain to the Information Commissioner’s Office' },
      ]
    case 'disagreement-resolution-request':
      return [{ href: '/guidance/disagreement-resolution', text: 'Disagreement resolution and your other options' }]
    case 'chase-late-decision':
      return [
        { href: '/letters/complaint', text: 'Write a formal complaint about the delay' },
        { href: '/guidance/still-waiting', text: 'What to do when you are still waiting' },
      ]
    case 'chase-certificate':
      return [{ href: '/guidance/mediation', text: 'Mediation, certificates and appeals' }]
    case 'late-appeal':
      return [{ href: '/guidance/appeals', text: 'Appealing to the SEND Tribunal' }]
    case 'amendment-response':
      return [{ href: '/letters/chase-amended-plan', text: 'Write to chase a late amended plan' }]
    case 'chase-amended-plan':
      return [
        { href: '/letters/complaint', text: 'Write a formal complaint about the delay' },
        { href: '/guidance/annual-reviews', text: 'Annual reviews and changes to a plan' },
      ]
    case 'chase-tribunal-order':
      return [
        { href: '/letters/complaint', text: 'Write a formal complaint' },
        { href: '/guidance/tribunal-orders', text: 'When the council does not carry out a Tribunal order' },
      ]
    case 'early-review':
      return [{ href: '/guidance/annual-reviews', text: 'Annual reviews and changes to a plan' }]
    case 'exclusion-review-panel':
      return [{ href: '/guidance/exclusions', text: 'Exclusions and review panels' }]
    case 'transport-review':
      return [{ href: '/guidance/school-travel', text: 'Help with travel to school or college' }]
  }
}

const isCsrfError = (error: FastifyError) =>
  error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET'

const FORMATS = new Set<string>(['docx', 'pdf', 'html'])
const STYLESHEET = `${LETTER_CSS}\n${PAGE_CSS}\n`

export async function letterRoutes(app: FastifyInstance) {
  const { clock } = app.services
  const today = () => Temporal.PlainDate.from(clock.today())
  const { content } = app.services

  function renderForm(
    reply: FastifyReply,
    type: LetterType,
    state: FormState,
    errors: FieldError[] = [],
    extra: Record<string, unknown> = {},
  ) {
    const form = formFor(type)
    return reply.header('cache-control', 'no-store').page('letters/form.njk', {
      title: form.title,
      description: form.description,
      type,
      backLink: '/letters',
      sections: formSections(form, state, errors),
      errorList: errorSummary(errors),
      csrfToken: reply.generateCsrf(),
      ...extra,
    })
  }

  /** The form's answers as a letter, or the errors to show on the form. */
  function check(type: LetterType, state: FormState) {
    const form = formFor(type)
    const conversion = toLetterInput(form, state)
    const result = buildLetter(type, conversion.input, today())
    const problems = result.ok ? [] : result.problems
    const errors = formErrors(form, state, conversion, problems)
    return result.ok && errors.length === 0 ? { model: result.model, errors } : { model: undefined, errors }
  }

  const csrfErrors = (error: FastifyError, request: FastifyRequest<{ Params: Params }>, reply: FastifyReply) => {
    // An expired page or blocked cookies are not the person's fault: say so, never a 500.
    if (isCsrfError(error)) {
      const type = request.params.type
      return reply
        .code(403)
        .page('letters/expired.njk', {
          title: 'This page has expired',
          restartHref: isLetterType(type) ? `/letters/${type}` : '/letters',
        })
    }
    throw error
  }

  app.get('/letters', async (_request, reply) =>
    reply.page('letters/index.njk', {
      title: 'Write a letter',
      letters: LETTER_TYPES.map((type) => LETTER_FORMS[type]),
    }),
  )

  app.get('/letters/letter.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  )

  app.get<{ Params: Params; Querystring: Record<string, unknown> }>('/letters/:type', async (request, reply) => {
    const { type } = request.params
    if (!isLetterType(type)) return reply.callNotFound()
    const prefill = prefillFromQuery(formFor(type), request.query, content)
    const complaintsTeam =
      type === 'complaint' && prefill.area
        ? { localAuthority: prefill.area.localAuthority, ...prefill.area.complaints.council }
        : undefined
    return renderForm(reply, type, prefill.state, [], { filledFrom: prefill.filledFrom, complaintsTeam })
  })

  app.post<{ Params: Params; Body: Body }>(
    '/letters/:type',
    { preValidation: app.csrfProtection, errorHandler: csrfErrors },
    async (request, reply) => {
      const { type } = request.params
      if (!isLetterType(type)) return reply.callNotFound()
      const form = formFor(type)
      const body = typeof request.body === 'object' && request.body !== null ? request.body : {}
      const state = stateFromBody(form, body)
      const action = typeof body[ACTION] === 'string' ? body[ACTION] : 'preview'

      if (action.startsWith('add:')) return renderForm(reply, type, addItem(form, state, action.slice(4)))
      if (action === 'edit') return renderForm(reply, type, state)

      const { model, errors } = check(type, state)
      if (model === undefined) return renderForm(reply.code(400), type, state, errors)
      return reply.header('cache-control', 'no-store').page('letters/preview.njk', {
        title: 'Check your letter',
        formTitle: form.title,
        type,
        letterHtml: renderHtml(model, { headingLevel: 2 }),
        nextStepsHtml: renderNextStepsHtml(model),
        replyBy: model.nextSteps.replyBy,
        followUps: followUps(model),
        hidden: hiddenFields(state),
        csrfToken: reply.generateCsrf(),
      })
    },
  )

  // "Save to my case": the checked letter waits while the family signs in and chooses the case (cases/save.ts).
  app.post<{ Params: Params; Body: Body }>('/letters/:type/save', { preValidation: app.csrfProtection, errorHandler: csrfErrors }, async (request, reply) => {
    const { type } = request.params
    if (!isLetterType(type)) return reply.callNotFound()
    const form = formFor(type)
    const state = stateFromBody(form, typeof request.body === 'object' && request.body !== null ? request.body : {})
    const { model, errors } = check(type, state)
    if (model === undefined) return renderForm(reply.code(400), type, state, errors)
    return beginSave(request, reply, { kind: 'letter', title: `Your letter: ${form.title}`, model, fileName: letterFilename(model, 'pdf') })
  })

  app.post<{ Params: Params; Body: Body; Querystring: { format?: string | string[] } }>(
    '/letters/:type/download',
    { preValidation: app.csrfProtection, errorHandler: csrfErrors },
    async (request, reply) => {
      const { type } = request.params
      if (!isLetterType(type)) return reply.callNotFound()
      const asked = request.query.format
      const format = (Array.isArray(asked) ? asked[0] : asked) ?? 'pdf'
      if (!FORMATS.has(format)) {
        return reply.code(400).page('errors/problem.njk', {
          title: 'Choose how to download your letter',
          message: 'Go back and choose Word, PDF or print.',
        })
      }
      const body = typeof request.body === 'object' && request.body !== null ? request.body : {}
      const state = stateFromBody(formFor(type), body)
      const { model, errors } = check(type, state)
      // Only a changed or very old page gets here with errors: show the form to put them right.
      if (model === undefined) return renderForm(reply.code(400), type, state, errors)
      return sendLetter(reply, model, format as LetterFormat, 'page')
    },
  )
}

/**
 * Sends a rendered letter: Word and PDF as attachments, HTML inline (the print view, or the
 * API's small HTML document). Letters hold personal details, so nothing may cache them.
 */
export async function sendLetter(reply: FastifyReply, model: LetterModel, format: LetterFormat, from: 'page' | 'api') {
  const filename = letterFilename(model, format)
  void reply.header('cache-control', 'no-store').type(FORMAT_MEDIA[format].contentType)
  if (format === 'html') {
    // The API's document carries its stylesheet inline, so a saved copy looks right on its own.
    const html =
      from === 'page'
        ? renderHtmlDocument(model, {
            stylesheetHref: '/letters/letter.css',
            screenNote:
              'This is your letter on its own, ready to print. Use your browser’s Print command (Ctrl+P, or Cmd+P on a Mac) to print it or save it as a PDF. This note is not printed.',
          })
        : renderHtmlDocument(model)
    return reply.header('content-disposition', `inline; filename="${filename}"`).send(html)
  }
  let body: Uint8Array
  try {
    body = (await reply.server.services.letterPool.render(model, format)).bytes
  } catch (error) {
    if (error instanceof LettersBusyError) return sendBusy(reply, from)
    throw error
  }
  return reply.header('content-disposition', `attachment; filename="${filename}"`).send(Buffer.from(body.buffer, body.byteOffset, body.byteLength))
}

/** Seconds a client is asked to wait when every letter worker is busy. */
export const BUSY_RETRY_AFTER = 60

/** Every letter worker is busy and the queue is full: ask the family, or the client, to try again soon. */
function sendBusy(reply: FastifyReply, from: 'page' | 'api') {
  void reply.header('retry-after', String(BUSY_RETRY_AFTER)).header('content-disposition', null)
  if (from === 'api') {
    return sendProblem(reply, 503, 'The service is busy making other letters. Try again in a minute.', [
      { field: '(service)', message: `Try again after ${BUSY_RETRY_AFTER} seconds` },
    ])
  }
  return reply.code(503).page('errors/problem.njk', {
    title: 'Sorry, the service is busy',
    message: 'We are making a lot of letters just now. Try again in a minute: your answers are still on the page you came from.',
  })
}
