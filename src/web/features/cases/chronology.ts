import type { FastifyInstance } from 'fastify'
import { caseChronology, listEntries, type Chronology } from '../../../cases/index.js'
import { govukDate } from '../../../journey/dates.js'
import { renderDocx, renderPdf, type Block, type LetterModel } from '../../../letters/index.js'
import { userOf } from '../../plugins/auth.js'
import { KIND_NAMES } from './diary.js'

// The case as a dated chronology, as PDF or Word. There is no letter worker pool in this tree yet, so the
// chronology is drawn by the letter renderers behind this one function: swap in the pool here when it lands.

/** The chronology as a document the letter renderers can draw: dated events, then the numbered documents. */
export function chronologyDocument(c: Chronology): LetterModel {
  const events: Block[] = c.events.map((e) => {
    if (e.kind === 'milestone') return { kind: 'paragraph', text: `${govukDate(e.date)}: ${e.milestone.title}` }
    const en = e.entry
    const lines = [`${govukDate(e.date)}: ${KIND_NAMES[en.kind]}`, ...(en.people ? [`Who was there: ${en.people}`] : []), en.summary]
    if (en.promised) lines.push(`Promised: ${en.promised.what}${en.promised.by ? `, by ${govukDate(en.promised.by)}` : ''}`)
    if (e.documentNumbers.length > 0) lines.push(`Documents: ${e.documentNumbers.join(', ')}`)
    return { kind: 'paragraph', text: lines.join('\n') }
  })
  const documents: Block[] = c.documents.length > 0 ? [{ kind: 'list', items: c.documents.map((d) => `${d.number}. ${d.name} (added ${govukDate(d.addedOn)})`) }] : [{ kind: 'paragraph', text: 'None.' }]
  return {
    // The renderers key nothing on the type but the file name, which this page sets itself.
    type: 'complaint',
    templateVersion: 1,
    title: `Chronology: ${c.case.child.name}`,
    sender: { name: c.case.child.name, lines: c.case.child.dateOfBirth ? [`Born ${govukDate(c.case.child.dateOfBirth)}`] : [] },
    recipient: [],
    date: govukDate(c.today),
    dateIso: c.today,
    subject: `Chronology for ${c.case.child.name}`,
    salutation: '',
    blocks: [{ kind: 'heading', text: 'What happened' }, ...(events.length > 0 ? events : [{ kind: 'paragraph' as const, text: 'Nothing recorded yet.' }]), { kind: 'heading', text: 'Documents' }, ...documents],
    signOff: { closing: '', name: '' },
    citations: [],
    nextSteps: { text: [] },
  }
}

const FORMATS = {
  pdf: { type: 'application/pdf', render: renderPdf },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', render: renderDocx },
} as const

export async function chronologyPages(app: FastifyInstance) {
  const { clock, store } = app.services

  app.get<{ Params: { id: string } }>('/cases/:id/chronology', async (request, reply) => {
    if (!(await listEntries({ db: store.db, clock }, userOf(request).id, request.params.id))) return reply.callNotFound()
    return reply.page('cases/chronology.njk', { title: 'Chronology', backLink: `/cases/${request.params.id}`, caseId: request.params.id })
  })

  app.get<{ Params: { id: string; format: string } }>('/cases/:id/chronology.:format', async (request, reply) => {
    const format = FORMATS[request.params.format as keyof typeof FORMATS]
    if (!format || !Object.hasOwn(FORMATS, request.params.format)) return reply.callNotFound()
    const c = await caseChronology({ db: store.db, clock }, userOf(request).id, request.params.id, clock.today())
    if (!c) return reply.callNotFound()
    const bytes = await format.render(chronologyDocument(c))
    return reply
      .header('content-type', format.type)
      .header('content-disposition', `attachment; filename="chronology-${c.today}.${request.params.format}"`)
      .send(bytes)
  })
}
