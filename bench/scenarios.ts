import { APPEAL_ABOUT, DECISION_IDS, type AppealAbout, type TimelineFacts } from '../src/law/index.js'

// A deterministic mix of timeline inputs across every decision, month ends, holidays and mediation paths.
export function mixedScenarios(count: number, seed = 42): TimelineFacts[] {
  let state = seed
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
  const iso = (offsetDays: number, base = Date.UTC(2015, 0, 1)) => new Date(base + offsetDays * 86_400_000).toISOString().slice(0, 10)
  const out: TimelineFacts[] = []
  for (let i = 0; i < count; i++) {
    const decision = pick(DECISION_IDS)
    const noticeDay = Math.floor(rand() * 4000)
    const facts: TimelineFacts = { decision, today: iso(noticeDay + 200) }
    if (['refuse-assessment', 'refuse-reassessment', 'refuse-plan', 'plan-contents', 'refuse-amend', 'cease-plan', 'transport'].includes(decision)) {
      facts.noticeSentOn = iso(noticeDay)
      if (decision === 'plan-contents') facts.appealAbout = [pick(APPEAL_ABOUT), 'needs' as AppealAbout].filter((v, j, a) => a.indexOf(v) === j)
      const path = rand()
      if (decision === 'transport') {
        // A travel decision has no mediation.
      } else if (path < 0.3) facts.mediation = { choice: 'certificate-only', adviserInformedOn: iso(noticeDay + 20), certificateSentOn: iso(noticeDay + 25) }
      else if (path < 0.6) facts.mediation = { choice: 'mediation', laInformedOn: iso(noticeDay + 15), concludedOn: iso(noticeDay + 40) }
    } else {
      facts.actOn = iso(noticeDay)
    }
    if (rand() < 0.2) facts.ehc = { requestReceivedOn: iso(noticeDay - 100), reviewMeetingOn: iso(noticeDay - 10) }
    out.push(facts)
  }
  return out
}
