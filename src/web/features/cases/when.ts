import { Temporal } from 'temporal-polyfill'
import { govukDate } from '../../../dates.js'

/** An instant as people read it in England: "1 December 2026 at 4:05pm". */
export function when(epochMs: number): string {
  const t = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO('Europe/London')
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12
  return `${govukDate(t.toPlainDate().toString())} at ${hour}:${String(t.minute).padStart(2, '0')}${t.hour < 12 ? 'am' : 'pm'}`
}
