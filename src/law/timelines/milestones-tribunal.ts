import { cite, type Citation } from '../citations.js'
import { kind, type MilestoneKind } from './milestones.js'

// After an appeal is lodged: the Tribunal's stages, then carrying out what it decided
// (HESC Rules 2008; SEND Regs 2014 regs 44-45; SI 2015/359; SI 2017/1306; reference §9.2 L6-L9).

const ESTIMATE = 'The Tribunal sets this date in its letters; until then this is an estimate from advice services.'

export const TRIBUNAL_MILESTONES = {
  lodged: kind('tribunal-lodged', 'Appeal sent to the Tribunal', 'you', 'The day you sent your appeal to the Tribunal.', [cite('HESC Rules 2008', 'r20(1)', 'P')]),
  registrationExpected: kind(
    'tribunal-registration-expected',
    'Tribunal registers the appeal (estimate)',
    'Tribunal',
    `The Tribunal aims to register an appeal within about 10 working days, not counting 25 December to 1 January or August. Its registration letter gives the other dates. ${ESTIMATE}`,
    [cite('HESC Rules 2008', 'r12(3)(b)', 'P', 'Counting rule read from a mirror; the 10 working days are the Tribunal\'s aim reported by SENDIASS services, not a rule')],
  ),
  registered: kind('tribunal-registered', 'Appeal registered', 'Tribunal', 'The date on the Tribunal\'s registration letter. Check it for your evidence and attendance form deadlines.', [
    cite('HESC Rules 2008', 'r21', 'P', 'Read as made (2008) at legislation.gov.uk: the response is due within the time the Schedule sets or, failing that, 21 days after the authority received the appeal; the Schedule and later amendments not read'),
  ]),
  responseDue: kind(
    'la-response-due',
    "Local authority's response to the appeal due (estimate)",
    'local authority',
    `The local authority must send its response by the date in the registration letter, usually 30 working days after registration, not counting 25 December to 1 January or August. ${ESTIMATE}`,
    [
      cite('HESC Rules 2008', 'r21', 'P', 'Read as made (2008) at legislation.gov.uk: the response is due within the time the Schedule sets or, failing that, 21 days after the authority received the appeal; the Schedule and later amendments not read; the 30 working days are the Tribunal\'s usual direction reported by IPSEA and SENDIASS services (reference §9.2 L6)'),
      cite('HESC Rules 2008', 'r12(3)(b)', 'P', 'Read from a mirror of the rule text'),
    ],
  ),
  hearing: kind('hearing', 'Tribunal hearing', 'Tribunal', 'The date the Tribunal set for the hearing. Bring your witnesses, if the Tribunal agreed to them on your attendance form.', [
    cite('HESC Rules 2008', 'r12(4)', 'P', 'A date the Tribunal sets is not recounted'),
  ]),
  hearingExpected: kind(
    'hearing',
    'Tribunal hearing (estimate)',
    'Tribunal',
    `The Tribunal aims to hear an appeal about 12 weeks after registering it; many hearings are now later. ${ESTIMATE}`,
    [cite('HESC Rules 2008', 'r12(4)', 'S', 'Hearing aim of about 12 weeks from IPSEA and SENDIASS services, not a rule (reference §9.2 L6)')],
  ),
  decisionSent: kind('tribunal-decision-sent', "Tribunal's decision sent", 'Tribunal', 'The date the Tribunal sent its decision. The time limits for carrying it out and for asking to appeal count from here.', [
    cite('HESC Rules 2008', 'r41', 'P-part', 'Read from a mirror of the rule as amended in 2013, as far as (2)(a): a decision notice is sent as soon as reasonably practicable after a final decision; the rest not read'),
  ]),
  permissionToAppealBy: kind(
    'permission-to-appeal-by',
    'Last day to ask for permission to appeal to the Upper Tribunal',
    'you',
    'If the Tribunal made a mistake about the law, you can ask it for permission to appeal within 28 days of it sending its decision with reasons. 25 December to 1 January and August are not counted, and a weekend or bank holiday moves the date to the next working day.',
    [
      cite('HESC Rules 2008', 'r46', 'U', 'Rule text not read; a Tribunal decision notice copied on a third-party site gives 28 days from the latest of the dates written reasons, amended reasons or a refused set-aside are sent (reference §9.2 L6)'),
      cite('HESC Rules 2008', 'r12(3)(b)', 'P', 'Read from a mirror of the rule text'),
      cite('HESC Rules 2008', 'r12(2)', 'P', 'Read from a mirror of the rule text'),
    ],
  ),
  recommendationsResponseDue: kind(
    'recommendations-response-due',
    'Reply to the Tribunal\'s health and social care recommendations due',
    'health body or local authority',
    'The health body or local authority must reply to you in writing within 5 weeks of the recommendations, saying what it will do, with reasons if it will not follow them.',
    [cite('SI 2017/1306', 'regs 6-7', 'S', 'Regulation text not read; the explanatory note, read only as far as reg 6(2), has reg 6 sending the recommendations to the health body or council; 5 weeks from IPSEA and solicitors\' pages (reference §2.13, §9.2 L9)')],
  ),
} as const

