import { optionsFor, walk, type Answers, type AnswerValue } from './engine.js'
import { JOURNEY, type Journey, type Question } from './journey.js'

// Every way through the journey, for tests and checks: at each question, each answer it offers
// (for dates, one date that fits the story). Pure; used by the tests of the journey and the plan.

/** Dates that make one consistent story, in the order things happen, up to `EXAMPLE_TODAY`. */
export const EXAMPLE_TODAY = '2026-11-27'
export const EXAMPLE_DATES: Record<string, string> = {
  requestReceivedOn: '2026-06-01',
  actOn: '2026-10-01',
  reviewMeetingOn: '2026-10-01',
  noticeSentOn: '2026-10-26',
  adviserInformedOn: '2026-11-02',
  laInformedOn: '2026-11-02',
  concludedOn: '2026-11-20',
  certificateSentOn: '2026-11-23',
  // The plan's later life, an appeal already made, travel and exclusion reviews.
  planMadeOn: '2025-11-20',
  lastReviewOn: '2025-11-20',
  amendmentNoticeSentOn: '2026-10-26',
  draftPlanServedOn: '2026-10-26',
  transferOn: '2027-09-01',
  boardDecisionNoticeOn: '2026-10-20',
  lodgedOn: '2026-11-02',
  registeredOn: '2026-11-16',
  hearingOn: '2027-02-15',
  unopposedOn: '2026-11-20',
  orderSentOn: '2026-10-26',
  stage1RequestedOn: '2026-11-02',
  stage1DecisionOn: '2026-11-20',
  stage2RequestedOn: '2026-11-23',
}

function choices(q: Question, accepted: Answers, journey: Journey): AnswerValue[] {
  if (q.kind === 'date') {
    const date = EXAMPLE_DATES[q.name]
    if (!date) throw new Error(`no example date for ${q.name}`)
    return [date]
  }
  const values = optionsFor(q, accepted, journey).map((o) => o.value)
  return q.kind === 'radios' ? values : [...values.map((v) => [v]), values]
}

export interface JourneyPath {
  /** The valid answers at the end. */
  answers: Answers
  /** The questions asked, in order (not those answered for the family). */
  asked: string[]
}

/** Walks every branch from the first question to the check answers page. */
export function allJourneyPaths(journey: Journey = JOURNEY, today: string = EXAMPLE_TODAY): JourneyPath[] {
  const paths: JourneyPath[] = []
  const visit = (answers: Answers) => {
    const w = walk(answers, today, journey)
    if (!w.stoppedAt) {
      paths.push({ answers: w.accepted, asked: w.steps.filter((s) => !s.auto).map((s) => s.question.id) })
      return
    }
    const q = w.stoppedAt.question
    const options = choices(q, w.accepted, journey)
    if (options.length === 0) throw new Error(`question ${q.id} offers nothing after ${JSON.stringify(w.accepted)}`)
    for (const value of options) visit({ ...w.accepted, [q.name]: value })
  }
  visit({})
  return paths
}
