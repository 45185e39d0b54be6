import { printable } from '../characters.js'
import type { Block, LetterModel } from '../model.js'

// An HTML fragment for previewing a letter inside a GOV.UK Frontend page. Every string from
// the model is escaped, so nothing the family typed can become markup. dir="auto" lets a
// paragraph written in Arabic or Hebrew run right to left, as it does in the PDF.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)

/** Escaped text with its line breaks kept. */
const inline = (s: string) => printable(s).split('\n').map(escapeHtml).join('<br>')

/** Address lines: each isolated, so a line in Arabic or Hebrew runs right to left on its own. */
const lines = (items: string[]) => items.map((line) => `<bdi>${escapeHtml(printable(line))}</bdi>`).join('<br>')

const item = (text: string) => `<li dir="auto">${inline(text)}</li>`

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h2 class="govuk-heading-m" dir="auto">${inline(b.text)}</h2>`
    case 'paragraph':
      return `<p class="govuk-body" dir="auto">${inline(b.text)}</p>`
    case 'list':
      return `<ul class="govuk-list govuk-list--bullet">${b.items.map(item).join('')}</ul>`
  }
}

/** The letter as it will be sent: addresses, date, subject, body and sign-off. */
export function renderHtml(model: LetterModel): string {
  const parts = [
    `<div class="sendpath-letter" lang="en-GB">`,
    `<p class="govuk-body sendpath-letter__sender">${lines([model.sender.name, ...model.sender.lines])}</p>`,
    `<p class="govuk-body sendpath-letter__recipient">${lines(model.recipient)}</p>`,
    `<p class="govuk-body sendpath-letter__date">` +
      `<time datetime="${escapeHtml(model.dateIso)}">${escapeHtml(model.date)}</time></p>`,
  ]
  if (model.reference !== undefined) parts.push(`<p class="govuk-body" dir="auto">${inline(model.reference)}</p>`)
  parts.push(
    `<h1 class="govuk-heading-l" dir="auto">${inline(model.subject)}</h1>`,
    `<p class="govuk-body" dir="auto">${inline(model.salutation)}</p>`,
    ...model.blocks.map(block),
    `<p class="govuk-body">${escapeHtml(model.signOff.closing)}</p>`,
    `<p class="govuk-body" dir="auto">${inline(model.signOff.name)}</p>`,
    `</div>`,
  )
  return parts.join('\n')
}

/** What the family should expect and do next: for the page around the letter, never the letter itself. */
export function renderNextStepsHtml(model: LetterModel): string {
  return [
    `<h2 class="govuk-heading-m">What happens next</h2>`,
    `<ul class="govuk-list govuk-list--bullet">`,
    ...model.nextSteps.text.map(item),
    `</ul>`,
  ].join('\n')
}
