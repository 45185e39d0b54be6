import { z } from 'zod'
import { COMPLAINT_REPLY_ASK } from '../shared/asks.js'
import { blankToUndefined, text, optionalText, common } from '../shared/fields.js'

export const complaintIssueSchema = z.strictObject(
  {
    what: text({ noun: 'what happened', max: 2000, multiline: true }),
    when: optionalText({ noun: 'when it happened', max: 200 }),
    wantedOutcome: text({ noun: 'what you want to happen', max: 1000, multiline: true }),
  },
  { error: 'Enter what happened and what you want to happen' },
)

export const complaintSchema = z.strictObject({
  ...common,
  issues: z
    .array(complaintIssueSchema, { error: 'Add at least one thing you are complaining about' })
    .min(1, 'Add at least one thing you are complaining about')
    .max(10, 'You can list up to 10 things you are complaining about. Put related things together'),
  alreadyTried: optionalText({ noun: 'what you have already tried', max: 2000, multiline: true }),
  respondWithinWorkingDays: z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : blankToUndefined(v)),
    z
      .int({ error: 'Enter the number of working days as a whole number, like 20' })
      .min(5, 'Give them at least 5 working days to reply')
      .max(40, 'Give them no more than 40 working days to reply')
      .default(COMPLAINT_REPLY_ASK.amount),
  ),
})

export type ComplaintFields = z.output<typeof complaintSchema>
