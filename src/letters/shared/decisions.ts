import { z } from 'zod'
import type { DecisionId } from '../../law/index.js'
import { optionalText } from './fields.js'

// The council decisions a family can appeal to the Tribunal, as letters name them. Ids are the
// engine's decision ids, so a plan link's ?decision= fills the letter's choice in.

export const APPEALABLE_DECISIONS = [
  'refuse-assessment',
  'refuse-reassessment',
  'refuse-plan',
  'plan-contents',
  'refuse-amend',
  'cease-plan',
] as const satisfies readonly DecisionId[]
export type AppealableDecision = (typeof APPEALABLE_DECISIONS)[number]

/** After "the council's decision": what it decided. */
export const DECISION_IN_A_LETTER: Record<AppealableDecision, string> = {
  'refuse-assessment': 'not to carry out an education, health and care (EHC) needs assessment',
  'refuse-reassessment': 'not to carry out a new EHC needs assessment',
  'refuse-plan': 'not to issue an EHC plan after the assessment',
  'plan-contents': 'on what the EHC plan says',
  'refuse-amend': 'not to amend the EHC plan',
  'cease-plan': 'to stop maintaining the EHC plan',
}

/** The form's choices: "What did the council decide?" */
export const DECISION_CHOICES = APPEALABLE_DECISIONS.map((value) => ({
  value,
  text: DECISION_IN_A_LETTER[value].replace(/^on what/, 'What').replace(/^./, (c) => c.toUpperCase()),
}))

export const decisionSchema = (message: string) => z.enum(APPEALABLE_DECISIONS, { error: message })
export const optionalDecision = (message: string) =>
  z.preprocess((v) => (v === '' ? undefined : v), decisionSchema(message).optional())
export const councilName = () => optionalText({ noun: 'the name of the council', max: 150 })

/**
 * "Liverpool City Council's decision not to issue an EHC plan", or as much of it as the family
 * gave: "the local authority's decision".
 */
export function theDecision(council: string | undefined, decision: AppealableDecision | undefined): string {
  const whose = council === undefined ? "the local authority's" : `${council}'s`
  return decision === undefined ? `${whose} decision` : `${whose} decision ${DECISION_IN_A_LETTER[decision]}`
}
