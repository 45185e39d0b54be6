import type { Milestone, ProvisionalReason } from '../../../law/index.js'

// Why a date may still change, for the family.
const PROVISIONAL: Record<ProvisionalReason, string> = {
  'unconfirmed-bank-holidays': 'This date depends on bank holidays that have not been confirmed yet.',
  'certificate-due': 'This date will move when your mediation certificate arrives.',
  'certificate-overdue': 'This date will move when your mediation certificate arrives. It is late: ask for it now.',
  'mediation-not-concluded': 'This date will move when your mediation ends and you get your certificate.',
  'set-by-tribunal': 'The Tribunal will set this date.',
}

/** Why a milestone's date may still change, in a sentence; undefined when it is settled. */
export const provisionalText = (m: Milestone): string | undefined =>
  m.provisional ? PROVISIONAL[m.provisionalReason ?? 'unconfirmed-bank-holidays'] : undefined
