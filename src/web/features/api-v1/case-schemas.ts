import { z } from 'zod'
import { timelineResponseSchema } from '../../../api/schemas.js'
import { DOCUMENT_TYPES } from '../../../cases/index.js'
import { ENTRY_KINDS as ENTRY_KINDS_LIST } from '../../../store/schema.js'

// What the case routes send back, as zod schemas for the OpenAPI document. The request schemas are the case
// layer's own (src/cases/schemas.ts), the very ones the routes validate with.

const instant = z.number().int().meta({ description: 'Epoch milliseconds' })
const date = z.string().meta({ format: 'date' })

export const caseSchema = z
  .object({
    id: z.string().meta({ format: 'uuid' }),
    child: z.object({ name: z.string(), dateOfBirth: date.optional() }),
    area: z.string(),
    school: z.string().optional(),
    hasPlan: z.boolean().optional(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Case' })

const entryFields = {
  version: z.int().meta({ description: '1 when written, one more at each change' }),
  date,
  kind: z.enum(ENTRY_KINDS_LIST),
  summary: z.string(),
  people: z.string().optional(),
  promised: z.object({ what: z.string(), by: date.optional() }).optional(),
}

export const entryOutSchema = z.object({ id: z.string().meta({ format: 'uuid' }), ...entryFields, createdAt: instant, updatedAt: instant }).meta({ id: 'Entry' })
export const entryVersionSchema = z.object({ ...entryFields, editedBy: z.string().meta({ description: 'The user id of who wrote this version' }), editedAt: instant }).meta({ id: 'EntryVersion' })

export const caseMilestoneSchema = timelineResponseSchema.shape.milestones.element
  .extend({ decisionId: z.string().meta({ format: 'uuid' }) })
  .meta({ id: 'CaseMilestone' })

export const documentInfoSchema = z
  .object({ id: z.string().meta({ format: 'uuid' }), name: z.string(), type: z.enum(Object.keys(DOCUMENT_TYPES) as [string, ...string[]]), size: z.int(), entryId: z.string().nullable(), createdAt: instant })
  .meta({ id: 'Document' })

export const decisionCreatedSchema = z.object({ id: z.string().meta({ format: 'uuid' }), timeline: timelineResponseSchema }).meta({ id: 'DecisionCreated' })
