import type { Chronology } from '../../../cases/index.js'
import { formatIsoDate } from '../../../law/index.js'
import { renderDocx, renderPdf, type Block, type LetterModel } from '../../../letters/index.js'

// The case's chronology as a document an adviser or a Tribunal bundle expects: dated events, oldest first, then
// the documents, numbered. It is laid out by the letters' own PDF and Word renderers (a model of blocks), so it
// shares their fonts and accessibility. renderChronology is the one entry point: when the letter worker pool
// arrives, only its body moves to the pool.

export type ChronologyFormat = 'pdf' | 'docx'

export const CHRONOLOGY_MEDIA: Record<ChronologyFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

const KIND_WORDS: Record<string, string> = {
  meeting: 'Meeting',
  'phone-call': 'Phone call',
  email: 'Email',
  letter: 'Letter',
  report: 'Report',
  observation: 'Observation',
  other: 'Other',
}

function eventBlocks(c: Chronology): Block[] {
  if (c.events.length === 0) return [{ kind: 'paragraph', text: 'Nothing has been recorded yet.' }]
  return c.events.flatMap((event): Block[] => {
    const when = formatIsoDate(event.date)
    if (event.kind === 'milestone') return [{ kind: 'paragraph', text: `${when}: ${event.milestone.title}` }]
    const e = event.entry
    const lines = [`${when}: ${KIND_WORDS[e.kind] ?? e.kind}`]
    if (e.people) lines.push(`Who was there: ${e.people}`)
    lines.push(e.summary)
    if (e.promised) lines.push(`Promised: ${e.promised.what}${e.promised.by ? ` by ${formatIsoDate(e.promised.by)}` : ''}`)
    if (event.documentNumbers.length > 0) lines.push(`Documents: ${event.documentNumbers.join(', ')}`)
    return [{ kind: 'paragraph', text: lines.join('\n') }]
  })
}

export function chronologyModel(c: Chronology): LetterModel {
  const child = c.case.child
  const about = [child.dateOfBirth ? `Date of birth: ${formatIsoDate(child.dateOfBirth)}` : '', c.case.school ? `School or setting: ${c.case.school}` : ''].filter(Boolean)
  const documents: Block[] =
    c.documents.length === 0
      ? [{ kind: 'paragraph', text: 'No documents.' }]
      : [{ kind: 'list', items: c.documents.map((d) => `${d.number}. ${d.name} (added ${formatIsoDate(d.addedOn)})`) }]
  return {
    // The renderers read the type only for file names; a chronology is named by its own route.
    type: 'complaint',
    templateVersion: 1,
    title: `Chronology: ${child.name}`,
    sender: { name: child.name, lines: about },
    recipient: [],
    date: formatIsoDate(c.today),
    dateIso: c.today,
    subject: `Chronology of events for ${child.name}`,
    salutation: '',
    blocks: [{ kind: 'heading', text: 'Events' }, ...eventBlocks(c), { kind: 'heading', text: 'Documents' }, ...documents],
    signOff: { closing: '', name: '' },
    citations: [],
    nextSteps: { text: [] },
  }
}

/** The chronology as a PDF or a Word file. */
export function renderChronology(c: Chronology, format: ChronologyFormat): Promise<Buffer> {
  const model = chronologyModel(c)
  return format === 'pdf' ? renderPdf(model) : renderDocx(model)
}
