import { printable } from '../characters.js'
import type { Block, LetterModel } from '../model.js'
import { LETTER_CSS } from './letter-css.js'

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

export interface HtmlOptions {
  /**
   * The level of the letter's subject heading: 1 where the letter is the page (print, download),
   * 2 inside a page that has its own h1 (the preview). The letter's own headings are one below.
   */
  headingLevel?: 1 | 2
}

function block(b: Block, level: number): string {
  switch (b.kind) {
    case 'heading':
      return `<h${level + 1} class="govuk-heading-m" dir="auto">${inline(b.text)}</h${level + 1}>`
    case 'paragraph':
      return `<p class="govuk-body" dir="auto">${inline(b.text)}</p>`
    case 'list':
      return `<ul class="govuk-list govuk-list--bullet">${b.items.map(item).join('')}</ul>`
  }
}

/** The letter as it will be sent: addresses, date, subject, body and sign-off. */
export function renderHtml(model: LetterModel, { headingLevel = 1 }: HtmlOptions = {}): string {
  const parts = [
    `<div class="sendpath-letter" lang="en-GB">`,
    `<p class="govuk-body sendpath-letter__sender">${lines([model.sender.name, ...model.sender.lines])}</p>`,
    `<p class="govuk-body sendpath-letter__recipient">${lines(model.recipient)}</p>`,
    `<p class="govuk-body sendpath-letter__date">` +
      `<time datetime="${escapeHtml(model.dateIso)}">${escapeHtml(model.date)}</time></p>`,
  ]
  if (model.reference !== undefined) parts.push(`<p class="govuk-body" dir="auto">${inline(model.reference)}</p>`)
  parts.push(
    `<h${headingLevel} class="govuk-heading-l" dir="auto">${inline(model.subject)}</h${headingLevel}>`,
    `<p class="govuk-body" dir="auto">${inline(model.salutation)}</p>`,
    ...model.blocks.map((b) => block(b, headingLevel)),
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

export interface HtmlDocumentOptions {
  /** A stylesheet to link to, such as "/letters/letter.css". Without one, LETTER_CSS goes inline. */
  stylesheetHref?: string
  /** The Content-Security-Policy nonce for the inline stylesheet. */
  nonce?: string
  /** A note above the letter for the screen only, such as how to print. Plain text. */
  screenNote?: string
}

/** A complete HTML document of the letter alone, for printing or saving: nothing from the page around it. */
export function renderHtmlDocument(model: LetterModel, options: HtmlDocumentOptions = {}): string {
  const style =
    options.stylesheetHref !== undefined
      ? `<link rel="stylesheet" href="${escapeHtml(options.stylesheetHref)}">`
      : `<style${options.nonce === undefined ? '' : ` nonce="${escapeHtml(options.nonce)}"`}>${LETTER_CSS}</style>`
  const note =
    options.screenNote === undefined
      ? ''
      : `<p class="sendpath-letter-page__note">${escapeHtml(printable(options.screenNote))}</p>\n`
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(printable(model.title))}</title>`,
    style,
    '</head>',
    '<body class="sendpath-letter-page">',
    `<main>\n${note}${renderHtml(model)}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
