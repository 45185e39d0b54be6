import { cite, type Citation } from '../citations.js'
import { MEDIATION_ADVICE_CITATIONS, type AppealAbout, type DecisionId, isAppealable, isMediationAdviceRequired } from '../decisions/decisions.js'

export const ROUTE_IDS = [
  'talk-to-school',
  'talk-to-sen-team',
  'request-assessment',
  'complaint',
  'ombudsman',
  'health-service-ombudsman',
  'health-social-care-complaint',
  'disagreement-resolution',
  'mediation-advice',
  'mediation',
  'tribunal-appeal',
  'health-social-care-recommendations',
  'disability-discrimination-claim',
  'exclusion-review',
  'social-care-complaint',
  'transport-review',
  'county-court-claim',
] as const
export type RouteId = (typeof ROUTE_IDS)[number]

export interface Route {
  id: RouteId
  title: string
  summary: string
  citations: Citation[]
}

const CoP = (ref: string, grade: 'S' | 'U' = 'S', note?: string) => cite('SEND Code of Practice 2015', ref, grade, note)

export const ROUTES: Record<RouteId, Route> = {
  'talk-to-school': {
    id: 'talk-to-school',
    title: 'Talk to the school or setting',
    summary:
      "Ask to meet your child's teacher, the special educational needs coordinator (SENCO) or the headteacher. Say what worries you and what you think would help. Keep notes of what is agreed.",
    citations: [CoP('11.1'), CoP('11.3')],
  },
  'talk-to-sen-team': {
    id: 'talk-to-sen-team',
    title: "Talk to the local authority's SEN team",
    summary:
      'Ask the SEN team to explain the decision and what evidence it used. Many disagreements are settled by talking, and you keep all your other rights while you do.',
    citations: [CoP('11.3'), CoP('11.4')],
  },
  'request-assessment': {
    id: 'request-assessment',
    title: 'Ask for an EHC needs assessment',
    summary:
      'If your child needs more help than the school can give, you (or a young person aged 16 to 25) can ask the local authority to assess their needs. It must decide within 6 weeks, and a refusal can be appealed.',
    citations: [
      cite('CFA 2014', 's.36(1)', 'U', 'Section text not in the reference; right to request widely documented'),
      cite('SEND Regs 2014', 'reg 5(1)', 'P'),
    ],
  },
  complaint: {
    id: 'complaint',
    title: 'Make a complaint',
    summary:
      "Use the school's, college's or council's complaints procedure. Put it in writing, use the word 'complaint', list each issue and say what you want to happen.",
    citations: [
      cite('Education Act 2002', 's.29', 'S'),
      CoP('11.67-11.111', 'S', 'Sub-paragraph allocation not verified'),
    ],
  },
  ombudsman: {
    id: 'ombudsman',
    title: 'Complain to the Local Government and Social Care Ombudsman',
    summary:
      "If the council's own complaints procedure does not put things right, the Ombudsman can investigate. Complain in writing within 12 months of first knowing about the problem. The Ombudsman cannot usually look at something you could appeal to the Tribunal.",
    citations: [cite('LGA 1974', 's.26B', 'P'), cite('LGA 1974', 's.26(6)(a)', 'P')],
  },
  'health-service-ombudsman': {
    id: 'health-service-ombudsman',
    title: 'Complain to the Parliamentary and Health Service Ombudsman',
    summary:
      "If the NHS complaints procedure does not put things right, the Parliamentary and Health Service Ombudsman can look at complaints about NHS bodies. Complain in writing within a year of the day you first knew about the problem; the Ombudsman can accept a later complaint if it thinks that reasonable.",
    citations: [cite('HSCA 1993', 's.9(4)', 'P', 'Read as enacted; later amendments not checked')],
  },
  'health-social-care-complaint': {
    id: 'health-social-care-complaint',
    title: 'Complain to the NHS body or the council about health or social care',
    summary:
      'Use the NHS or council social care complaints procedure. Complain within 12 months of the problem, or of when you found out about it.',
    citations: [cite('SI 2009/309', 'reg 12', 'S', 'Regulation text not read; 12 months as a council procedure sets it out')],
  },
  'disagreement-resolution': {
    id: 'disagreement-resolution',
    title: 'Use disagreement resolution',
    summary:
      'An independent person helps you and the school, college, council or health body find an answer you all accept. It is free, voluntary and works for all children with SEN, with or without an EHC plan.',
    citations: [CoP('11.6-11.10')],
  },
  'mediation-advice': {
    id: 'mediation-advice',
    title: 'Get mediation advice and a certificate',
    summary:
      'Before you can appeal you must contact the mediation adviser named in the decision letter, within 2 months of the letter. Tell them you want to appeal and whether you want mediation. You do not have to mediate, but you need their certificate to appeal.',
    citations: MEDIATION_ADVICE_CITATIONS,
  },
  mediation: {
    id: 'mediation',
    title: 'Go to mediation',
    summary:
      'An independent mediator meets you and the local authority (and health or social care if needed) to try to agree. It is free and confidential. The meeting must take place within 30 days of the local authority being told you want it.',
    citations: [
      cite('CFA 2014', 'ss.53-54', 'U', 'Section text not read'),
      cite('SEND Regs 2014', 'regs 34-39', 'U', 'Regulation numbers not checked (reference §8.6)'),
      CoP('11.13-11.38'),
    ],
  },
  'tribunal-appeal': {
    id: 'tribunal-appeal',
    title: 'Appeal to the First-tier Tribunal (SEND)',
    summary:
      'An independent tribunal can change the decision, and what it orders must be done. Your appeal must reach the Tribunal by the deadline shown in your timeline.',
    citations: [cite('CFA 2014', 's.51', 'P'), cite('HESC Rules 2008', 'r20(1)(c)', 'P'), CoP('11.39-11.55')],
  },
  'health-social-care-recommendations': {
    id: 'health-social-care-recommendations',
    title: 'Ask the Tribunal for recommendations on health and social care',
    summary:
      'In an appeal about refusing a plan, the contents of a plan, refusing a re-assessment, refusing to amend a plan or stopping a plan, the Tribunal can also recommend changes to the health and social care parts of the plan. These are not binding, but the health body or council must reply in writing within 5 weeks, with reasons if it does not follow them. This does not apply to an appeal about refusing an assessment.',
    citations: [
      cite('SI 2017/1306', 'regs 3-5', 'S', 'Regulation text not read; the explanatory note (legislation.gov.uk) gives the power for appeals under CFA s.51(2)(b) to (f), reg 3 applying it to decisions and plans made or amended from 3 April 2018 and regs 4-5 setting out the recommendations (reference §9 C6)'),
      cite('SI 2017/1306', 'regs 6-7', 'S', 'Regulation text not read; the explanatory note, read only as far as reg 6(2), has reg 6 sending the recommendations on; 5 weeks from secondary sources'),
    ],
  },
  'disability-discrimination-claim': {
    id: 'disability-discrimination-claim',
    title: 'Make a disability discrimination claim to the Tribunal',
    summary:
      'If a school treated your child unfairly because of disability, or did not make reasonable adjustments, you can claim to the First-tier Tribunal (SEND). The claim must be made within 6 months, starting with the day it happened. You do not need a mediation certificate.',
    citations: [cite('Equality Act 2010', 'Sch 17 para 4', 'P')],
  },
  'exclusion-review': {
    id: 'exclusion-review',
    title: 'Ask for the exclusion to be reviewed',
    summary:
      "The governing board must consider the exclusion. If it does not reinstate your child, you can ask for an independent review panel within 15 school days of being told in writing, and ask for an SEN expert to attend at no cost to you.",
    citations: [cite('School Discipline Regs 2012', 'reg 24(1)', 'P'), cite('School Discipline Regs 2012', 'Sch 1 para 2(1)', 'P')],
  },
  'social-care-complaint': {
    id: 'social-care-complaint',
    title: "Complain to the council about children's social care",
    summary:
      "Use the council's children's services complaints procedure: a first reply from the service, then an independent investigation, then a review panel that must meet within 30 working days of your request. Complain within a year. Young people aged 18 to 25 use the adult social care procedure instead.",
    citations: [
      cite('Children Act 1989', 's.26(3)', 'S', 'Section text not read'),
      cite('SI 2006/1738', 'reg 19(4)', 'P'),
      cite('SI 2006/1738', 'regs 9, 14, 17', 'U', 'Regulation text not read; time limits from advice services (reference §9 C4)'),
    ],
  },
  'transport-review': {
    id: 'transport-review',
    title: 'Ask the council to review its travel decision',
    summary:
      "Ask for a stage 1 review in writing within 20 working days of the council's decision. If you still disagree, ask within 20 working days of that reply for stage 2, where an independent panel decides. After that you can complain to the Ombudsman. Home-to-school travel is not something the SEND Tribunal can decide.",
    citations: [cite('DfE travel guidance', 'review and appeal process', 'S', 'Guidance text not read; time limits as councils set them out (reference §9.2 L11)')],
  },
  'county-court-claim': {
    id: 'county-court-claim',
    title: 'Make a disability discrimination claim in the County Court',
    summary:
      'Disability discrimination by a college or a council (not a school) is claimed in the County Court, not the SEND Tribunal. The claim must be started within 6 months, starting with the day it happened. Get advice first: court claims can involve costs.',
    citations: [
      cite('Equality Act 2010', 's.114(1)', 'P'),
      cite('Equality Act 2010', 's.118(1)', 'P', 'Read in a copy of the current text (LexisNexis): 6 months starting with the date of the act, or a longer period the court thinks just and equitable; (2)-(3) give 9 months for some claims about a "qualifying institution", not modelled (the copy read is cut off there)'),
    ],
  },
}

