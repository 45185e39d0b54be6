import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import multipart from '@fastify/multipart'
import {
  addDecision,
  addDocument,
  addEntry,
  caseChronology,
  caseTimeline,
  createCase,
  decisionRequestSchema,
  deleteCase,
  downloadDocument,
  entryHistory,
  entryPatchSchema,
  entrySchema,
  LIMITS,
  listCases,
  listDocuments,
  readDiary,
  newCaseSchema,
  updateEntry,
  viewCase,
  viewCaseRow,
} from '../../../cases/index.js'
import { requireApiUser, userOf } from '../../plugins/auth.js'
import { sendProblem } from '../../plugins/errors.js'
import { buildCalendar } from '../plan/calendar.js'
import { CHRONOLOGY_MEDIA, renderChronology, type ChronologyFormat } from '../chronology/document.js'
import { caseMilestoneSchema, caseSchema, decisionCreatedSchema, documentInfoSchema, entryOutSchema, entryVersionSchema } from './case-schemas.js'
import { addOperation, component, problemResponse } from './openapi.js'
import { badInput, isJson, notFound, notJson, sendResult } from './respond.js'

// The family's case record over the API. Every route needs a bearer token, and every case is looked up by its
// id AND its owner: another family's case answers 404 exactly like one that does not exist.

type CaseParams = { id: string }
type EntryParams = CaseParams & { entryId: string }
type DocumentParams = CaseParams & { docId: string }

const ENTRY_NOT_FOUND = 'There is no diary entry with that id in this case.'
const DOCUMENT_NOT_FOUND = 'There is no document with that id in this case.'

