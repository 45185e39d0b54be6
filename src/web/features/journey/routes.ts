import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  checkSubmittedAnswer,
  keepToday,
  nextUrl,
  questionUrl,
  rawAnswers,
  walk,
  withQuery,
  answersQuery,
  type Answers,
} from '../../../journey/engine.js'
import { forYoungPerson, journeyFor, journeyWithAreas } from '../../../journey/journey.js'
import { areaList } from '../../../content/areas.js'
import { checkAnswersPage, questionPage } from './view-model.js'

// The "what can I do?" journey: one question a page, GET forms only, every answer in the URL.
// Nothing is stored, no cookie is needed, and the browser's back button always works.

type Query = Record<string, unknown>

export async function journeyRoutes(app: FastifyInstance) {
  const { clock, content } = app.services
  // The area question offers the areas in content/areas/, so a new file adds an area here too.
  const journey = journeyWithAreas(areaList(content))
  // The same questions in a young person's words, for one asking in their own name.
  const youngPerson = forYoungPerson(journey)
  const questionById = new Map(journey.questions.map((q) => [q.id, q]))
  const wordsFor = (answers: Answers) => journeyFor(answers, journey, youngPerson)
  // The journey carries the public `today` parameter through to the plan; otherwise the clock says.
  const todayFor = (answers: Answers) => (typeof answers.today === 'string' ? answers.today : clock.today())

  app.get('/start', async (request, reply) => {
    const keep = keepToday(rawAnswers(request.query, journey))
    const startUrl = withQuery(`/journey/${journey.questions[0]?.id ?? 'who'}`, answersQuery(keep, journey))
    return reply.page('journey/start.njk', { title: 'Find out what you can do', startUrl })
  })

  app.get('/journey', async (request, reply) => {
    const answers = rawAnswers(request.query, journey)
    return reply.redirect(nextUrl(answers, todayFor(keepToday(answers)), journey), 303)
  })

  app.get('/journey/check-answers', async (request, reply) => {
    const answers = rawAnswers(request.query, journey)
    const today = todayFor(keepToday(answers))
    const w = walk(answers, today, journey)
    if (w.stoppedAt) return reply.redirect(nextUrl(answers, today, journey), 303)
    return reply.page('journey/check-answers.njk', { ...checkAnswersPage(w, { ...w.accepted, ...keepToday(answers) }, wordsFor(w.accepted)) })
  })

  /** A question page. Answers before it that are missing or wrong send the family back to the first of them. */
  app.get<{ Params: { id: string } }>('/journey/:id', async (request, reply) => {
    const q = questionById.get(request.params.id)
    if (!q) return notFound(request, reply)
    const answers = rawAnswers(request.query, journey)
    const today = todayFor(keepToday(answers))
    const w = walk(answers, today, journey)
    const index = w.steps.findIndex((s) => s.question.id === q.id && !s.auto)
    if (index === -1) return reply.redirect(nextUrl(answers, today, journey), 303)
    const step = w.stoppedAt?.question.id === q.id ? w.stoppedAt.check : undefined
    const shown: Answers = { ...answers, ...w.accepted }
    // Someone who chose their area on the local help pages finds it already selected.
    const saved = request.cookies?.area
    if (q.name === 'area' && shown.area === undefined && typeof saved === 'string') shown.area = saved
    const words = wordsFor(w.accepted)
    const view = questionPage(words.questions.find((x) => x.id === q.id) ?? q, w, shown, step, words)
    return reply.page('journey/question.njk', { ...view })
  })

  /** Where each question's form goes: check the answer, then on to the next question that needs one. */
  app.get<{ Params: { id: string } }>('/journey/:id/answer', async (request, reply) => {
    const q = questionById.get(request.params.id)
    if (!q) return notFound(request, reply)
    const query = request.query as Query
    const answers = rawAnswers(query, journey)
    delete answers[q.name]
    const today = todayFor(keepToday(answers))
    const w = walk(answers, today, journey)
    const reached = w.steps.some((s) => s.question.id === q.id && !s.auto)
    if (!reached) return reply.redirect(nextUrl(answers, today, journey), 303)
    const words = wordsFor(w.accepted)
    const asked = words.questions.find((x) => x.id === q.id) ?? q
    const check = checkSubmittedAnswer(asked, query, w.accepted, today, words)
    if (!check.ok) {
      const shown = { ...answers, ...w.accepted }
      const raw = query[q.name]
      if (q.kind !== 'date' && (typeof raw === 'string' || Array.isArray(raw))) shown[q.name] = raw as string | string[]
      return reply.code(400).page('journey/question.njk', { ...questionPage(asked, w, shown, check, words) })
    }
    return reply.redirect(nextUrl({ ...answers, [q.name]: check.value }, today, journey), 303)
  })
}

function notFound(_request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).page('errors/not-found.njk')
}

export { questionUrl }
