import { checkDateParts, type DateParts, type DateRules } from '../../../dates.js'
import type { Problem } from '../../../cases/index.js'

// Small helpers the case forms share: reading form bodies, the GOV.UK date input, and turning the case
// library's problems (named by API field, such as "child.name") into the error summary and field messages.

export type Body = Record<string, unknown> | undefined

/** A text field from a urlencoded or multipart body, trimmed; '' when missing or not text. */
export const field = (body: Body, name: string): string => {
  const v = body?.[name]
  return typeof v === 'string' ? v.trim() : ''
}

/** The date input's three boxes, named `${prefix}-day` and so on. */
export const dateParts = (body: Body, prefix: string): DateParts => ({
  day: field(body, `${prefix}-day`),
  month: field(body, `${prefix}-month`),
  year: field(body, `${prefix}-year`),
})

export interface FieldErrors {
  /** For the error summary: each links to its field. */
  list: { text: string; href: string }[]
  /** For each field's own message. */
  byField: Record<string, { text: string }>
}

export const noErrors = (): FieldErrors => ({ list: [], byField: {} })

export function addError(errors: FieldErrors, id: string, text: string): void {
  if (errors.byField[id]) return
  errors.byField[id] = { text }
  errors.list.push({ text, href: `#${id}` })
}

/** The library's problems on the page: `fields` maps an API field to the form field's id. */
export function addProblems(errors: FieldErrors, problems: readonly Problem[], fields: Record<string, string>, fallback: string): void {
  for (const p of problems) addError(errors, fields[p.field] ?? fallback, p.message)
}

/**
 * An optional date typed into the date input: undefined when all boxes are empty, else the ISO date, or
 * an error on the form (the first box is the one the summary links to).
 */
export function optionalDate(body: Body, prefix: string, rules: DateRules, errors: FieldErrors): string | undefined {
  const parts = dateParts(body, prefix)
  if (!parts.day && !parts.month && !parts.year) return undefined
  return requiredDate(body, prefix, rules, errors)
}

export function requiredDate(body: Body, prefix: string, rules: DateRules, errors: FieldErrors): string | undefined {
  const checked = checkDateParts(dateParts(body, prefix), rules)
  if (checked.ok) return checked.iso
  addError(errors, `${prefix}-${checked.parts[0] ?? 'day'}`, checked.message)
  // The date input marks its own boxes; the error message sits on the whole group.
  errors.byField[prefix] = { text: checked.message }
  return undefined
}
