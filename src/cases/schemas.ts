import { z } from 'zod'
import { isoDate } from '../dates.js'
import { ENTRY_KINDS } from '../store/schema.js'
import { LIMITS } from './limits.js'

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${label[0]!.toUpperCase()}${label.slice(1)} must be ${max.toLocaleString('en-GB')} characters or fewer` })

export const areaId = z.string({ error: 'area must be an area id such as liverpool' }).regex(/^[a-z0-9-]{1,64}$/, { error: 'area must be an area id such as liverpool' })

export const newCaseSchema = z
  .strictObject({
    child: z.strictObject({
      name: text("the child or young person's name", LIMITS.childName),
      dateOfBirth: isoDate('child.dateOfBirth').optional(),
    }),
    area: areaId,
    school: text('the school or setting', LIMITS.school).optional(),
    hasPlan: z.boolean({ error: 'hasPlan must be true or false' }).optional(),
  })
  .meta({ id: 'NewCase' })
export type NewCase = z.infer<typeof newCaseSchema>

export const entrySchema = z
  .strictObject({
    date: isoDate('date'),
    kind: z.enum(ENTRY_KINDS, { error: `kind must be one of: ${ENTRY_KINDS.join(', ')}` }),
    summary: text('what was said or agreed', LIMITS.summary),
    people: text('who was there', LIMITS.people).optional(),
    promised: z
      .strictObject({
        what: text('what was promised', LIMITS.promisedWhat),
        by: isoDate('promised.by').optional(),
      })
      .optional(),
  })
  .meta({ id: 'NewEntry' })
export type NewEntry = z.infer<typeof entrySchema>

/** A change to an entry: any of its fields; null removes an optional one. */
export const entryPatchSchema = z
  .strictObject({
    date: entrySchema.shape.date.optional(),
    kind: entrySchema.shape.kind.optional(),
    summary: entrySchema.shape.summary.optional(),
    people: entrySchema.shape.people.unwrap().nullable().optional(),
    promised: entrySchema.shape.promised.unwrap().nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { error: 'Give at least one field to change' })
  .meta({ id: 'EntryPatch' })
export type EntryPatch = z.infer<typeof entryPatchSchema>
