import fp from 'fastify-plugin'
import type { FastifyInstance } from 'fastify'

// A plan's link, a journey page's link and a prefilled letter's link carry a family's answers
// (their situation, their dates) in the query string. No browser or proxy may keep such a page:
// Cache-Control: no-store on every one, and on the redirects between journey pages too.
const CARRIES_ANSWERS = /^\/(?:plan|journey|letters)(?:[/.?]|$)/

export const carriesAnswers = (url: string) => url.includes('?') && CARRIES_ANSWERS.test(url)

export const privatePages = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    if (carriesAnswers(request.url)) void reply.header('cache-control', 'no-store')
  })
})
