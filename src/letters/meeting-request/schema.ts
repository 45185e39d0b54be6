import { z } from 'zod'
import { text, optionalText, common } from '../shared/fields.js'

export const MEETING_WITH = ['class teacher', 'SENCO', 'headteacher'] as const

export const meetingRequestSchema = z.strictObject({
  ...common,
  withRole: z.enum(MEETING_WITH, {
    error: 'Select who you want to meet: the class teacher, the SENCO or the headteacher',
  }),
  concerns: text({ noun: 'what you want to talk about', max: 3000, multiline: true }),
  suggestedTimes: optionalText({ noun: 'the days and times that suit you', max: 500, multiline: true }),
})

export type MeetingRequestFields = z.output<typeof meetingRequestSchema>
