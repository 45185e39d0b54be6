import { DATE_PARTS, datePartName, countName, type FieldError, type FormState } from './form-data.js'
import { dateInputParams } from '../../date-input.js'
import { fieldId, itemPath, type Field, type LetterForm } from '../../../letters/index.js'

// The GOV.UK Frontend macro parameters for a letter's form. The template only calls macros:
// everything about ids, names, values and errors is decided here, where it can be tested.

export interface FieldView {
  macro: 'input' | 'textarea' | 'dateInput' | 'radios'
  params: Record<string, unknown>
}

export type SectionView =
  | { kind: 'fields'; heading: string; hint?: string; fields: FieldView[] }
  | {
      kind: 'group'
      heading: string
      hint?: string
      /** Items of several fields are fieldsets with a legend; single boxes are labelled "Document 2". */
      items: { id: string; legend?: string; fields: FieldView[] }[]
      countName: string
      count: number
      /** The "add another" button, while the group has room; it lands on the new item. */
      add?: { name: string; value: string; text: string; fragment: string }
    }

/** The id of a group's item: "issues-item-2". */
export const groupItemId = (group: string, index: number) => `${fieldId(group)}-item-${index}`

/** The button name that says what a form submission is for. */
export const ACTION = '_action'
export const addAction = (group: string) => `add:${group}`

const withOptional = (field: Field) => (field.optional ? `${field.label} (optional)` : field.label)

function fieldView(field: Field, path: string, state: FormState, errors: Map<string, FieldError>): FieldView {
  const id = fieldId(path)
  const error = errors.get(path)
  const errorMessage = error ? { text: error.message } : undefined
  const hint = field.hint === undefined ? undefined : { text: field.hint }
  const value = state.values[path] ?? ''
  // What every text-like GOV.UK field takes, whatever its kind.
  const textLike = () => ({ id, name: path, label: { text: withOptional(field), classes: 'govuk-label--s' }, hint, value, errorMessage })
  switch (field.kind) {
    case 'text':
    case 'number':
      return {
        macro: 'input',
        params: {
          ...textLike(),
          ...(field.kind === 'number'
            ? {
                inputmode: 'numeric',
                spellcheck: false,
                classes: 'govuk-input--width-3',
                ...(field.suffix ? { suffix: { text: field.suffix } } : {}),
              }
            : {
                type: field.type ?? 'text',
                ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
                ...(field.width ? { classes: field.width } : {}),
                ...(field.spellcheck === false || field.type ? { spellcheck: false } : {}),
              }),
        },
      }
    case 'textarea':
      return {
        macro: 'textarea',
        params: {
          ...textLike(),
          rows: field.rows ?? 5,
          ...(field.autocomplete ? { autocomplete: field.autocomplete } : {}),
        },
      }
    case 'date': {
      const entered = { day: '', month: '', year: '', ...Object.fromEntries(DATE_PARTS.map((part) => [part, state.values[datePartName(path, part)] ?? ''])) }
      const legend = { text: withOptional(field), classes: 'govuk-fieldset__legend--s' }
      const birthday = path.endsWith('dateOfBirth')
      return { macro: 'dateInput', params: dateInputParams({ id, name: path, legend, hint, entered, error, birthday }) }
    }
    case 'radios':
      return {
        macro: 'radios',
        params: {
          idPrefix: id,
          name: path,
          fieldset: { legend: { text: withOptional(field), classes: 'govuk-fieldset__legend--s' } },
          hint,
          errorMessage,
          ...(field.inline ? { classes: 'govuk-radios--inline' } : {}),
          items: field.items.map((item) => ({
            value: item.value,
            text: item.text,
            ...(item.hint ? { hint: { text: item.hint } } : {}),
            checked: value === item.value,
          })),
        },
      }
  }
}

/** Every section of the form, with values and errors in place. */
export function formSections(form: LetterForm, state: FormState, errorList: FieldError[]): SectionView[] {
  const errors = new Map(errorList.map((e) => [e.path, e]))
  return form.sections.map((section): SectionView => {
    if (section.kind === 'fields') {
      return {
        kind: 'fields',
        heading: section.heading,
        ...(section.hint ? { hint: section.hint } : {}),
        fields: section.fields.map((f) => fieldView(f, f.path, state, errors)),
      }
    }
    const count = state.counts[section.path] ?? section.shown
    return {
      kind: 'group',
      heading: section.heading,
      ...(section.hint ? { hint: section.hint } : {}),
      countName: countName(section.path),
      count,
      items: Array.from({ length: count }, (_, i) => {
        const legend = `${section.itemLegend} ${i + 1}`
        const fields = section.fields.map((f) => fieldView(f, itemPath(section.path, i, f.path), state, errors))
        const single = fields.length === 1 ? fields[0] : undefined
        if (single !== undefined) {
          single.params.label = { text: legend, classes: 'govuk-label--s' }
          return { id: groupItemId(section.path, i), fields }
        }
        return { id: groupItemId(section.path, i), legend, fields }
      }),
      ...(count < section.max
        ? {
            add: {
              name: ACTION,
              value: addAction(section.path),
              text: section.addText,
              fragment: groupItemId(section.path, count),
            },
          }
        : {}),
    }
  })
}

/** The GOV.UK error summary's list: each message linking to its field. */
export const errorSummary = (errors: FieldError[]) => errors.map((e) => ({ text: e.message, href: e.href }))