const json = (ref: { $ref: string }) => ({ 'application/json': { schema: ref } })
const ok = (description: string, ref: { $ref: string }) => ({ description, content: json(ref) })
const list = (key: string, ref: { $ref: string }) => ({ type: 'object', required: [key], properties: { [key]: { type: 'array', items: ref } } })
const caseId = { name: 'id', in: 'path', required: true, description: 'The case id', schema: { type: 'string', format: 'uuid' } }
const entryId = { name: 'entryId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
const docId = { name: 'docId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }
const common = { 401: problemResponse('No valid bearer token'), 404: problemResponse('No such case (or not yours: the answer is the same)') }
const withBody = { 400: problemResponse('The body is not valid: each problem names its field'), 415: problemResponse('The body was not JSON') }

const op = (path: string, method: 'get' | 'post' | 'patch' | 'delete', operationId: string, summary: string, rest: Record<string, unknown>) => {
  const responses = { ...(rest.responses as object), ...common }
  addOperation(`/api/v1${path}`, method, { operationId, tags: ['Cases'], summary, ...rest, responses })
}

const Case = component('Case', caseSchema, 'output')
const Entry = component('Entry', entryOutSchema, 'output')
op('/cases', 'post', 'createCase', 'Start a case for a child or young person', {
  requestBody: { required: true, content: json(component('NewCase', newCaseSchema)) },
  responses: { 201: ok('The case, with its id', Case), ...withBody },
})
op('/cases', 'get', 'listCases', "The caller's cases", { responses: { 200: { description: 'The cases, oldest first', content: { 'application/json': { schema: list('cases', Case) } } } } })
op('/cases/{id}', 'get', 'getCase', 'One case', { parameters: [caseId], responses: { 200: ok('The case', Case) } })
op('/cases/{id}', 'delete', 'deleteCase', 'Delete a case and everything in it', { parameters: [caseId], responses: { 204: { description: 'Deleted' } } })
op('/cases/{id}/entries', 'post', 'addEntry', 'Add a diary entry', {
  parameters: [caseId],
  requestBody: { required: true, content: json(component('NewEntry', entrySchema)) },
  responses: { 201: ok('The entry, with its id', Entry), ...withBody },
})
op('/cases/{id}/entries', 'get', 'listEntries', 'The diary, by date', {
  parameters: [caseId],
  responses: { 200: { description: 'The entries', content: { 'application/json': { schema: list('entries', Entry) } } } },
})
op('/cases/{id}/entries/{entryId}', 'patch', 'updateEntry', 'Change a diary entry (the earlier version is kept)', {
  parameters: [caseId, entryId],
  requestBody: { required: true, content: json(component('EntryPatch', entryPatchSchema)) },
  responses: { 200: ok('The entry as it is now', Entry), ...withBody },
})
op('/cases/{id}/entries/{entryId}/history', 'get', 'entryHistory', 'Every version of a diary entry, with who wrote it and when', {
  parameters: [caseId, entryId],
  responses: { 200: { description: 'The versions, oldest first', content: { 'application/json': { schema: list('versions', component('EntryVersion', entryVersionSchema, 'output')) } } } },
})
op('/cases/{id}/decisions', 'post', 'addDecision', "Record a decision (the timeline request's fields, without today)", {
  parameters: [caseId],
  requestBody: { required: true, content: json(component('DecisionRequest', decisionRequestSchema)) },
  responses: { 201: ok('The decision id and its timeline as of today', component('DecisionCreated', decisionCreatedSchema, 'output')), ...withBody },
})
op('/cases/{id}/timeline', 'get', 'caseTimeline', "Every milestone across the case's decisions, by date", {
  parameters: [caseId],
  responses: { 200: { description: 'The milestones', content: { 'application/json': { schema: list('milestones', component('CaseMilestone', caseMilestoneSchema, 'output')) } } } },
})
op('/cases/{id}/documents', 'post', 'uploadDocument', 'Upload a document (PDF, PNG, JPEG or Word .docx, up to 10 MB), checked by its content', {
  parameters: [caseId],
  requestBody: {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file'],
          properties: { entryId: { type: 'string', format: 'uuid', description: 'A diary entry to attach it to (send before the file)' }, file: { type: 'string', format: 'binary' } },
        },
      },
    },
  },
  responses: {
    201: ok('The stored document', component('Document', documentInfoSchema, 'output')),
    400: problemResponse('No file, an empty file, or a type that is not allowed'),
    413: problemResponse('The file is over 10 MB'),
    415: problemResponse('The body was not multipart/form-data'),
  },
})
op('/cases/{id}/documents', 'get', 'listDocuments', "The case's documents (without their bytes)", {
  parameters: [caseId],
  responses: { 200: { description: 'The documents, in the order they were added', content: { 'application/json': { schema: list('documents', component('Document', documentInfoSchema, 'output')) } } } },
})
op('/cases/{id}/documents/{docId}', 'get', 'downloadDocument', 'Download a document', {
  parameters: [caseId, docId],
  responses: { 200: { description: 'The bytes, with the type found when it was uploaded', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } },
})
op('/cases/{id}/calendar.ics', 'get', 'caseCalendar', "The case's deadlines still to come, as a calendar", {
  parameters: [caseId],
  responses: { 200: { description: 'An iCalendar file', content: { 'text/calendar': { schema: { type: 'string' } } } } },
})
op('/cases/{id}/chronology', 'get', 'caseChronology', 'The case as a dated chronology with its documents numbered: PDF or Word, by the Accept header (PDF by default)', {
  parameters: [caseId],
  responses: {
    200: { description: 'The chronology', content: { [CHRONOLOGY_MEDIA.pdf]: { schema: { type: 'string', format: 'binary' } }, [CHRONOLOGY_MEDIA.docx]: { schema: { type: 'string', format: 'binary' } } } },
    406: problemResponse('The Accept header allows neither PDF nor Word'),
  },
})

