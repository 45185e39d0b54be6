import { cite, type Citation } from '../citations.js'

export const DECISION_IDS = [
  'refuse-assessment',
  'refuse-reassessment',
  'refuse-plan',
  'plan-contents',
  'refuse-amend',
  'cease-plan',
  'school-support',
  'health-provision',
  'social-care-provision',
  'la-conduct',
  'exclusion',
  'disability-discrimination',
  'transport',
] as const
export type DecisionId = (typeof DECISION_IDS)[number]

/** The parts of an EHC plan that can be appealed (CFA s.51(2)(c)), plus health and social care sections. */
export const APPEAL_ABOUT = ['needs', 'provision', 'placement', 'health-social-care'] as const
export type AppealAbout = (typeof APPEAL_ABOUT)[number]

export interface Decision {
  id: DecisionId
  /** What the decision is, in a parent's words. */
  title: string
  /** Who makes it. */
  maker: 'local authority' | 'school or college' | 'health body' | 'social care' | 'school' | 'school, college or local authority'
  /** The s.51(2) paragraph that gives a right of appeal, if any. */
  appealUnder?: Citation
  /** Whether the engine needs the date the written notice was sent. */
  needsNoticeDate: boolean
  citations: Citation[]
}

const s51 = (para: string) => cite('CFA 2014', `s.51(2)(${para})`, 'P')

export const DECISIONS: Record<DecisionId, Decision> = {
  'refuse-assessment': {
    id: 'refuse-assessment',
    title: 'The local authority refused to carry out an EHC needs assessment',
    maker: 'local authority',
    appealUnder: s51('a'),
    needsNoticeDate: true,
    citations: [s51('a'), cite('SEND Regs 2014', 'reg 5', 'P'), cite('SEND Code of Practice 2015', '11.45', 'S')],
  },
  'refuse-reassessment': {
    id: 'refuse-reassessment',
    title: 'The local authority refused to carry out a re-assessment',
    maker: 'local authority',
    appealUnder: s51('d'),
    needsNoticeDate: true,
    citations: [s51('d'), cite('SEND Code of Practice 2015', '11.45', 'S')],
  },
  'refuse-plan': {
    id: 'refuse-plan',
    title: 'After an assessment, the local authority decided not to issue an EHC plan',
    maker: 'local authority',
    appealUnder: s51('b'),
    needsNoticeDate: true,
    citations: [s51('b'), cite('SEND Regs 2014', 'reg 10', 'P'), cite('SEND Code of Practice 2015', '11.45', 'S')],
  },
  'plan-contents': {
    id: 'plan-contents',
    title: 'You disagree with what a final or amended EHC plan says',
    maker: 'local authority',
    appealUnder: s51('c'),
    needsNoticeDate: true,
    citations: [s51('c'), cite('SEND Code of Practice 2015', '11.45', 'S')],
  },
  'refuse-amend': {
    id: 'refuse-amend',
    title: 'After a review or re-assessment, the local authority decided not to amend the EHC plan',
    maker: 'local authority',
    appealUnder: s51('e'),
    needsNoticeDate: true,
    citations: [s51('e'), cite('SEND Regs 2014', 'reg 22(4)', 'P-part')],
  },
  'cease-plan': {
    id: 'cease-plan',
    title: 'The local authority decided to stop maintaining the EHC plan',
    maker: 'local authority',
    appealUnder: s51('f'),
    needsNoticeDate: true,
    citations: [s51('f'), cite('SEND Regs 2014', 'reg 31', 'P')],
  },
  'school-support': {
    id: 'school-support',
    title: 'You are unhappy with the SEN support your child gets at school, nursery or college',
    maker: 'school or college',
    needsNoticeDate: false,
    citations: [cite('SEND Code of Practice 2015', '11.6-11.10', 'S'), cite('Education Act 2002', 's.29', 'S')],
  },
  'health-provision': {
    id: 'health-provision',
    title: 'You disagree with health provision (for example therapy from the NHS)',
    maker: 'health body',
    needsNoticeDate: false,
    citations: [cite('SI 2009/309', 'reg 12', 'S'), cite('SEND Code of Practice 2015', '11.6-11.10', 'S')],
  },
  'social-care-provision': {
    id: 'social-care-provision',
    title: 'You disagree with social care provision',
    maker: 'social care',
    needsNoticeDate: false,
    citations: [
      cite('Children Act 1989', 's.26(3)', 'S', 'Section text not read'),
      cite('SI 2006/1738', 'reg 19(4)', 'P'),
      cite('LGA 1974', 's.26B', 'P'),
    ],
  },
  'la-conduct': {
    id: 'la-conduct',
    title: 'You are unhappy with how the local authority has acted (for example delay or poor communication)',
    maker: 'local authority',
    needsNoticeDate: false,
    citations: [cite('LGA 1974', 's.26B', 'P'), cite('SEND Code of Practice 2015', '11.67-11.111', 'S')],
  },
  exclusion: {
    id: 'exclusion',
    title: 'Your child has been suspended or permanently excluded',
    maker: 'school',
    needsNoticeDate: false,
    citations: [cite('School Discipline Regs 2012', 'Sch 1 para 2(1)', 'P')],
  },
  'disability-discrimination': {
    id: 'disability-discrimination',
    title: 'You think a school, college or council discriminated against your child because of disability',
    maker: 'school, college or local authority',
    needsNoticeDate: false,
    citations: [cite('Equality Act 2010', 'Sch 17 para 4', 'P'), cite('Equality Act 2010', 's.114(1)', 'P')],
  },
  transport: {
    id: 'transport',
    title: 'The local authority refused home-to-school travel help, or offered travel you think is unsuitable',
    maker: 'local authority',
    needsNoticeDate: true,
    citations: [cite('DfE travel guidance', 'review and appeal process', 'S', 'Guidance text not read (reference §9.2 L11)')],
  },
}

export const isDecisionId = (value: string): value is DecisionId => (DECISION_IDS as readonly string[]).includes(value)

/**
 * A right of appeal under CFA s.51. For a plan's contents, the Tribunal hears needs, provision
 * and placement; health and social care can only ride along as recommendations, never alone
 * (SI 2017/1306; reference §2.13).
 */
export function isAppealable(decision: DecisionId, appealAbout: readonly AppealAbout[] = []): boolean {
  if (!DECISIONS[decision].appealUnder) return false
  if (decision !== 'plan-contents') return true
  return appealAbout.some((part) => part !== 'health-social-care')
}

/**
 * Mediation advice (and so a certificate) is needed before any s.51 appeal, except one only about
 * the school or institution named, its type, or that none is named (CFA s.55; reference §2.3).
 */
export function isMediationAdviceRequired(decision: DecisionId, appealAbout: readonly AppealAbout[] = []): boolean {
  if (!isAppealable(decision, appealAbout)) return false
  if (decision !== 'plan-contents') return true
  // Asking for health or social care recommendations alongside a placement appeal: the reference
  // does not settle whether advice is then needed, so the engine takes the safe view that it is [U].
  return appealAbout.some((part) => part !== 'placement')
}

export const MEDIATION_ADVICE_CITATIONS = [
  cite('CFA 2014', 's.55', 'S', 'Section text not read; placement-only exception from IPSEA and SENDIASS sources'),
  cite('SEND Regs 2014', 'reg 33', 'P'),
  cite('SEND Code of Practice 2015', '11.13-11.38', 'S'),
]
