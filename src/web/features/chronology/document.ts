import type { Chronology } from '../../../cases/index.js'
import { formatIsoDate } from '../../../law/index.js'
import { LettersBusyError, type Block, type LetterModel, type LetterPool } from '../../../letters/index.js'
import { KIND_NAMES } from '../cases/diary.js'

// The case's chronology as a document an adviser or a Tribunal bundle expects: dated events, oldest first, then
// the documents, numbered. It is laid out by the letters' own PDF and Word renderers (a model of blocks), so it
// shares their fonts and accessibility, and it is drawn by the letter worker pool, never on the event loop. Both
// the case pages and the API use renderChronology.

export type ChronologyFormat = 'pdf' | 'docx'

export const CHRONOLOGY_MEDIA: Record<ChronologyFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

function eventBlocks(c: Chronology): Block[] {
  if (c.events.length === 0) return [{ kind: 'paragraph', text: 'Nothing has been recorded yet.' }]
  return c.events.flatMap((event): Block[] => {
    const when = formatIsoDate(event.date)
    if (event.kind === 'milestone') return [{ kind: 'paragraph', text: `${when}: ${event.milestone.title}` }]
    const e = event.entry
    const lines = [`${when}: ${KIND_NAMES[e.kind]}`]
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

/**
 * The chronology as a PDF or a Word file, drawn by a letter worker. Undefined when every worker is busy and the
 * queue is full: the caller asks the family, or the client, to try again in a minute.
 */
export async function renderChronology(pool: LetterPool, c: Chronology, format: ChronologyFormat): Promise<Buffer | undefined> {
  try {
    const { bytes } = await pool.render(chronologyModel(c), format)
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  } catch (error) {
    if (error instanceof LettersBusyError) return undefined
    throw error
  }
}
