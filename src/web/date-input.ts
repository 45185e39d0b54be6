import { DATE_PARTS, type DatePart, type DateParts } from '../dates.js'

// The one date-input field's view model, for the journey's date questions and the letters' date
// fields alike (drawn by appDateInput in views/components/date-input.njk). The boxes show what was
// typed when the form comes back with an error, or the answer being changed.

export interface DateInput {
  /** The fieldset's id and the boxes' name prefix: the boxes are `${name}-day`, `${name}-month`, `${name}-year`. */
  id: string
  name: string
  legend: Record<string, unknown>
  hint?: { text: string } | undefined
  entered: DateParts
  /** The boxes to mark; a message without parts marks all three. */
  error?: { message: string; parts?: readonly DatePart[] | undefined } | undefined
  /** A date of birth: the browser may offer it. */
  birthday?: boolean
}

/** The error summary's link: the first box in error. */
export const dateErrorHref = (id: string, parts?: readonly DatePart[]) => `#${id}-${DATE_PARTS.find((p) => parts?.includes(p)) ?? 'day'}`

/** The GOV.UK date input macro's parameters. */
export function dateInputParams(d: DateInput): Record<string, unknown> {
  const marked = new Set(d.error ? (d.error.parts ?? DATE_PARTS) : [])
  return {
    id: d.id,
    namePrefix: d.name,
    fieldset: { legend: d.legend },
    ...(d.hint ? { hint: d.hint } : {}),
    ...(d.error ? { errorMessage: { text: d.error.message } } : {}),
    items: DATE_PARTS.map((part) => ({
      name: part,
      label: part.charAt(0).toUpperCase() + part.slice(1),
      value: d.entered[part],
      classes: `govuk-input--width-${part === 'year' ? 4 : 2}${marked.has(part) ? ' govuk-input--error' : ''}`,
      ...(d.birthday ? { autocomplete: `bday-${part}` } : {}),
    })),
  }
}