export interface ClosedRoute {
  id: RouteId
  reason: string
  citations: Citation[]
}

export interface RoutePlan {
  open: Route[]
  closed: ClosedRoute[]
}

export interface RoutePlanOptions {
  /** For decision "disability-discrimination": a college or council is claimed against in the County Court. */
  discriminationBy?: 'school' | 'college' | 'local authority'
}

const open = (...ids: RouteId[]) => ids.map((id) => ROUTES[id])

/** Appeals under CFA s.51(2)(b) to (f), in which the Tribunal may recommend on health and social care (SI 2017/1306). */
const RECOMMENDATIONS_POSSIBLE: readonly DecisionId[] = ['refuse-plan', 'plan-contents', 'refuse-reassessment', 'refuse-amend', 'cease-plan']

/** Which routes are open for a decision, in the order a family would usually try them. */
export function routesFor(decision: DecisionId, appealAbout: readonly AppealAbout[] = [], options: RoutePlanOptions = {}): RoutePlan {
  const closed: ClosedRoute[] = []
  const appealable = isAppealable(decision, appealAbout)
  const adviceNeeded = isMediationAdviceRequired(decision, appealAbout)

  if (appealable) {
    const ids: RouteId[] = ['talk-to-sen-team']
    if (adviceNeeded) ids.push('mediation-advice')
    ids.push('mediation', 'tribunal-appeal')
    if (RECOMMENDATIONS_POSSIBLE.includes(decision)) ids.push('health-social-care-recommendations')
    ids.push('disagreement-resolution', 'complaint')
    if (decision === 'refuse-assessment') ids.push('request-assessment')
    if (!adviceNeeded) {
      closed.push({
        id: 'mediation-advice',
        reason:
          'You do not need mediation advice or a certificate, because your appeal is only about the school or college named in the plan (or its type, or that none is named). You can still choose mediation.',
        citations: MEDIATION_ADVICE_CITATIONS,
      })
    }
    closed.push({
      id: 'ombudsman',
      reason:
        'The Ombudsman cannot usually investigate something you can appeal to the Tribunal. You can still complain to the Ombudsman about how the council behaved, such as delays.',
      citations: [cite('LGA 1974', 's.26(6)(a)', 'P')],
    })
    return { open: open(...ids), closed }
  }

  const notAppealableBecause = (reason: string): ClosedRoute => ({ id: 'tribunal-appeal', reason, citations: [cite('CFA 2014', 's.51', 'P')] })
  const notAppealable = notAppealableBecause(
    'There is no decision here that the law lets you appeal to the Tribunal. Appeals are only about the local authority decisions on EHC needs assessments and EHC plans.',
  )
  switch (decision) {
    case 'plan-contents':
      // Only health or social care sections: no appeal on those alone (reference §2.13).
      closed.push({
        id: 'tribunal-appeal',
        reason:
          'The Tribunal can only look at health and social care as part of an appeal that includes education (the needs, provision or school in the plan). On health or social care alone, use mediation or a complaint.',
        citations: [cite('SI 2017/1306', 'regs 3-6', 'S', 'Regulation text not read; the explanatory note ties the power to an appeal under CFA s.51(2)(b) to (f)')],
      })
      return { open: open('talk-to-sen-team', 'mediation', 'health-social-care-complaint', 'disagreement-resolution'), closed }
    case 'school-support':
      closed.push(
        notAppealableBecause("You cannot appeal about SEN support at school. If your child needs more help than the school can give, ask for an EHC needs assessment: a refusal can be appealed."),
      )
      return { open: open('talk-to-school', 'request-assessment', 'disagreement-resolution', 'complaint'), closed }
    case 'health-provision':
      // NHS bodies answer to the Health Service Ombudsman, not the Local Government one (reference §8.14).
      closed.push(notAppealable)
      return { open: open('health-social-care-complaint', 'disagreement-resolution', 'health-service-ombudsman'), closed }
    case 'social-care-provision':
      closed.push(notAppealable)
      return { open: open('social-care-complaint', 'disagreement-resolution', 'ombudsman'), closed }
    case 'la-conduct':
      closed.push(notAppealable)
      return { open: open('talk-to-sen-team', 'complaint', 'ombudsman', 'disagreement-resolution'), closed }
    case 'exclusion':
      closed.push(
        notAppealableBecause('Exclusions are not appealed to the SEND Tribunal. They have their own review process. If the exclusion was disability discrimination, you can also claim to the Tribunal.'),
      )
      return { open: open('talk-to-school', 'exclusion-review', 'disability-discrimination-claim'), closed }
    case 'transport':
      closed.push(
        notAppealableBecause('Home-to-school travel is not something the SEND Tribunal can decide. Use the council\'s two-stage review, then the Ombudsman.'),
      )
      return { open: open('transport-review', 'ombudsman'), closed }
    case 'disability-discrimination':
      if (options.discriminationBy === 'college' || options.discriminationBy === 'local authority') {
        closed.push({
          id: 'disability-discrimination-claim',
          reason: 'The SEND Tribunal hears disability discrimination claims against schools only. A claim against a college or a council goes to the County Court.',
          citations: [cite('Equality Act 2010', 's.114(1)', 'P')],
        })
        return { open: open('complaint', 'county-court-claim'), closed }
      }
      closed.push({
        id: 'mediation-advice',
        reason: 'You do not need mediation advice or a certificate for a disability discrimination claim.',
        citations: [cite('CFA 2014', 's.55', 'S', 'Mediation attaches only to s.51 appeals (reference §1.7)')],
      })
      return { open: open('talk-to-school', 'complaint', 'disability-discrimination-claim'), closed }
    default:
      return { open: [], closed: [notAppealable] }
  }
}
