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
      "If the NHS complaints procedure does not put things right, the Parliamentary and Health Service Ombudsman can look at complaints about NHS bodies. Complain as soon as you can after the NHS body's final reply.",
    citations: [cite('HSCA 1993', 's.9(4)', 'U', 'Time limit believed to be 12 months; not checked (reference §8.14)')],
  },
  'health-social-care-complaint': {
    id: 'health-social-care-complaint',
    title: 'Complain to the NHS body or the council about health or social care',
    summary:
      'Use the NHS or council social care complaints procedure. Complain within 12 months of the problem, or of when you found out about it.',
    citations: [cite('SI 2009/309', 'reg 12', 'S', 'Regulation text not read')],
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
      'In an appeal that includes education, the Tribunal can also recommend changes to the health and social care parts of the plan. These are not binding, but the health body or council must reply in writing within 5 weeks, with reasons if it does not follow them.',
    citations: [cite('SI 2017/1306', 'regs 3-6', 'S', 'Regulation text not read')],
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

const open = (...ids: RouteId[]) => ids.map((id) => ROUTES[id])

/** Which routes are open for a decision, in the order a family would usually try them. */
export function routesFor(decision: DecisionId, appealAbout: readonly AppealAbout[] = []): RoutePlan {
  const closed: ClosedRoute[] = []
  const appealable = isAppealable(decision, appealAbout)
  const adviceNeeded = isMediationAdviceRequired(decision, appealAbout)

  if (appealable) {
    const ids: RouteId[] = ['talk-to-sen-team']
    if (adviceNeeded) ids.push('mediation-advice')
    ids.push('mediation', 'tribunal-appeal')
    if (decision === 'plan-contents' && appealAbout.includes('health-social-care')) ids.push('health-social-care-recommendations')
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

  const notAppealable: ClosedRoute = {
    id: 'tribunal-appeal',
    reason:
      'There is no decision here that the law lets you appeal to the Tribunal. Appeals are only about the local authority decisions on EHC needs assessments and EHC plans.',
    citations: [cite('CFA 2014', 's.51', 'P')],
  }
  switch (decision) {
    case 'plan-contents':
      // Only health or social care sections: no appeal on those alone (reference §2.13).
      closed.push({
        id: 'tribunal-appeal',
        reason:
          'The Tribunal can only look at health and social care as part of an appeal that includes education (the needs, provision or school in the plan). On health or social care alone, use mediation or a complaint.',
        citations: [cite('SI 2017/1306', 'regs 3-6', 'S', 'Regulation text not read')],
      })
      return { open: open('talk-to-sen-team', 'mediation', 'health-social-care-complaint', 'disagreement-resolution'), closed }
    case 'school-support':
      closed.push({
        ...notAppealable,
        reason:
          "You cannot appeal about SEN support at school. If your child needs more help than the school can give, ask for an EHC needs assessment: a refusal can be appealed.",
      })
      return { open: open('talk-to-school', 'request-assessment', 'disagreement-resolution', 'complaint'), closed }
    case 'health-provision':
      // NHS bodies answer to the Health Service Ombudsman, not the Local Government one (reference §8.14).
      closed.push(notAppealable)
      return { open: open('health-social-care-complaint', 'disagreement-resolution', 'health-service-ombudsman'), closed }
    case 'social-care-provision':
      closed.push(notAppealable)
      return { open: open('health-social-care-complaint', 'disagreement-resolution', 'ombudsman'), closed }
    case 'la-conduct':
      closed.push(notAppealable)
      return { open: open('talk-to-sen-team', 'complaint', 'ombudsman', 'disagreement-resolution'), closed }
    case 'exclusion':
      closed.push({
        ...notAppealable,
        reason:
          'Exclusions are not appealed to the SEND Tribunal. They have their own review process. If the exclusion was disability discrimination, you can also claim to the Tribunal.',
      })
      return { open: open('talk-to-school', 'exclusion-review', 'disability-discrimination-claim'), closed }
    case 'disability-discrimination':
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