/** PDF or Word from an Accept header; PDF when anything will do; undefined when neither is acceptable. */
export function chronologyFormat(accept: string | undefined): ChronologyFormat | undefined {
  const ranges = (accept ?? '*/*').split(',').map((r) => {
    const [type = '', ...params] = r.trim().toLowerCase().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return { type: type.trim(), q: q ? Number(q.slice(2)) : 1 }
  })
  const quality = (media: string) => Math.max(0, ...ranges.filter((r) => r.type === media || r.type === '*/*' || r.type === `${media.split('/')[0]}/*`).map((r) => r.q))
  const pdf = quality(CHRONOLOGY_MEDIA.pdf)
  const docx = quality(CHRONOLOGY_MEDIA.docx)
  if (pdf <= 0 && docx <= 0) return undefined
  return docx > pdf ? 'docx' : 'pdf'
}

const fileNameHeader = (name: string) => `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`

export async function caseRoutes(app: FastifyInstance) {
  const deps = () => ({ db: app.services.store.db, clock: app.services.clock })
  const today = () => app.services.clock.today()
  const me = (request: FastifyRequest) => userOf(request).id
  const jsonBody = (request: FastifyRequest, reply: FastifyReply) => (isJson(request.headers['content-type']) ? true : (void notJson(reply), false))

  // One file part (and at most an entryId field) per upload, no larger than a document may be.
  await app.register(multipart, { limits: { fileSize: LIMITS.documentBytes, files: 1, fields: 1, parts: 2, fieldSize: 100, headerPairs: 20 } })
  app.addHook('preHandler', requireApiUser)

  app.post('/cases', async (request, reply) => {
    if (!jsonBody(request, reply)) return reply
    return sendResult(reply, await createCase(deps(), me(request), request.body), 201)
  })
  app.get('/cases', async (request) => ({ cases: await listCases(deps(), me(request)) }))
  app.get<{ Params: CaseParams }>('/cases/:id', async (request, reply) => {
    const found = await viewCase(deps(), me(request), request.params.id)
    return found ?? notFound(reply)
  })
  app.delete<{ Params: CaseParams }>('/cases/:id', async (request, reply) => {
    const done = await deleteCase(deps(), me(request), request.params.id)
    return done.ok ? reply.code(204).send() : notFound(reply)
  })

  app.post<{ Params: CaseParams }>('/cases/:id/entries', async (request, reply) => {
    if (!jsonBody(request, reply)) return reply
    return sendResult(reply, await addEntry(deps(), me(request), request.params.id, request.body), 201)
  })
  app.get<{ Params: CaseParams }>('/cases/:id/entries', async (request, reply) => {
    const diary = await readDiary(deps(), me(request), request.params.id)
    return diary ? { entries: diary.entries } : notFound(reply)
  })
  app.patch<{ Params: EntryParams }>('/cases/:id/entries/:entryId', async (request, reply) => {
    if (!jsonBody(request, reply)) return reply
    const { id, entryId } = request.params
    const result = await updateEntry(deps(), me(request), id, entryId, request.body)
    // Which of the two was missing must not say whether the case exists for someone else.
    return sendResult(reply, result, 200, (await viewCaseRowExists(id, me(request))) ? ENTRY_NOT_FOUND : undefined)
  })
  app.get<{ Params: EntryParams }>('/cases/:id/entries/:entryId/history', async (request, reply) => {
    const { id, entryId } = request.params
    const versions = await entryHistory(deps(), me(request), id, entryId)
    if (versions) return { versions }
    return notFound(reply, (await viewCaseRowExists(id, me(request))) ? ENTRY_NOT_FOUND : undefined)
  })

  app.post<{ Params: CaseParams }>('/cases/:id/decisions', async (request, reply) => {
    if (!jsonBody(request, reply)) return reply
    return sendResult(reply, await addDecision(deps(), me(request), request.params.id, request.body, today()), 201)
  })
  app.get<{ Params: CaseParams }>('/cases/:id/timeline', async (request, reply) => {
    const milestones = await caseTimeline(deps(), me(request), request.params.id, today())
    return milestones ? { milestones } : notFound(reply)
  })

  app.post<{ Params: CaseParams }>('/cases/:id/documents', async (request, reply) => {
    if (!request.isMultipart()) {
      return sendProblem(reply, 415, 'Send the document as multipart/form-data with one part named "file".', [{ field: 'file', message: 'Expected multipart/form-data' }])
    }
    const part = await request.file()
    if (!part || part.fieldname !== 'file') return badInput(reply, [{ field: 'file', message: 'Choose a file to upload, in a part named "file"' }])
    const content = await part.toBuffer().catch((error: { code?: string }) => {
      if (error.code === 'FST_REQ_FILE_TOO_LARGE') return undefined
      throw error
    })
    if (!content) {
      const mb = LIMITS.documentBytes / 1024 / 1024
      return sendProblem(reply, 413, `The file is too large: it must be smaller than ${mb} MB.`, [{ field: 'file', message: `The selected file must be smaller than ${mb} MB` }])
    }
    const entryField = part.fields.entryId
    const entryIdValue = entryField && !Array.isArray(entryField) && entryField.type === 'field' ? String(entryField.value) : undefined
    return sendResult(reply, await addDocument(deps(), me(request), request.params.id, { name: part.filename, content, entryId: entryIdValue }), 201)
  })
  app.get<{ Params: CaseParams }>('/cases/:id/documents', async (request, reply) => {
    const documents = await listDocuments(deps(), me(request), request.params.id)
    return documents ? { documents } : notFound(reply)
  })
  app.get<{ Params: DocumentParams }>('/cases/:id/documents/:docId', async (request, reply) => {
    const { id, docId } = request.params
    const file = await downloadDocument(deps(), me(request), id, docId)
    if (!file) return notFound(reply, (await viewCaseRowExists(id, me(request))) ? DOCUMENT_NOT_FOUND : undefined)
    return reply.type(file.type).header('content-disposition', fileNameHeader(file.name)).header('cache-control', 'no-store').send(file.content)
  })

  app.get<{ Params: CaseParams }>('/cases/:id/calendar.ics', async (request, reply) => {
    const milestones = await caseTimeline(deps(), me(request), request.params.id, today())
    if (!milestones) return notFound(reply)
    const calendar = buildCalendar(milestones)
    if (!calendar.ok) throw new Error(calendar.error)
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', 'attachment; filename="sendpath-case-deadlines.ics"').header('cache-control', 'no-store').send(calendar.ics)
  })

  app.get<{ Params: CaseParams }>('/cases/:id/chronology', async (request, reply) => {
    void reply.header('vary', 'Accept')
    const format = chronologyFormat(request.headers.accept)
    if (!format) {
      const message = `The chronology comes as ${CHRONOLOGY_MEDIA.pdf} or ${CHRONOLOGY_MEDIA.docx}. Ask for one of them in the Accept header.`
      return sendProblem(reply, 406, message, [{ field: '(accept)', message: `Accept ${CHRONOLOGY_MEDIA.pdf} or ${CHRONOLOGY_MEDIA.docx}` }])
    }
    const chronology = await caseChronology(deps(), me(request), request.params.id, today())
    if (!chronology) return notFound(reply)
    const bytes = await renderChronology(app.services.letterPool, chronology, format)
    if (!bytes) {
      void reply.header('retry-after', '60')
      return sendProblem(reply, 503, 'The service is busy making other documents. Try again in a minute.', [{ field: '(service)', message: 'Try again after 60 seconds' }])
    }
    return reply
      .type(CHRONOLOGY_MEDIA[format])
      .header('content-disposition', `attachment; filename="sendpath-chronology-${today()}.${format}"`)
      .header('cache-control', 'no-store')
      .send(bytes)
  })

  /** Whether the caller owns the case (to say "no such entry" rather than "no such case"; never about others' cases). */
  async function viewCaseRowExists(id: string, userId: string): Promise<boolean> {
    return (await viewCaseRow(deps(), userId, id)) !== undefined
  }
}
