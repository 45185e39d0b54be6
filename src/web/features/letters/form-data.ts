import { findArea } from '../../../content/areas.js'
import type { Content } from '../../../content/load-content.js'
import { hasHiddenCharacters, type LetterType, type Problem } from '../../../letters/index.js'
import { checkDateParts, DATE_PARTS, isBlankDate, isIsoDate, isoToParts, type DatePart, type DateParts } from '../../../dates.js'
import {
  fieldId,
  fieldsOf,
  itemPath,
  LETTER_FORMS,
  type DateField,
  type Field,
  type Group,
  type LetterForm,
} from '../../../letters/index.js'

// Between the HTML form and the letter's JSON fields. Nothing is stored on the server: the form
// posts everything each time, and the preview carries it in hidden fields for the downloads.
// Values are kept exactly as typed (only the schema trims), so a form shown again after an
// error, or for changes, shows what the person wrote.

/** What a form holds: each value by its form name, and how many items each group shows. */
export interface FormState {
  values: Record<string, string>
  counts: Record<string, number>
}

export interface FieldError {
  /** The field's dot path, after any renumbering of groups: "issues.2.what". */
  path: string
  message: string
  /** Where the error summary links: the field's id, or a date's first part in error. */
  href: string
  /** For dates: the parts in error (all of them when the whole date is wrong). */
  parts?: DatePart[]
}

export { DATE_PARTS, type DatePart }

/** Form names are dot paths; a date's parts add "-day", "-month", "-year". */
export const datePartName = (path: string, part: DatePart) => `${path}-${part}`
const COUNT_PREFIX = '_count.'
export const countName = (group: string) => `${COUNT_PREFIX}${group}`

/** Values longer than this are cut when read, whatever the form says (the schemas allow at most 4,000). */
const MAX_VALUE_LENGTH = 10_000

const firstString = (value: unknown): string | undefined => {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v.slice(0, MAX_VALUE_LENGTH) : undefined
}

export const formFor = (type: LetterType): LetterForm => LETTER_FORMS[type]

const groupsOf = (form: LetterForm) => form.sections.filter((s): s is Group => s.kind === 'group')

/** The names one field uses in the form. */
const namesOf = (field: Field, path: string) =>
  field.kind === 'date' ? DATE_PARTS.map((part) => datePartName(path, part)) : [path]

/** A form as first shown: initial values only. */
export function emptyState(form: LetterForm): FormState {
  const counts = Object.fromEntries(groupsOf(form).map((g) => [g.path, g.shown]))
  const values: Record<string, string> = {}
  for (const { field, path } of fieldsOf(form, counts)) {
    if (field.kind === 'number') values[path] = field.initial
  }
  return { values, counts }
}

/** Reads a posted form (or the preview's hidden fields). Unknown names are ignored. */
export function stateFromBody(form: LetterForm, body: Record<string, unknown>): FormState {
  const counts: Record<string, number> = {}
  for (const group of groupsOf(form)) {
    const asked = Number.parseInt(firstString(body[countName(group.path)]) ?? '', 10)
    // Items posted beyond the count (a stale page) still count, up to the most the group allows.
    let highest = 0
    const prefix = `${group.path}.`
    for (const name of Object.keys(body)) {
      if (!name.startsWith(prefix)) continue
      const index = Number.parseInt(name.slice(prefix.length), 10)
      if (Number.isInteger(index) && index >= 0 && index < group.max) highest = Math.max(highest, index + 1)
    }
    counts[group.path] = Math.min(group.max, Math.max(group.shown, Number.isInteger(asked) ? asked : 0, highest))
  }
  const values: Record<string, string> = {}
  for (const { field, path } of fieldsOf(form, counts)) {
    for (const name of namesOf(field, path)) {
      const value = firstString(body[name])
      if (value !== undefined) values[name] = value
    }
  }
  return { values, counts }
}

/** One more item in a group, when it has room. */
export function addItem(form: LetterForm, state: FormState, group: string): FormState {
  const g = groupsOf(form).find((x) => x.path === group)
  if (g === undefined) return state
  const counts = { ...state.counts, [group]: Math.min(g.max, (state.counts[group] ?? g.shown) + 1) }
  return { ...state, counts }
}

/** Every value and count as hidden fields, for the preview's download and change buttons. */
export function hiddenFields(state: FormState): { name: string; value: string }[] {
  return [
    ...Object.entries(state.counts).map(([group, n]) => ({ name: countName(group), value: String(n) })),
    ...Object.entries(state.values).map(([name, value]) => ({ name, value })),
  ]
}