/** What the Tribunal ordered, or what an unopposed appeal was about (SEND Regs regs 44(2), 45). */
export const TRIBUNAL_ORDERS = ['assess', 'make-plan', 'amend-plan', 'name-school', 'continue-plan', 'cease-plan'] as const
export type TribunalOrder = (typeof TRIBUNAL_ORDERS)[number]

const REG_44: Citation = cite('SEND Regs 2014', 'reg 44(2)', 'S', 'Regulation text read from a third-party copy only; paragraphs for naming a school and amending from GOV.UK leaflet SEND18')
const REG_45: Citation = cite('SI 2015/359', 'reg 8', 'P')
const REG_45_REST: Citation = cite('SEND Regs 2014', 'reg 45(5)-(7)', 'S', 'Substituted paragraphs after (4) not read; from SENDIASS pages')

/** One kind per time limit, for an order (ids `order-...`, reg 44) or an unopposed appeal (`unopposed-...`, reg 45). */
function pair(suffix: string, title: string, actor: 'local authority', explanation: string, order: Citation, unopposed: Citation): { order: MilestoneKind; unopposed: MilestoneKind } {
  return {
    order: kind(`order-${suffix}`, title, actor, `${explanation} The time counts from the date of the Tribunal's order.`, [order]),
    unopposed: kind(`unopposed-${suffix}`, title, actor, `${explanation} The time counts from the day the local authority told the Tribunal it would not oppose the appeal.`, [unopposed]),
  }
}

export const ORDER_MILESTONES = {
  assessmentNotice: pair('assessment-notice-due', 'Local authority must confirm it will assess', 'local authority', 'The local authority must tell you within 2 weeks that it will carry out the assessment or re-assessment.', REG_44, REG_45),
  noPlanNotice: pair('no-plan-notice-due', 'Notice if no plan will be issued', 'local authority', 'If, after assessing, the local authority decides a plan is not needed, it must tell you, with reasons, within 10 weeks.', REG_44, REG_45),
  finalPlanAfterAssessment: pair('final-plan-due', 'Final EHC plan due', 'local authority', 'If, after assessing, the local authority decides a plan is needed, it must send the final plan within 14 weeks.', REG_44, REG_45),
  draftPlan: pair('draft-plan-due', 'Draft EHC plan due', 'local authority', 'The local authority must send a draft plan within 5 weeks.', REG_44, REG_45_REST),
  finalPlanAfterDraft: pair('final-plan-due', 'Final EHC plan due', 'local authority', 'The local authority must send the final plan within 11 weeks.', REG_44, REG_45_REST),
  amendedPlan: pair('amended-plan-due', 'Amended plan due', 'local authority', 'The local authority must issue the amended plan within 5 weeks.', REG_44, REG_45),
  schoolNamed: pair('amended-plan-due', 'Amended plan naming the school due', 'local authority', 'The local authority must issue the plan naming the school or type of school within 2 weeks.', REG_44, REG_45_REST),
  planContinues: pair('plan-continues', 'The plan continues', 'local authority', 'The local authority must keep the plan in place from now on.', REG_44, REG_45_REST),
  planCeases: pair('plan-ceases', 'The plan ends', 'local authority', 'The Tribunal agreed with the decision to stop the plan, so the local authority stops it straight away.', REG_44, REG_45_REST),
} as const
