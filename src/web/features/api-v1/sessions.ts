import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { createSession, revokeSession, signIn } from '../../../accounts/index.js'
import { isoInstant } from '../../../clock.js'
import { problemSchema } from '../../../api/schemas.js'
import { deleteAccount, exportAccount } from '../../../cases/index.js'
import { requireApiUser, userOf } from '../../plugins/auth.js'
import { sendProblem } from '../../plugins/errors.js'
import { addOperation, component, problemResponse, PUBLIC } from './openapi.js'
import { isJson, notJson, parseBody } from './respond.js'

// Bearer tokens for API clients, and the account's own data: export everything, delete everything.

export const sessionRequestSchema = z
  .strictObject({
    email: z.string({ error: 'email must be text' }).min(1, { error: 'Enter the email address' }).max(254, { error: 'email must be 254 characters or fewer' }),
    password: z.string({ error: 'password must be text' }).min(1, { error: 'Enter the password' }).max(1024, { error: 'password must be 1,024 characters or fewer' }),
  })
  .meta({ id: 'SessionRequest' })

export const sessionSchema = z
  .object({
    token: z.string().meta({ description: 'Send as Authorization: Bearer <token>. Shown once; the service keeps only its hash.' }),
    expiresAt: z.string().meta({ format: 'date-time', description: 'When the token stops working (UTC).' }),
  })
  .meta({ id: 'Session' })

const unauthorised = problemResponse('No valid bearer token')

addOperation('/api/v1/sessions', 'post', {
  operationId: 'createSession',
  ...PUBLIC,
  tags: ['Account'],
  summary: 'Sign in: a bearer token for the API',
  description: 'The same answer for an unknown email and a wrong password. Failed attempts are limited per account and per address.',
  requestBody: { required: true, content: { 'application/json': { schema: component('SessionRequest', sessionRequestSchema) } } },
  responses: {
    201: { description: 'Signed in', content: { 'application/json': { schema: component('Session', sessionSchema, 'output') } } },
    400: problemResponse('The body is not an object with an email and a password'),
    401: problemResponse('The email address or password is not right'),
    429: problemResponse('Too many failed attempts: wait, then try again'),
  },
})
addOperation('/api/v1/sessions/current', 'delete', {
  operationId: 'deleteCurrentSession',
  tags: ['Account'],
  summary: 'Sign out: the token stops working',
  responses: { 204: { description: 'Signed out' }, 401: unauthorised },
})
addOperation('/api/v1/account', 'delete', {
  operationId: 'deleteAccount',
  tags: ['Account'],
  summary: 'Delete the account and everything in it (cases, diary, decisions, documents, reminders, sessions)',
  responses: { 204: { description: 'Deleted: every token of the account stops working' }, 401: unauthorised },
})
addOperation('/api/v1/export', 'get', {
  operationId: 'exportAccount',
  tags: ['Account'],
  summary: 'Everything the account holds, as a ZIP of JSON files and the documents',
  responses: {
    200: { description: 'The ZIP', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
    401: unauthorised,
  },
})

export async function sessionRoutes(app: FastifyInstance) {
  const deps = () => ({ db: app.services.store.db, clock: app.services.clock })
  // The problem schema is used by the letters' operations too; file it once here as well.
  component('Problem', problemSchema, 'output')

  app.post('/sessions', async (request, reply) => {
    if (!isJson(request.headers['content-type'])) return notJson(reply)
    const body = parseBody(reply, sessionRequestSchema, request.body)
    if (!body) return reply
    const result = await signIn(deps(), { email: body.email, password: body.password, address: request.ip })
    if (!result.ok) return sendProblem(reply, result.reason === 'throttled' ? 429 : 401, `${result.message}.`)
    const session = await createSession(deps(), result.user.id, 'api')
    return reply.code(201).send({ token: session.token, expiresAt: isoInstant(session.expiresAt) })
  })

  app.delete('/sessions/current', { preHandler: requireApiUser }, async (request, reply) => {
    await revokeSession(app.services.store.db, request.sessionToken!)
    return reply.code(204).send()
  })

  app.delete('/account', { preHandler: requireApiUser }, async (request, reply) => {
    await deleteAccount(deps(), userOf(request).id)
    return reply.code(204).send()
  })

  app.get('/export', { preHandler: requireApiUser }, async (request, reply) => {
    const zip = await exportAccount(deps(), userOf(request).id)
    if (!zip) return sendProblem(reply, 401, 'The account no longer exists.')
    const day = app.services.clock.today()
    return reply.type('application/zip').header('content-disposition', `attachment; filename="sendpath-export-${day}.zip"`).send(Buffer.from(zip))
  })
}
