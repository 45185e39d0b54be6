import type { Citation } from '../../../law/index.js'
import type { CitationLike } from './citations.js'

// Facts for comparing the routes side by side, so a family can choose. Each fact cites the rule
// behind it; a fact with no citation is general guidance (how things usually go), and the page says so.

export interface RouteFact {
  text: string
  /** Empty for general guidance. */
  citations: CitationLike[]
}

export interface RouteFacts {
  /** Who runs it. */
  runBy: RouteFact
  cost: RouteFact
  /** How long it usually takes, or the time limit that applies. */
  duration: RouteFact
  /** Whether the outcome binds anyone. */
  binding: RouteFact
  /** Whether it can run alongside the other routes. */
  alongside: RouteFact
}

export const COMPARISON_COLUMNS = [
  ['runBy', 'Who runs it'],
  ['cost', 'Cost'],
  ['duration', 'How long it takes'],
  ['binding', 'Does the outcome have to be followed?'],
  ['alongside', 'Can you use it alongside the others?'],
] as const satisfies readonly (readonly [keyof RouteFacts, string])[]

const general = (text: string): RouteFact => ({ text, citations: [] })
const cited = (text: string, ...citations: CitationLike[]): RouteFact => ({ text, citations })

const CoP = (ref: string): Citation => ({ source: 'SEND Code of Practice 2015', ref, grade: 'S' })
const REG = (ref: string, grade: Citation['grade'] = 'P'): Citation => ({ source: 'SEND Regs 2014', ref, grade })
const FREE = general('Free')
const TRAVEL: Citation = { source: 'DfE travel guidance', ref: 'review and appeal process', grade: 'S' }

/**
 * Keyed by the engine's route ids. A test checks that every route the engine knows is here; a route
 * added to the engine before its facts are written is left out of the comparison, not shown wrongly.
 */
