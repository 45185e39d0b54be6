import { z } from 'zod'
import { optionalText, optionalBoolean, common } from '../shared/fields.js'

export const RECORDS_HELD_BY = ['school', 'local authority'] as const

export const recordsRequestSchema = z.strictObject({
  ...common,
  recordsHeldBy: z.enum(RECORDS_HELD_BY, {
    error: 'Select whether the school or the local authority holds the records',
  }),
  whatRecords: optionalText({ noun: 'which records you want', max: 2000, multiline: true }),
  requesterIsYoungPerson: optionalBoolean('Select yes if the records are about you'),
})

export type RecordsRequestFields = z.output<typeof recordsRequestSchema>
