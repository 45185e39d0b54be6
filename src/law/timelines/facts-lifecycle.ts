import { fromIso } from '../calendar/day-number.js'
import { TRIBUNAL_ORDERS } from './milestones-tribunal.js'
import { checkDate, type Problem } from './check-date.js'
import type { TimelineFacts } from './timeline-facts.js'

const TRANSFER_KINDS = ['secondary-to-post-16', 'other', 'post-16-other']
const DISCRIMINATORS = ['school', 'college', 'local authority']

/** The checks for the later stages of a plan, the Tribunal, exclusions and travel that dates alone cannot express. */
export function checkLifecycle(problems: Problem[], facts: TimelineFacts) {
  const t = facts.ehc?.transfer
  if (t !== undefined) {
    if (!TRANSFER_KINDS.includes(t.kind)) problems.push({ field: 'ehc.transfer.kind', message: `Use one of: ${TRANSFER_KINDS.join(', ')}` })
    if (t.year !== undefined && !(Number.isInteger(t.year) && t.year >= 2015 && t.year <= 2099)) {
      problems.push({ field: 'ehc.transfer.year', message: 'The year of the move must be a whole year from 2015' })
    }
    if (t.kind === 'post-16-other' && t.on === undefined) problems.push({ field: 'ehc.transfer.on', message: 'Enter the date of the move to the new college' })
    if (t.kind !== 'post-16-other' && t.year === undefined && t.on === undefined) problems.push({ field: 'ehc.transfer.year', message: 'Enter the year of the move' })
  }
  const tr = facts.tribunal
  if (tr?.order !== undefined) {
    if (!(TRIBUNAL_ORDERS as readonly string[]).includes(tr.order)) problems.push({ field: 'tribunal.order', message: `Say what the Tribunal ordered: one of ${TRIBUNAL_ORDERS.join(', ')}` })
    if (tr.orderMadeOn === undefined && tr.orderSentOn === undefined) problems.push({ field: 'tribunal.orderSentOn', message: "Enter the date the Tribunal's order was sent" })
  }
  if (facts.discriminationBy !== undefined) {
    if (!DISCRIMINATORS.includes(facts.discriminationBy)) problems.push({ field: 'discriminationBy', message: `Use one of: ${DISCRIMINATORS.join(', ')}` })
    else if (facts.decision !== 'disability-discrimination') problems.push({ field: 'discriminationBy', message: 'Only say who discriminated for the decision "disability-discrimination"' })
  }
  const ex = facts.exclusion
  if (ex !== undefined) {
    const terms = ex.termDates ?? []
    terms.forEach((term, i) => {
      const from = checkDate(problems, `exclusion.termDates.${i}.from`, 'The first day of the term', term.from)
      const to = checkDate(problems, `exclusion.termDates.${i}.to`, 'The last day of the term', term.to)
      if (from !== undefined && to !== undefined && to < from) problems.push({ field: `exclusion.termDates.${i}.to`, message: 'A term cannot end before it starts' })
    })
    ;(ex.closedDays ?? []).forEach((d, i) => checkDate(problems, `exclusion.closedDays.${i}`, 'A day the school is closed', d))
    const counting = ex.boardNotifiedOn ?? ex.boardDecisionNoticeOn ?? ex.applicationPostedOn ?? ex.applicationDeliveredOn
    if (counting !== undefined && terms.length === 0) {
      problems.push({ field: 'exclusion.termDates', message: "Give the school's term dates, so that school days can be counted" })
    }
    if (ex.applicationPostedOn !== undefined && ex.applicationDeliveredOn !== undefined && fromIso(ex.applicationPostedOn) !== undefined) {
      problems.push({ field: 'exclusion.applicationDeliveredOn', message: 'Give either the date you posted the application or the date you delivered it, not both' })
    }
  }
}
