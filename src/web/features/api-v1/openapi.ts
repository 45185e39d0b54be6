import { z } from 'zod'
import { bankHolidaysResponseSchema, problemSchema, timelineRequestSchema, timelineResponseSchema } from '../../../api/schemas.js'

type JsonSchema = Record<string, unknown>
type Operation = Record<string, unknown>

const schemas: Record<string, JsonSchema> = {}
const paths: Record<string, Record<string, Operation>> = {}

/** Converts a zod schema once and files it under components, so routes and docs share one definition. */
export function component(name: string, schema: z.ZodType, io: 'input' | 'output' = 'input'): { $ref: string } {
  if (!schemas[name]) {
    // Schemas with a meta id come back as $defs; file each under components so $refs resolve there.
    const raw = JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }))
    const json = JSON.parse(raw.replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema
    const { $defs, $schema: _schema, $ref, ...rest } = json as { $defs?: Record<string, JsonSchema>; $schema?: string; $ref?: string }
    for (const [id, def] of Object.entries($defs ?? {})) schemas[id] = def
    if (!$ref) schemas[name] = rest
  }
  return { $ref: `#/components/schemas/${name}` }
}

const problem = () => ({ description: 'The request was not valid', content: { 'application/json': { schema: component('Problem', problemSchema, 'output') } } })

/** The one problem response, described for one status. */
export const problemResponse = (description: string) => ({ description, content: { 'application/json': { schema: component('Problem', problemSchema, 'output') } } })

/** An operation anyone may call: no token needed (the document's default is the bearer token). */
export const PUBLIC = { security: [] } as const

export function addOperation(path: string, method: 'get' | 'post' | 'patch' | 'delete', operation: Operation) {
  paths[path] = { ...(paths[path] ?? {}), [method]: operation }
}

addOperation('/api/v1/bank-holidays', 'get', {
  operationId: 'getBankHolidays',
  ...PUBLIC,
  summary: 'England and Wales bank holidays for a year',
  parameters: [{ name: 'year', in: 'query', required: true, schema: { type: 'integer', minimum: 1990, maximum: 2099 } }],
  responses: {
    200: { description: 'The bank holidays, sorted', content: { 'application/json': { schema: component('BankHolidays', bankHolidaysResponseSchema, 'output') } } },
    400: problem(),
  },
})
addOperation('/api/v1/timeline', 'post', {
  operationId: 'computeTimeline',
  ...PUBLIC,
  summary: 'Routes and statutory deadlines for a decision',
  requestBody: { required: true, content: { 'application/json': { schema: component('TimelineRequest', timelineRequestSchema) } } },
  responses: {
    200: { description: 'The timeline', content: { 'application/json': { schema: component('Timeline', timelineResponseSchema, 'output') } } },
    400: problem(),
    413: { description: 'The body was over 64 KB', content: { 'application/json': { schema: component('Problem', problemSchema, 'output') } } },
  },
})

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sendpath API',
      version: '1.0.0',
      description: 'Routes and statutory deadlines for disagreements about special educational needs in England. Information, not legal advice.',
    },
    servers: [{ url: '/', description: 'This service (the same origin that serves this document)' }],
    // Every operation needs a bearer token from POST /api/v1/sessions unless it says `security: []`.
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token from POST /api/v1/sessions. It lasts 30 days, or until DELETE /api/v1/sessions/current.' },
      },
    },
  }
}

/** A self-contained JSON Schema (no $refs) for Fastify's response serialiser. */
export function serialisationSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as JsonSchema & {
    $ref?: string
    $defs?: Record<string, JsonSchema>
    definitions?: Record<string, JsonSchema>
  }
  const defs = json.$defs ?? json.definitions ?? {}
  const root = json.$ref ? defs[json.$ref.split('/').pop()!] : json
  const { $schema: _schema, ...rest } = root ?? {}
  return rest
}
