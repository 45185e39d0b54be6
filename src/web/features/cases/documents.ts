import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import multipart, { type MultipartFile } from '@fastify/multipart'
import { addDocument, downloadDocument, LIMITS, listEntries } from '../../../cases/index.js'
import { userOf } from '../../plugins/auth.js'
import { addError, addProblems, field, noErrors, type FieldErrors } from './forms.js'
import { KIND_NAMES } from './diary.js'

// Documents: upload one file (checked by its content in the library, not by its name), attach it to a diary
// entry, and download it. Multipart is registered here only, so no other form on the site accepts files.

type UploadBody = { _csrf?: string; entryId?: string; file?: { name: string; content: Buffer } }
type CaseParams = { id: string }

const MB = LIMITS.documentBytes / 1024 / 1024

/** A download's header: the stored (already cleaned) name, plain ASCII for old browsers and UTF-8 for the rest. */
export const attachment = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`

export async function documentPages(app: FastifyInstance) {
  const { clock, store } = app.services
  const deps = () => ({ db: store.db, clock })

  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: LIMITS.documentBytes, files: 1, fields: 4, parts: 5 },
    async onFile(part: MultipartFile & { value?: unknown }) {
      part.value = { name: part.filename, content: await part.toBuffer() }
    },
  })

  async function renderForm(request: FastifyRequest<{ Params: CaseParams }>, reply: FastifyReply, errors: FieldErrors = noErrors(), chosen = '') {
    const entries = await listEntries(deps(), userOf(request).id, request.params.id)
    if (!entries) return reply.callNotFound()
    return reply.page('cases/document-form.njk', {
      title: 'Upload a document',
      backLink: `/cases/${request.params.id}#documents`,
      caseId: request.params.id,
      maxMb: MB,
      errorList: errors.list,
      errors: errors.byField,
      entries: [{ value: '', text: 'No, keep it on its own' }, ...[...entries].reverse().map((e) => ({ value: e.id, text: `${e.date}: ${KIND_NAMES[e.kind]}`, selected: e.id === chosen }))],
      csrfToken: reply.generateCsrf(),
    })
  }

  /** A file too big, too many files, or a broken upload: the form again with a clear message, never a 500. */
  const uploadErrors = async (error: FastifyError, request: FastifyRequest<{ Params: CaseParams }>, reply: FastifyReply) => {
    const errors = noErrors()
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') addError(errors, 'file', `The selected file must be smaller than ${MB} MB`)
    else if (error.code === 'FST_FILES_LIMIT') addError(errors, 'file', 'Upload one file at a time')
    else if (error.code?.startsWith('FST_CSRF')) return reply.code(403).page('errors/problem.njk', { title: 'This page has expired', message: 'Go back to the case and try again.' })
    else if (error.statusCode && error.statusCode < 500) addError(errors, 'file', 'The upload did not finish. Try again')
    else throw error
    return renderForm(request, reply.code(error.code === 'FST_REQ_FILE_TOO_LARGE' ? 413 : 400), errors)
  }

  app.get<{ Params: CaseParams }>('/cases/:id/documents/new', async (request, reply) => renderForm(request, reply, noErrors(), String((request.query as Record<string, unknown>).entry ?? '')))

  app.post<{ Params: CaseParams; Body: UploadBody }>(
    '/cases/:id/documents',
    { bodyLimit: LIMITS.documentBytes + 64 * 1024, preValidation: app.csrfProtection, errorHandler: uploadErrors },
    async (request, reply) => {
      const file = request.body?.file
      const entryId = field(request.body as Record<string, unknown>, 'entryId')
      const errors = noErrors()
      if (!file || (file.name === '' && file.content.byteLength === 0)) {
        addError(errors, 'file', 'Select a file to upload')
        return renderForm(request, reply.code(400), errors, entryId)
      }
      const added = await addDocument(deps(), userOf(request).id, request.params.id, { name: file.name, content: file.content, entryId: entryId || undefined })
      if (!added.ok) {
        if (added.status === 'not-found') return reply.callNotFound()
        addProblems(errors, added.problems, { file: 'file', entryId: 'entryId' }, 'file')
        return renderForm(request, reply.code(400), errors, entryId)
      }
      return reply.redirect(`/cases/${request.params.id}#documents`, 303)
    },
  )

  app.get<{ Params: CaseParams & { docId: string } }>('/cases/:id/documents/:docId', async (request, reply) => {
    const doc = await downloadDocument(deps(), userOf(request).id, request.params.id, request.params.docId)
    if (!doc) return reply.callNotFound()
    return reply
      .header('content-type', doc.type)
      .header('content-disposition', attachment(doc.name))
      .header('x-content-type-options', 'nosniff')
      .send(doc.content)
  })
}
