import type { z } from 'zod'

// The one place zod's own wording becomes plain sentences. Schemas give their own messages where
// they can; anything they leave to zod ("Too big: expected array to have <=4 items") is written
// here instead, and every list of problems has one entry per field.

export interface Problem {
  field: string
  message: string
}

type RawIssue = z.core.$ZodRawIssue

/** zod's type names as a person would say them. */
const KINDS: Record<string, string> = {
  object: 'a set of fields in braces, { }',
  array: 'a list in square brackets, [ ]',
  string: 'text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
}

const plural = (n: number | bigint, one: string, many: string) => `${n} ${Number(n) === 1 ? one : many}`

/** The field as the sentence names it: "appealAbout", or "The request body" for the whole. */
const nameOf = (path: readonly PropertyKey[] | undefined) => (path && path.length > 0 ? path.map(String).join('.') : 'The request body')

/**
 * A plain sentence for an issue the schema gave no message for. Used as zod's per-parse error
 * map, so a schema's own message always wins.
 */
export function plainMessage(issue: RawIssue): string {
  const name = nameOf(issue.path)
  switch (issue.code) {
    case 'invalid_type': {
      const kind = KINDS[issue.expected] ?? issue.expected
      if (issue.input === undefined) return `${name} is missing: give ${kind}`
      if (issue.input === null) return `${name} cannot be null: give ${kind}, or leave it out`
      return `${name} must be ${kind}`
    }
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return `${name} can have at most ${plural(issue.maximum, 'item', 'items')}`
      if (issue.origin === 'string') return `${name} must be ${plural(issue.maximum, 'character', 'characters')} or fewer`
      return `${name} must be ${String(issue.maximum)} or less`
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return `${name} must have at least ${plural(issue.minimum, 'item', 'items')}`
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${name} cannot be empty` : `${name} must be at least ${plural(issue.minimum, 'character', 'characters')}`
      return `${name} must be ${String(issue.minimum)} or more`
    case 'invalid_value':
      return `${name} must be one of: ${issue.values.map(String).join(', ')}`
    case 'invalid_format':
      return `${name} is not written in the right form`
    case 'unrecognized_keys':
      return `${name} has fields this request does not take: ${issue.keys.join(', ')}`
    default:
      return `${name} is not valid`
  }
}

export interface ProblemWording {
  /** What to say about a field the schema does not know. */
  unknownField: (key: string) => string
  /** What to say when the body is not an object at all. */
  notAnObject: string
  /** The field name for a problem with the whole input: "(body)" on the API. */
  rootField: string
}

const API_WORDING: ProblemWording = {
  unknownField: (key) => `"${key}" is not a field this request takes. Remove it`,
  notAnObject: 'Send a JSON object of fields, in braces { }',
  rootField: '(body)',
}

/** Parses with the plain wording for anything the schema leaves to zod. */
export const parseWithPlainMessages = <T extends z.ZodType>(schema: T, input: unknown) => schema.safeParse(input, { error: plainMessage })

/** zod's issues as problems: one per field (the first found), each unknown field named. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], wording: ProblemWording = API_WORDING): Problem[] {
  const problems: Problem[] = []
  const seen = new Set<string>()
  const add = (path: readonly PropertyKey[], message: string) => {
    const field = path.length > 0 ? path.map(String).join('.') : wording.rootField
    if (seen.has(field)) return
    seen.add(field)
    problems.push({ field, message })
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...issue.path, key], wording.unknownField(key))
    } else if (issue.path.length === 0 && issue.code === 'invalid_type') {
      add([], wording.notAnObject)
    } else {
      add(issue.path, issue.message)
    }
  }
  return problems
}

/** "There is 1 more problem", "There are 2 more problems". */
export const moreProblems = (n: number) => (n === 1 ? 'There is 1 more problem' : `There are ${n} more problems`)

/** One sentence for a list of problems, for the API's `error` and the CLI. */
export function summariseProblems(problems: readonly Problem[]): string {
  const first = problems[0]
  if (!first) return 'The request is not valid.'
  const named = first.field === '(body)' || first.message.startsWith(first.field)
  const sentence = `${named ? '' : `${first.field}: `}${first.message}.`
  return problems.length === 1 ? sentence : `${sentence} ${moreProblems(problems.length - 1)}: see details.`
}
