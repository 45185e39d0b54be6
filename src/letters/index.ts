import type { Temporal } from 'temporal-polyfill'
import type { z } from 'zod'
import { parseWithPlainMessages, problemsFromIssues } from '../api/problems.js'
import type { LetterModel } from './model.js'
import { renderDocx } from './render/docx.js'
import { renderHtml } from './render/html.js'
import { renderPdf } from './render/pdf.js'
import { letterSchemas, type LetterFields, type LetterType } from './schemas.js'
import { checkAgainstLetterDate, TEMPLATES, type Problem } from './templates.js'

// The only public surface of src/letters: validate a letter's fields, build its model from
// the templates and the law engine, and render it. Pure apart from reading font files once.

export * from './schemas.js'
export type { Block, LetterCitation, LetterModel } from './model.js'
export type { Problem } from './templates.js'
export { renderHtml, renderHtmlDocument, renderNextStepsHtml, escapeHtml } from './render/html.js'
export type { HtmlDocumentOptions, HtmlOptions } from './render/html.js'
export { LETTER_CSS } from './render/letter-css.js'
export { hasHiddenCharacters, withoutHiddenCharacters } from './characters.js'
export { renderDocx } from './render/docx.js'
export { renderPdf } from './render/pdf.js'
export { LetterPool, LettersBusyError, type LetterPoolOptions } from './pool/letter-pool.js'

export type BuildResult = { ok: true; model: LetterModel } | { ok: false; problems: Problem[] }

/** Zod issues as one problem per field, with the field's dot path and a message for the family. */
export const problemsFrom = (issues: readonly z.core.$ZodIssue[]): Problem[] =>
  problemsFromIssues(issues, {
    unknownField: (key) => `"${key}" is not something this letter asks for. Remove it`,
    notAnObject: 'Send the letter details as an object of fields',
    rootField: '',
  })

/**
 * Checks `input` against the letter type's schema and, when it is valid, builds the letter.
 * `today` is the date used when the input gives no letter date, and for date checks.
 */
export function buildLetter(type: LetterType, input: unknown, today: Temporal.PlainDate): BuildResult {
  const schema = letterSchemas[type] as z.ZodType<LetterFields>
  if (schema === undefined) {
    return { ok: false, problems: [{ field: 'type', message: `There is no letter called "${String(type)}"` }] }
  }
  const parsed = parseWithPlainMessages(schema, input)
  if (!parsed.success) return { ok: false, problems: problemsFrom(parsed.error.issues) }
  const problems = checkAgainstLetterDate(type, parsed.data, today)
  if (problems.length > 0) return { ok: false, problems }
  const template = TEMPLATES[type] as (fields: LetterFields, today: Temporal.PlainDate) => LetterModel
  return { ok: true, model: template(parsed.data, today) }
}

export type LetterFormat = 'docx' | 'pdf' | 'html'
export const LETTER_FORMATS: readonly LetterFormat[] = ['docx', 'pdf', 'html']

/** The content type and file extension of each format, for downloads. */
export const FORMAT_MEDIA: Record<LetterFormat, { contentType: string; extension: string }> = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
}

/** Renders a model: a Buffer for docx and pdf, an HTML fragment string for html. */
export function renderLetter(model: LetterModel, format: 'docx' | 'pdf'): Promise<Buffer>
export function renderLetter(model: LetterModel, format: 'html'): string
export function renderLetter(model: LetterModel, format: LetterFormat): Promise<Buffer> | string
export function renderLetter(model: LetterModel, format: LetterFormat): Promise<Buffer> | string {
  switch (format) {
    case 'docx':
      return renderDocx(model)
    case 'pdf':
      return renderPdf(model)
    case 'html':
      return renderHtml(model)
  }
}

/** A safe, plain ASCII file name for a download: sendpath-complaint-2026-11-27.docx. */
export function letterFilename(model: Pick<LetterModel, 'type' | 'dateIso'>, format: LetterFormat): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '').toLowerCase()
  return `sendpath-${safe(model.type)}-${safe(model.dateIso)}.${FORMAT_MEDIA[format].extension}`
}
export * from './forms.js'
