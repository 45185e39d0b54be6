import type { FastifyInstance, FastifyReply } from 'fastify'
import { addEntry, entryHistory, listEntries, readDiary, updateEntry, viewCaseRow, type Entry, type Problem } from '../../../cases/index.js'
import { isoToParts } from '../../../dates.js'
import { ENTRY_KINDS, type EntryKind } from '../../../store/schema.js'
import { userOf } from '../../plugins/auth.js'
import { addError, addProblems, dateParts, field, noErrors, optionalDate, requiredDate, type Body, type FieldErrors } from './forms.js'
import { when } from './when.js'

// The diary: all of it (the case page shows only the latest entries), add an entry, change one (the library keeps
// every earlier version), and see its history.

export const KIND_NAMES: Record<EntryKind, string> = {
  meeting: 'Meeting',
  'phone-call': 'Phone call',
  email: 'Email',
  letter: 'Letter',
  report: 'Report',
  observation: 'Something I noticed',
  other: 'Other',
}

/** An entry with the name of its kind, for the entry cards. */
export const withKindName = (e: Entry) => ({ ...e, kindName: KIND_NAMES[e.kind] })

type EntryParams = { id: string; entryId: string }

const ENTRY_FIELDS: Record<string, string> = { date: 'date-day', kind: 'kind', summary: 'summary', people: 'people', 'promised.what': 'promisedWhat', 'promised.by': 'promisedBy-day' }

/** The form's values for an entry being changed. */
const entryValues = (e: Entry): Record<string, string> => ({
  kind: e.kind,
  summary: e.summary,
  people: e.people ?? '',
  promisedWhat: e.promised?.what ?? '',
})