export const ROUTE_FACTS: Readonly<Record<string, RouteFacts>> = {
  'talk-to-school': {
    runBy: general('You and the school, college or nursery'),
    cost: FREE,
    duration: general('Usually a meeting within a week or two'),
    binding: general('No. It depends on what you agree, so write it down'),
    alongside: cited('Yes. Talking first does not stop you using any other route', CoP('11.1'), CoP('11.3')),
  },
  'talk-to-sen-team': {
    runBy: general('You and the council’s SEN team'),
    cost: FREE,
    duration: general('Usually a few weeks. Talking does not stop the clock on your appeal deadline'),
    binding: general('No, unless the council agrees to change its decision'),
    alongside: cited('Yes. You keep all your other rights while you talk', CoP('11.3'), CoP('11.4')),
  },
  'request-assessment': {
    runBy: general('The council'),
    cost: FREE,
    duration: cited(
      'The council must decide within 6 weeks. A final EHC plan must come within 20 weeks of the request',
      REG('reg 5(1)'),
      REG('reg 13(2)'),
    ),
    binding: cited(
      'The council must follow the law’s steps and time limits. You can appeal if it says no',
      { source: 'CFA 2014', ref: 's.51(2)(a)', grade: 'P' },
    ),
    alongside: general('Yes'),
  },
  complaint: {
    runBy: cited(
      'The school, college or council, using its own complaints procedure',
      { source: 'Education Act 2002', ref: 's.29', grade: 'S' },
    ),
    cost: FREE,
    duration: general('It depends on the procedure. Each stage often takes a few weeks'),
    binding: general('No. But if your complaint is upheld, they should put things right'),
    alongside: cited('Yes. You can complain and use other routes at the same time', CoP('11.67-11.111')),
  },
  ombudsman: {
    runBy: general('The Local Government and Social Care Ombudsman, which is independent'),
    cost: FREE,
    duration: cited(
      'Complain within 12 months of first knowing about the problem. An investigation often takes some months',
      { source: 'LGA 1974', ref: 's.26B', grade: 'P' },
    ),
    binding: general('No. But councils nearly always do what the Ombudsman recommends'),
    alongside: cited(
      'Only after the council’s own complaints procedure, and not about something you can appeal to the Tribunal',
      { source: 'LGA 1974', ref: 's.26(6)(a)', grade: 'P' },
    ),
  },
  'health-service-ombudsman': {
    runBy: general('The Parliamentary and Health Service Ombudsman, which is independent'),
    cost: FREE,
    duration: cited('Usually within 12 months of knowing about the problem. An investigation often takes some months', {
      source: 'HSCA 1993',
      ref: 's.9(4)',
      grade: 'P',
    }),
    binding: general('No. But NHS bodies nearly always do what the Ombudsman recommends'),
    alongside: general('Only after the NHS body’s own complaints procedure has finished'),
  },
  'health-social-care-complaint': {
    runBy: general('The NHS body or the council'),
    cost: FREE,
    duration: cited(
      'Complain within 12 months of the problem, or of finding out about it',
      { source: 'SI 2009/309', ref: 'reg 12', grade: 'S' },
    ),
    binding: general('No. But if your complaint is upheld, they should put things right'),
    alongside: general('Yes'),
  },
  'disagreement-resolution': {
    runBy: cited(
      'An independent service that the council pays for. It does not work for the council',
      CoP('11.6-11.10'),
    ),
    cost: cited('Free', CoP('11.6-11.10')),
    duration: general('Usually one meeting, arranged within a few weeks'),
    binding: cited('No. Everyone has to agree to take part and to any answer', CoP('11.6-11.10')),
    alongside: cited('Yes, even while you wait for a Tribunal appeal', CoP('11.6-11.10')),
  },
  'mediation-advice': {
    runBy: cited(
      'The independent mediation adviser named in the decision letter',
      { source: 'CFA 2014', ref: 's.56(2)-(3)', grade: 'P' },
    ),
    cost: FREE,
    duration: cited(
      'Contact them within 2 months of the decision letter. If you do not want mediation, the certificate comes within 3 working days',
      REG('reg 33'),
      REG('reg 34(1)', 'P-part'),
    ),
    binding: general('No. You get information and a certificate, which you need before you can appeal'),
    alongside: cited('Yes. It is the step before an appeal', CoP('11.13-11.38')),
  },
  mediation: {
    runBy: cited('An independent mediator. The council must take part', CoP('11.13-11.38')),
    cost: cited('Free', CoP('11.13-11.38')),
    duration: cited(
      'It must take place within 30 days of the council being told you want it',
      REG('regs 35-37', 'U'),
      CoP('11.13-11.38'),
    ),
    binding: cited(
      'Only if you agree. The council must then do what was agreed, within set time limits',
      REG('reg 42'),
    ),
    alongside: cited(
      'Yes. You can still appeal afterwards: you get at least one month from the date on the certificate',
      { source: 'HESC Rules 2008', ref: 'r20(1)(c)', grade: 'P' },
    ),
  },
  'tribunal-appeal': {
    runBy: cited(
      'The First-tier Tribunal (SEND), which is independent of the council',
      { source: 'CFA 2014', ref: 's.51', grade: 'P' },
    ),
    cost: general('Free to appeal. You only pay for help, such as a solicitor, if you choose to'),
    duration: general('Usually several months from sending your appeal to the hearing'),
    binding: cited('Yes. The council must do what the Tribunal orders, within set time limits', REG('reg 44', 'S')),
    alongside: cited(
      'Yes. You can keep talking, use disagreement resolution or go to mediation while you appeal',
      CoP('11.39-11.55'),
    ),
  },
  'health-social-care-recommendations': {
    runBy: cited(
      'The First-tier Tribunal (SEND), as part of your appeal',
      { source: 'SI 2017/1306', ref: 'regs 3-6', grade: 'S' },
    ),
    cost: FREE,
    duration: cited(
      'Decided with your appeal. The health body or council must reply within 5 weeks',
      { source: 'SI 2017/1306', ref: 'regs 3-6', grade: 'S' },
    ),
    binding: cited(
      'No. But they must reply in writing and give reasons if they do not follow it',
      { source: 'SI 2017/1306', ref: 'regs 3-6', grade: 'S' },
    ),
    alongside: cited(
      'Only together with an appeal about the needs, help or school in the plan',
      { source: 'SI 2017/1306', ref: 'regs 3-6', grade: 'S' },
    ),
  },
  'disability-discrimination-claim': {
    runBy: cited('The First-tier Tribunal (SEND)', { source: 'Equality Act 2010', ref: 'Sch 17 para 4', grade: 'P' }),
    cost: general('Free to make a claim'),
    duration: cited('Claim within 6 months, starting with the day it happened. A hearing usually takes some months', {
      source: 'Equality Act 2010',
      ref: 'Sch 17 para 4',
      grade: 'P',
    }),
    binding: general('Yes. If the Tribunal agrees with you, it can order the school to put things right'),
    alongside: cited('Yes. You do not need a mediation certificate', { source: 'CFA 2014', ref: 's.55', grade: 'S' }),
  },
  'exclusion-review': {
    runBy: cited(
      'The school’s governing board, then an independent review panel',
      { source: 'School Discipline Regs 2012', ref: 'reg 24(1)', grade: 'P' },
    ),
    cost: cited(
      'Free. You can ask for an SEN expert at the review, at no cost to you',
      { source: 'School Discipline Regs 2012', ref: 'Sch 1 para 2(1)', grade: 'P' },
    ),
    duration: cited('Ask for a review within 15 school days of the governing board’s decision', {
      source: 'School Discipline Regs 2012',
      ref: 'Sch 1 para 2(1)',
      grade: 'P',
    }),
    binding: general(
      'The panel can ask the governing board to think again, but it cannot make the school take your child back',
    ),
    alongside: general('Yes. You can also make a disability discrimination claim'),
  },
  'social-care-complaint': {
    runBy: cited('The council’s children’s services, then an independent investigator and a review panel', {
      source: 'Children Act 1989',
      ref: 's.26(3)',
      grade: 'S',
    }),
    cost: FREE,
    duration: cited('Up to three stages. The review panel must meet within 30 working days of your asking for it', {
      source: 'SI 2006/1738',
      ref: 'reg 19(4)',
      grade: 'P',
    }),
    binding: general('No. But if your complaint is upheld, the council should put things right'),
    alongside: general('Yes. Afterwards you can go to the Ombudsman'),
  },
  'transport-review': {
    runBy: cited('The council: an officer at stage 1, then an independent panel at stage 2', TRAVEL),
    cost: FREE,
    duration: cited('Ask within 20 working days of the decision. The panel decides within 40 working days of your stage 2 request', TRAVEL),
    binding: general('The council must follow its panel’s decision. After that, only the Ombudsman or a court can look at it'),
    alongside: general('Yes. The SEND Tribunal cannot decide about travel, so this comes first'),
  },
  'county-court-claim': {
    runBy: cited('The County Court', { source: 'Equality Act 2010', ref: 's.114(1)', grade: 'P' }),
    cost: general('Court fees, and you may have to pay the other side’s costs if you lose. Get advice first'),
    duration: cited('Start the claim within 6 months, starting with the day it happened', {
      source: 'Equality Act 2010',
      ref: 's.118(1)',
      grade: 'P',
    }),
    binding: general('Yes. The court can order the college or council to put things right and pay compensation'),
    alongside: general('Yes. You can also complain to the college or council'),
  },
}