// ---------------------------------------------------------------------------------------------
// Prefilling from a link: /letters/mediation-reply?decisionDate=2026-10-26&area=liverpool

/** Who to write to, from the area's directory, for the letters that go to a service it lists. */
function recipientFromArea(type: LetterType, content: Pick<Content, 'areas'>, area: string | undefined) {
  const lookup = findArea(content, area)
  if (!lookup.known) return undefined
  const a = lookup.area
  const organisation =
    type === 'assessment-request' || type === 'chase-late-decision'
      ? a.senTeam.name
      : type === 'mediation-reply' || type === 'chase-certificate'
        ? a.mediation.name
        : type === 'disagreement-resolution-request'
          ? a.disagreementResolution.name
          : undefined
  return { area: a, organisation }
}

export interface Prefill {
  state: FormState
  /** The area whose directory filled in the recipient, to say so on the page. */
  filledFrom?: { areaName: string; organisation: string }
  /** The area the link named, for hints such as the council's complaints team. */
  area?: ReturnType<typeof findArea>['area']
}

/**
 * Fills the form from query parameters named like the fields ("decisionDate", "sender.name",
 * "limit"), ISO dates into the date parts, and the recipient from ?area= where the directory
 * knows the service. Values that could not be right (a choice that is not offered, a date that
 * is not YYYY-MM-DD) are left out rather than shown.
 */
export function prefillFromQuery(
  form: LetterForm,
  query: Record<string, unknown>,
  content: Pick<Content, 'areas'> & Partial<Pick<Content, 'national'>>,
): Prefill {
  const state = emptyState(form)
  // The late appeal always goes to the Tribunal: its name from the national directory, whatever the area.
  const tribunal = form.type === 'late-appeal' ? content.national?.find((s) => s.id === 'send-tribunal') : undefined
  if (tribunal) state.values['recipient.organisation'] = tribunal.name
  const set = (field: Field, path: string, raw: string) => {
    const value = raw.trim()
    if (value === '') return
    if (field.kind === 'date') {
      // Into the boxes the way the journey fills them back in when an answer is changed.
      if (!isIsoDate(value)) return
      const parts = isoToParts(value)
      for (const part of DATE_PARTS) state.values[datePartName(path, part)] = parts[part]
    } else if (field.kind === 'radios') {
      if (field.items.some((item) => item.value === value)) state.values[path] = value
    } else if (!hasHiddenCharacters(raw)) {
      // A link may carry text, but never a hidden control or direction override into the form.
      state.values[path] = raw
    }
  }
  const found = recipientFromArea(form.type, content, firstString(query.area))
  let filledFrom: Prefill['filledFrom']
  if (found?.organisation !== undefined) {
    state.values['recipient.organisation'] = found.organisation
    filledFrom = { areaName: found.area.name, organisation: found.organisation }
  }
  // Letters that name the council's decision start with the area's council; a link may change it.
  if (found && form.sections.some((s) => s.kind === 'fields' && s.fields.some((f) => f.path === 'council'))) {
    state.values.council = found.area.localAuthority
  }
  for (const { field, path } of fieldsOf(form, state.counts)) {
    const raw = firstString(query[path])
    if (raw !== undefined) set(field, path, raw)
  }
  if (filledFrom && state.values['recipient.organisation'] !== filledFrom.organisation) filledFrom = undefined
  return { state, ...(filledFrom ? { filledFrom } : {}), ...(found ? { area: found.area } : {}) }
}

// ---------------------------------------------------------------------------------------------
// From the form to the letter's fields, and the letter's problems back to the form

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target
  for (const key of path.slice(0, -1)) {
    const next = (node[key] ??= {}) as Record<string, unknown>
    node = next
  }
  node[path.at(-1)!] = value
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** A GOV.UK date input's parts as YYYY-MM-DD, or the problem with them: the journey's own date check. */
function readDate(field: DateField, path: string, values: Record<string, string>): { iso?: string; error?: Omit<FieldError, 'href'> } {
  const part = (p: DatePart) => values[datePartName(path, p)] ?? ''
  const entered: DateParts = { day: part('day'), month: part('month'), year: part('year') }
  // An empty date is left to the letter's schema, which knows whether it is optional.
  if (isBlankDate(entered)) return {}
  const checked = checkDateParts(entered, { subject: capitalise(field.noun) })
  return checked.ok ? { iso: checked.iso } : { error: { path, message: checked.message, parts: checked.parts } }
}

