import { daysBetween, govukDateWithDay } from '../../../dates.js'
import { days, law, type PlanContext, type WarningView } from './plan-view.js'
import { deadlineSentence } from './urgency.js'

// The warnings at the top of a plan: deadlines close or passed, things others should have done by
// now, and information we do not have that would change the answer.

const LATE_CLAIM = { source: 'Equality Act 2010', ref: 'Sch 17 para 4', grade: 'P' }
const COMPLAINT_DECISIONS: readonly string[] = ['health-provision', 'social-care-provision']

function yourDeadlines({ request, timeline }: PlanContext): WarningView[] {
  const q = request.query
  const out: WarningView[] = []
  const mediationKnown = q.mediation !== undefined || q.certificateSentOn !== undefined || q.laInformedOn !== undefined
  for (const m of timeline.milestones) {
    if (m.actor !== 'you') continue
    if (m.id === 'contact-mediation-adviser-by' && mediationKnown) continue
    const date = govukDateWithDay(m.date)
    const gap = daysBetween(request.today, m.date)
    if (m.status === 'due-today') {
      out.push({ text: `Today is the last day: ${deadlineSentence(m)}.`, ...law(m.citations) })
    } else if (m.status === 'upcoming' && gap <= 14) {
      out.push({ text: `${days(gap)} left: ${deadlineSentence(m)}.`, ...law(m.citations) })
    } else if (m.status === 'passed') {
      if (m.id === 'appeal-deadline' && timeline.lateAppeal) {
        out.push({
          text: `The last day to appeal was ${date}. ${timeline.lateAppeal.explanation}`,
          ...law(timeline.lateAppeal.citations),
        })
      } else if (m.id === 'claim-deadline') {
        out.push({
          text: `The 6 months to make a disability discrimination claim ended on ${date}. The Tribunal can still decide to hear a late claim. If you want to claim, do it as soon as you can and explain why it is late.`,
          ...law([LATE_CLAIM]),
        })
      } else if (m.id === 'contact-mediation-adviser-by') {
        out.push({
          text: `The 2 months to contact the mediation adviser ended on ${date}. You can still contact them, and you can ask the Tribunal to let you appeal. Explain why you are late.`,
          ...law(m.citations),
        })
      } else if (m.id === 'ombudsman-complaint-by' || m.id === 'complaint-by') {
        out.push({
          text: `The usual 12 months to complain ended on ${date}. A late complaint can still be accepted if there is a good reason, so explain why it is late.`,
          ...law(m.citations),
        })
      }
    }
  }
  return out
}

function overdue({ request, timeline }: PlanContext): WarningView[] {
  const q = request.query
  const out: WarningView[] = []
  for (const m of timeline.milestones) {
    if (m.status !== 'passed') continue
    const date = govukDateWithDay(m.date)
    // A pending certificate has its own panel, with the chase letter.
    const certificate = m.id === 'certificate-due' || m.id === 'post-mediation-certificate-due'
    if (certificate && !q.certificateSentOn && !timeline.pendingCertificate) {
      out.push({
        text: `Your mediation certificate should have been sent by ${date}. If you do not have it, contact the mediation adviser and ask for it. You need it to appeal.`,
        ...law(m.citations),
      })
    }
    if (m.id === 'mediation-by' && !q.concludedOn) {
      out.push({
        text: `The mediation should have taken place by ${date}. If it has not, the mediation adviser must give you a certificate so that you can appeal.`,
        ...law(m.citations),
      })
    }
  }
  return out
}

function missing({ request, timeline }: PlanContext): string[] {
  const q = request.query
  const out: string[] = []
  if (timeline.appealable && timeline.mediationAdviceRequired) {
    if (q.mediation === undefined && q.certificateSentOn === undefined) {
      out.push(
        'You have not told us whether you have contacted the mediation adviser. When you do, your dates may change: the deadline to appeal can move to one month after the date on your certificate.',
      )
    } else if (q.certificateSentOn === undefined && !timeline.pendingCertificate) {
      out.push(
        'We do not know the date on your mediation certificate yet. When you get it, check this plan again: your deadline to appeal may move to one month after that date.',
      )
    }
    if (q.mediation === 'mediation' && q.laInformedOn === undefined && q.concludedOn === undefined) {
      out.push(
        'Tell us when the council was told you want mediation to see the date by which the mediation must take place.',
      )
    }
  }
  const decision = request.decision
  if (!q.actOn) {
    if (decision === 'disability-discrimination' || decision === 'exclusion') {
      out.push(
        'You have not told us the date it happened, so we cannot show the last day to make a disability discrimination claim.',
      )
    } else if (COMPLAINT_DECISIONS.includes(decision) || (decision === 'la-conduct' && !request.waitingFor)) {
      out.push('You have not told us when this happened, so we cannot show the last day to complain.')
    }
  }
  if (request.waitingFor === 'review-decision' && !q.reviewMeetingOn) {
    out.push(
      'You have not told us the date of the annual review meeting, so we cannot say when the council’s decision was due.',
    )
  } else if (request.waitingFor && request.waitingFor !== 'review-decision' && !q.requestReceivedOn) {
    out.push('You have not told us when the council got your request, so we cannot say when it had to act.')
  }
  if (timeline.milestones.some((m) => m.provisional && (m.provisionalReason ?? 'unconfirmed-bank-holidays') === 'unconfirmed-bank-holidays')) {
    out.push('Some dates depend on bank holidays that have not been confirmed yet. Check them again nearer the time.')
  }
  return out
}

/** An exclusion whose school days we cannot count: the area's term dates are not published that far. */
function schoolDaysUnknown({ request }: PlanContext): string[] {
  const why = request.schoolDaysUnknown
  return why ? [`${why}. The time limits for an exclusion review count school days, so act now rather than wait for the dates.`] : []
}

export function warnings(ctx: PlanContext): WarningView[] {
  const notes = [...schoolDaysUnknown(ctx), ...missing(ctx)]
  return [...yourDeadlines(ctx), ...overdue(ctx), ...notes.map((text) => ({ text, citations: [], law: '' }))]
}