export async function diaryPages(app: FastifyInstance) {
  const { clock, store } = app.services
  const deps = () => ({ db: store.db, clock })

  /** The entry the form describes, or the errors to show. */
  function readEntry(body: Body, errors: FieldErrors) {
    const today = clock.today()
    const date = requiredDate(body, 'date', { subject: 'The date', required: 'Enter the date it happened', notFuture: false, today }, errors)
    const kind = field(body, 'kind')
    if (!(ENTRY_KINDS as readonly string[]).includes(kind)) addError(errors, 'kind', 'Select what kind of contact or record it was')
    const summary = field(body, 'summary')
    if (!summary) addError(errors, 'summary', 'Enter what was said or agreed')
    const people = field(body, 'people')
    const promisedWhat = field(body, 'promisedWhat')
    const by = optionalDate(body, 'promisedBy', { subject: 'The date it was promised by', required: '', notFuture: false, today }, errors)
    if (by && !promisedWhat) addError(errors, 'promisedWhat', 'Enter what was promised, or leave the date empty')
    return { date, kind, summary, people: people || undefined, promised: promisedWhat ? (by ? { what: promisedWhat, by } : { what: promisedWhat }) : undefined }
  }

  function renderForm(reply: FastifyReply, caseId: string, data: { entryId?: string; values: Record<string, unknown>; errors?: FieldErrors; date?: string; promisedBy?: string }) {
    const errors = data.errors ?? noErrors()
    const body = data.values as Body
    return reply.page('cases/entry-form.njk', {
      title: data.entryId ? 'Change a diary entry' : 'Add a diary entry',
      backLink: `/cases/${caseId}`,
      action: data.entryId ? `/cases/${caseId}/entries/${data.entryId}` : `/cases/${caseId}/entries`,
      errorList: errors.list,
      errors: errors.byField,
      values: data.values,
      date: data.date !== undefined ? isoToParts(data.date) : dateParts(body, 'date'),
      promisedBy: data.promisedBy !== undefined ? isoToParts(data.promisedBy) : dateParts(body, 'promisedBy'),
      kinds: ENTRY_KINDS.map((k) => ({ value: k, text: KIND_NAMES[k], checked: k === data.values.kind })),
      csrfToken: reply.generateCsrf(),
    })
  }

  const entryOf = async (userId: string, caseId: string, entryId: string) => (await listEntries(deps(), userId, caseId))?.find((e) => e.id === entryId)
  const problemsOn = (errors: FieldErrors, problems: readonly Problem[]) => addProblems(errors, problems, ENTRY_FIELDS, 'summary')

  app.get<{ Params: { id: string } }>('/cases/:id/diary', async (request, reply) => {
    const userId = userOf(request).id
    const { id } = request.params
    const diary = await readDiary(deps(), userId, id)
    if (!diary) return reply.callNotFound()
    return reply.page('cases/diary.njk', {
      title: `Diary: ${diary.case.child.name}`,
      backLink: `/cases/${id}`,
      caseId: id,
      childName: diary.case.child.name,
      entries: [...diary.entries].reverse().map(withKindName),
    })
  })

  app.get<{ Params: { id: string } }>('/cases/:id/entries/new', async (request, reply) => {
    if (!(await viewCaseRow(deps(), userOf(request).id, request.params.id))) return reply.callNotFound()
    return renderForm(reply, request.params.id, { values: {} })
  })

  app.post<{ Params: { id: string }; Body: Body }>('/cases/:id/entries', { preValidation: app.csrfProtection }, async (request, reply) => {
    const userId = userOf(request).id
    const { id } = request.params
    if (!(await viewCaseRow(deps(), userId, id))) return reply.callNotFound()
    const errors = noErrors()
    const entry = readEntry(request.body, errors)
    const values = request.body ?? {}
    if (errors.list.length > 0) return renderForm(reply.code(400), id, { values, errors })
    const made = await addEntry(deps(), userId, id, JSON.parse(JSON.stringify(entry)))
    if (!made.ok) {
      if (made.status === 'not-found') return reply.callNotFound()
      problemsOn(errors, made.problems)
      return renderForm(reply.code(400), id, { values, errors })
    }
    return reply.redirect(`/cases/${id}#diary`, 303)
  })

  app.get<{ Params: EntryParams }>('/cases/:id/entries/:entryId/edit', async (request, reply) => {
    const { id, entryId } = request.params
    const entry = await entryOf(userOf(request).id, id, entryId)
    if (!entry) return reply.callNotFound()
    return renderForm(reply, id, { entryId, values: entryValues(entry), date: entry.date, promisedBy: entry.promised?.by ?? '' })
  })

  app.post<{ Params: EntryParams; Body: Body }>('/cases/:id/entries/:entryId', { preValidation: app.csrfProtection }, async (request, reply) => {
    const userId = userOf(request).id
    const { id, entryId } = request.params
    if (!(await entryOf(userId, id, entryId))) return reply.callNotFound()
    const errors = noErrors()
    const entry = readEntry(request.body, errors)
    const values = request.body ?? {}
    if (errors.list.length > 0) return renderForm(reply.code(400), id, { entryId, values, errors })
    // Empty optional fields are removed (null), so a change can take something out of an entry.
    const patch = { ...entry, people: entry.people ?? null, promised: entry.promised ?? null }
    const changed = await updateEntry(deps(), userId, id, entryId, patch)
    if (!changed.ok) {
      if (changed.status === 'not-found') return reply.callNotFound()
      problemsOn(errors, changed.problems)
      return renderForm(reply.code(400), id, { entryId, values, errors })
    }
    return reply.redirect(`/cases/${id}#diary`, 303)
  })

  app.get<{ Params: EntryParams }>('/cases/:id/entries/:entryId/history', async (request, reply) => {
    const userId = userOf(request).id
    const { id, entryId } = request.params
    const versions = await entryHistory(deps(), userId, id, entryId)
    if (!versions) return reply.callNotFound()
    return reply.page('cases/history.njk', {
      title: 'Changes to this diary entry',
      backLink: `/cases/${id}`,
      versions: [...versions].reverse().map((v) => ({ ...v, kindName: KIND_NAMES[v.kind], when: when(v.editedAt), who: v.editedBy === userId ? 'You' : 'Someone else' })),
    })
  })
}