export interface Conversion {
  /** The letter's fields, for buildLetter. */
  input: Record<string, unknown>
  /** Problems the form finds itself (dates typed in parts). */
  errors: FieldError[]
  /** For each group, the form item that each item of the letter's list came from (blank items are left out). */
  itemIndex: Record<string, number[]>
}

/** Builds the letter's JSON fields from the form. Blank items in a group are left out, and so is an empty group. */
export function toLetterInput(form: LetterForm, state: FormState): Conversion {
  const input: Record<string, unknown> = {}
  const errors: FieldError[] = []
  const itemIndex: Record<string, number[]> = {}

  const read = (field: Field, path: string): unknown => {
    if (field.kind === 'date') {
      const { iso, error } = readDate(field, path, state.values)
      if (error) errors.push({ ...error, href: `#${fieldId(datePartName(path, error.parts?.[0] ?? 'day'))}` })
      return iso
    }
    const value = state.values[path]
    if (field.kind === 'radios') {
      if (value === undefined || value === '') return undefined
      if (field.boolean) return value === 'yes' ? true : value === 'no' ? false : value
      return value
    }
    return value ?? ''
  }

  for (const section of form.sections) {
    if (section.kind === 'fields') {
      for (const field of section.fields) {
        const value = read(field, field.path)
        if (value !== undefined) setPath(input, field.path.split('.'), value)
      }
      continue
    }
    const n = state.counts[section.path] ?? section.shown
    const items: unknown[] = []
    const from: number[] = []
    for (let i = 0; i < n; i++) {
      const blank = section.fields.every((field) =>
        namesOf(field, itemPath(section.path, i, field.path)).every((name) => (state.values[name] ?? '').trim() === ''),
      )
      if (blank) continue
      if (section.fields.length === 1 && section.fields[0]!.path === '') {
        items.push(read(section.fields[0]!, itemPath(section.path, i, '')))
      } else {
        const item: Record<string, unknown> = {}
        for (const field of section.fields) {
          const value = read(field, itemPath(section.path, i, field.path))
          if (value !== undefined) item[field.path] = value
        }
        items.push(item)
      }
      from.push(i)
    }
    // An empty list is left out, so an optional one (a mediation certificate needs no issues) is simply not given.
    if (items.length > 0) input[section.path] = items
    itemIndex[section.path] = from
  }
  return { input, errors, itemIndex }
}

/**
 * The letter's problems as form errors, in the order of the form: each with the field's path
 * in the form (group items renumbered back to the boxes they were typed in) and the id the
 * error summary links to. Problems the form found itself come first for their field.
 */
export function formErrors(
  form: LetterForm,
  state: FormState,
  conversion: Conversion,
  problems: Problem[],
): FieldError[] {
  const fields = fieldsOf(form, state.counts)
  const byPath = new Map(fields.map((f) => [f.path, f.field]))
  const groups = groupsOf(form)
  const errors = new Map<string, FieldError>()
  for (const e of conversion.errors) errors.set(e.path, e)

  const hrefFor = (path: string): string => {
    const field = byPath.get(path)
    if (field?.kind === 'date') return `#${fieldId(datePartName(path, 'day'))}`
    return `#${fieldId(path)}`
  }

  for (const problem of problems) {
    let path = problem.field
    const group = groups.find((g) => path === g.path || path.startsWith(`${g.path}.`))
    if (group !== undefined) {
      const rest = path.slice(group.path.length + 1).split('.')
      const index = Number.parseInt(rest[0] ?? '', 10)
      if (path === group.path || !Number.isInteger(index)) {
        // About the list as a whole ("add at least one"): shown on the first box.
        path = itemPath(group.path, 0, group.fields[0]!.path)
      } else {
        const formIndex = conversion.itemIndex[group.path]?.[index] ?? index
        path = itemPath(group.path, formIndex, rest.slice(1).join('.'))
        if (!byPath.has(path)) path = itemPath(group.path, formIndex, group.fields[0]!.path)
      }
    }
    if (!byPath.has(path)) path = fields[0]!.path
    if (errors.has(path)) continue
    // The schema's messages speak of YYYY-MM-DD for the API; the form asks for day, month and year.
    const message = problem.message.replace(/ in the form YYYY-MM-DD/g, '')
    errors.set(path, { path, message, href: hrefFor(path) })
  }
  const order = new Map(fields.map((f, i) => [f.path, i]))
  return [...errors.values()].sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0))
}
