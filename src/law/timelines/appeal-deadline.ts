import { cite } from '../citations.js'
import { civil, dayNumber, type DayNumber } from '../calendar/day-number.js'
import { firstWorkingDayAfter, onOrNextWorkingDay } from '../calendar/working-days.js'
import { addMonths } from '../periods/periods.js'

export const APPEAL_DEADLINE_CITATIONS = [
  cite('HESC Rules 2008', 'r20(1)(c)', 'P'),
  cite('HESC Rules 2008', 'r12(3)(a)', 'P', 'Read from a mirror of the rule text'),
  cite('HESC Rules 2008', 'r12(2)', 'P', 'Read from a mirror of the rule text'),
]

export interface AppealDeadline {
  /** The later of the two limits, before any move for holidays. */
  rawEnd: DayNumber
  /** The last day for the Tribunal to receive the appeal. */
  lastDay: DayNumber
  /** Which limit gave the raw end. */
  from: 'notice' | 'certificate'
  /** Which rule moved the raw end, if any. */
  moved?: 'christmas' | 'august' | 'non-working-day'
}

/**
 * The SEN appeal time limit, step by step as in reference §0:
 * 2 months after the notice was sent, or 1 month from the certificate's issue if later (r20(1)(c));
 * an end from 25 December to 1 January, or in August, moves to the first working day after
 * 1 January or 31 August (r12(3)(a), SEN cases only); otherwise a non-working day moves to the
 * next working day (r12(2)).
 */
export function appealDeadline(noticeSentOn: DayNumber, certificateIssuedOn?: DayNumber): AppealDeadline {
  const fromNotice = addMonths(noticeSentOn, 2)
  const fromCertificate = certificateIssuedOn === undefined ? undefined : addMonths(certificateIssuedOn, 1)
  const useCertificate = fromCertificate !== undefined && fromCertificate > fromNotice
  const rawEnd = useCertificate ? fromCertificate : fromNotice
  const from = useCertificate ? 'certificate' : 'notice'
  const { year, month, day } = civil(rawEnd)
  if (month === 12 && day >= 25) {
    return { rawEnd, from, lastDay: firstWorkingDayAfter(dayNumber(year + 1, 1, 1)), moved: 'christmas' }
  }
  if (month === 1 && day === 1) {
    return { rawEnd, from, lastDay: firstWorkingDayAfter(rawEnd), moved: 'christmas' }
  }
  if (month === 8) return { rawEnd, from, lastDay: firstWorkingDayAfter(dayNumber(year, 8, 31)), moved: 'august' }
  const lastDay = onOrNextWorkingDay(rawEnd)
  return lastDay === rawEnd ? { rawEnd, from, lastDay } : { rawEnd, from, lastDay, moved: 'non-working-day' }
}
