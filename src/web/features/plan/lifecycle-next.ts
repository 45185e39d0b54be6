import type { Milestone } from '../../../law/index.js'
import { daysBetween } from '../../../dates.js'
import { days, on, withQuery, type DoThisNextView, type PlanContext } from './plan-view.js'
import { daysLeft } from './urgency.js'

// "Do this next" for the plan's later life (issue 10): a Tribunal order or an unopposed appeal,
// proposed changes to a plan, a move to a new school, an annual review and an appeal waiting for
// the Tribunal. Each says what to do with the engine's date, and offers the letter that does it.
// The routes of these situations are the council's general ones, so the route alone cannot say.

/** What the council must do by each limit of an order, after "The council had to". */
const ORDER_STEPS: Record<string, string> = {
  'assessment-notice-due': 'confirm it will carry out the assessment',
  'final-plan-due': 'send the final EHC plan',
  'draft-plan-due': 'send the draft EHC plan',
  'amended-plan-due': 'send the amended EHC plan',
  'plan-continues': 'keep the EHC plan in place',
}

const isPassed = (m: Milestone) => m.status === 'passed'

function tribunalOrder(ctx: PlanContext): DoThisNextView | undefined {
  const { request } = ctx
  const q = request.query
  const limits = request.timeline.milestones.filter((m) => /^(order|unopposed)-/.test(m.id) && !m.id.endsWith('no-plan-notice-due'))
  const first = limits[0]
  if (!first) return undefined
  const basis = first.id.startsWith('order-') ? 'order' : 'unopposed'
  const step = (m: Milestone) => ORDER_STEPS[m.id.slice(basis.length + 1)] ?? m.title.toLowerCase()
  const late = limits.filter(isPassed).at(-1)
  if (!late) {
    return { action: 'Check the council carries out the Tribunal’s decision', when: `The council must ${step(first)} by ${on(first)} (${daysLeft(request.today, first.date)}).` }
  }
  const startedOn = basis === 'order' ? (q.orderMadeOn ?? q.orderSentOn) : q.unopposedOn
  return {
    action: 'Write to the council: it has not done what the Tribunal decided',
    when: `The council had to ${step(late)} by ${on(late)} (${days(daysBetween(late.date, request.today))} ago).`,
    letter: {
      href: withQuery('/letters/chase-tribunal-order', { basis, order: basis === 'order' ? q.order : undefined, startedOn, area: ctx.areaParam }),
      text: 'Write to chase the council',
    },
  }
}

function proposedChanges(ctx: PlanContext): DoThisNextView | undefined {
  const { request, milestone } = ctx
  const q = request.query
  const reply = milestone('amendment-response-by')
  if (!reply) return undefined
  if (!isPassed(reply)) {
    return {
      action: 'Reply to the proposed changes to the EHC plan',
      when: `Do it by ${on(reply)} (${daysLeft(request.today, reply.date)}). Say what you disagree with and which school or college you want named.`,
      letter: { href: withQuery('/letters/amendment-response', { amendmentNoticeSentOn: q.amendmentNoticeSentOn, area: ctx.areaParam }), text: 'Write your reply' },
    }
  }
  const limits = [milestone('amended-plan-due'), milestone('amended-plan-overall-due')].filter((m): m is Milestone => m !== undefined)
  const late = limits.filter(isPassed)[0]
  if (late) {
    return {
      action: 'Chase the final amended EHC plan',
      when: `It was due by ${on(late)} (${days(daysBetween(late.date, request.today))} ago).`,
      letter: {
        href: withQuery('/letters/chase-amended-plan', { amendmentNoticeSentOn: q.amendmentNoticeSentOn, reviewMeetingOn: q.reviewMeetingOn, area: ctx.areaParam }),
        text: 'Write to chase the amended plan',
      },
    }
  }
  const next = limits[0]
  return next ? { action: 'Wait for the final amended EHC plan', when: `The council must send it by ${on(next)} (${daysLeft(request.today, next.date)}).` } : undefined
}

function reviewOrMove(ctx: PlanContext): DoThisNextView | undefined {
  const { request, milestone } = ctx
  const q = request.query
  const letter = {
    href: withQuery('/letters/early-review', { lastReviewOn: q.lastReviewOn ?? q.planMadeOn, area: ctx.areaParam }),
    text: 'Write to ask for a review',
  }
  const move = milestone('phase-transfer-review-by')
  if (move) {
    return isPassed(move)
      ? { action: 'Ask the council to review the EHC plan and name the new school or college now', when: `It had to do this by ${on(move)}.`, letter }
      : {
          action: 'Make sure the council reviews the EHC plan and names the new school or college',
          when: `The council must do this by ${on(move)} (${daysLeft(request.today, move.date)}).`,
          letter,
        }
  }
  const review = milestone('review-due')
  if (!review) return undefined
  return {
    action: 'Get ready for the annual review, or ask for it early if things have changed',
    when: `The council must review the plan by ${on(review)}${isPassed(review) ? '' : ` (${daysLeft(request.today, review.date)})`}.`,
    letter: { href: letter.href, text: 'Write to ask for an early review' },
  }
}

const TRIBUNAL_STEPS = ['tribunal-registration-expected', 'la-response-due', 'hearing']

function appealLodged(ctx: PlanContext): DoThisNextView | undefined {
  if (ctx.request.query.lodgedOn === undefined) return undefined
  const next = TRIBUNAL_STEPS.map(ctx.milestone).find((m): m is Milestone => m !== undefined && !isPassed(m))
  if (!next) return undefined
  return {
    action: 'Follow the Tribunal’s timetable and get your evidence ready',
    when: `Next: ${next.title.replace(/ \(estimate\)$/, '')}, ${next.provisional ? 'expected around' : 'on'} ${on(next)}.`,
  }
}

/** The most urgent step of the plan's later life, when the family is at one of those moments. */
export const lifecycleNext = (ctx: PlanContext): DoThisNextView | undefined =>
  tribunalOrder(ctx) ?? proposedChanges(ctx) ?? appealLodged(ctx) ?? reviewOrMove(ctx)

/** What a route's letter is filled in with, for the letters of exclusions and travel. */
export function lifecycleLetterParams(path: string, q: PlanContext['request']['query']): Record<string, string | undefined> {
  switch (path) {
    case '/letters/exclusion-review-panel':
      return { excludedOn: q.actOn, boardDecisionNoticeOn: q.boardDecisionNoticeOn }
    case '/letters/transport-review':
      return { decisionDate: q.noticeSentOn }
    default:
      return {}
  }
}
