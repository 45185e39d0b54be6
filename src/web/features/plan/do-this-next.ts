import { isLetterType } from '../../../letters/index.js'
import { daysBetween, govukDateWithDay } from '../../../dates.js'
import { days, withQuery, type DoThisNextView, type PlanContext, type RouteView, type StillWaitingView } from './plan-view.js'
import { daysLeft, routeDeadline } from './urgency.js'
import { lifecycleNext } from './lifecycle-next.js'

// "Do this next": the one most urgent action at the top of the plan, with its date in words, the
// letter that does it, and (in the template) the local SENDIASS phone number.

// The chase letter for a late certificate; until the letters part of sendpath has it, the list of letters.
const CHASE_CERTIFICATE = 'chase-certificate'
// The letter asking the Tribunal for more time, once the letters part of sendpath has it.
const LATE_APPEAL = 'late-appeal'
/** The chase letter, filled in with what the plan knows: why the certificate is due, since when, and the decision. */
export function chaseCertificateHref(ctx: PlanContext): string {
  if (!isLetterType(CHASE_CERTIFICATE)) return '/letters'
  const q = ctx.request.query
  const after = q.concludedOn !== undefined
  const told = q.mediation === 'certificate-only' ? q.adviserInformedOn : undefined
  return withQuery(`/letters/${CHASE_CERTIFICATE}`, {
    reason: after ? 'after-mediation' : told !== undefined ? 'no-mediation' : undefined,
    since: after ? q.concludedOn : told,
    decision: q.decision,
    decisionDate: q.noticeSentOn,
    area: ctx.areaParam,
  })
}

/** The late-appeal letter, with the decision, its date and any certificate's date. */
const lateAppealHref = (ctx: PlanContext): string => {
  const q = ctx.request.query
  return withQuery(`/letters/${LATE_APPEAL}`, {
    decision: q.decision,
    decisionDate: q.noticeSentOn,
    certificateDate: q.certificateSentOn,
    area: ctx.areaParam,
  })
}

export function doThisNext(ctx: PlanContext, routes: readonly RouteView[], waiting: StillWaitingView | undefined): DoThisNextView | undefined {
  const { request, timeline } = ctx
  const pending = timeline.pendingCertificate
  if (pending?.chaseCertificate) {
    const due = pending.expectedOn
    const late = due ? daysBetween(due, request.today) : 0
    return {
      action: 'Ask the mediation adviser for your certificate',
      ...(due ? { when: `It was due by ${govukDateWithDay(due)}${late > 0 ? ` (${days(late)} ago)` : ''}. You need it to appeal.` } : {}),
      letter: { href: chaseCertificateHref(ctx), text: 'Write to chase your certificate' },
    }
  }
  const later = lifecycleNext(ctx)
  if (later) return later
  const appeal = ctx.milestone('appeal-deadline')
  if (timeline.lateAppeal && appeal) {
    return {
      action: 'Appeal now, and ask the Tribunal to accept it late',
      when: `The last day was ${govukDateWithDay(appeal.date)}. Explain why you are late.`,
      ...(isLetterType(LATE_APPEAL) ? { letter: { href: lateAppealHref(ctx), text: 'Write to ask for more time' } } : {}),
    }
  }
  const first = waiting?.items[0]
  if (waiting && first) {
    return { action: 'Chase the council in writing', when: `${first.sentence} ${first.lateness}`, letter: first.chaseLetter }
  }
  // The routes come most urgent first.
  const route = routes[0]
  if (!route) return undefined
  const m = routeDeadline(route.id, ctx)
  return {
    action: route.title,
    ...(m ? { when: `Do it by ${govukDateWithDay(m.date)} (${daysLeft(request.today, m.date)}).` } : {}),
    ...(route.letter ? { letter: route.letter } : {}),
  }
}
