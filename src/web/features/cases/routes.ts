import type { FastifyInstance } from 'fastify'
import { requireUser } from '../../plugins/auth.js'
import { calendarFeed, calendarPages } from './calendar.js'
import { casePages } from './case-pages.js'
import { chronologyPages } from './chronology.js'
import { decisionPages } from './decisions.js'
import { diaryPages } from './diary.js'
import { documentPages } from './documents.js'
import { savePlanPages, saveToCasePages } from './save.js'

// The family's case pages. All of them: signed in only, never cached (special-category data about a child),
// and a case that is not yours is a 404 exactly like one that does not exist (the library returns undefined).

export async function caseRoutes(app: FastifyInstance) {
  // The calendar feed opens by its secret alone: a calendar app cannot sign in.
  await app.register(calendarFeed)
  // "Save to my case" starts signed out too: the plan's own page, then sign-in on the way to choosing the case.
  await app.register(savePlanPages)
  await app.register(signedInPages)
}

async function signedInPages(app: FastifyInstance) {
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('cache-control', 'no-store')
  })
  app.addHook('onRequest', requireUser)
  await app.register(casePages)
  await app.register(diaryPages)
  await app.register(decisionPages)
  await app.register(documentPages)
  await app.register(calendarPages)
  await app.register(chronologyPages)
  await app.register(saveToCasePages)
}
