import { cite, publicCitation, type Citation } from '../citations.js'
import { APPEAL_DEADLINE_CITATIONS } from './appeal-deadline.js'

export type Actor =
  | 'you'
  | 'local authority'
  | 'mediation adviser'
  | 'Tribunal'
  | 'school'
  | 'governing board'
  | 'review panel'
  | 'health body or local authority'
  | 'Ombudsman'
export type PublicCitation = ReturnType<typeof publicCitation>

export interface MilestoneKind {
  id: string
  title: string
  actor: Actor
  /** Fixed text; some milestones add sentences worked out from the facts. */
  explanation: string
  citations: readonly PublicCitation[]
}

export const kind = (id: string, title: string, actor: Actor, explanation: string, citations: Citation[]): MilestoneKind =>
  Object.freeze({ id, title, actor, explanation, citations: Object.freeze(citations.map(publicCitation)) })

// Every milestone the engine can produce, with who acts and the rule behind it (reference §0-§3).
export const MILESTONES = {
  // Every milestone carries its source (rule-set.test.ts): the time limits run from the sending of the written notice.
  noticeSent: kind('notice-sent', 'Decision letter sent', 'local authority', 'The date the local authority sent its written notice of the decision. Time limits run from here.', [
    cite('HESC Rules 2008', 'r20(1)(c)', 'P'),
  ]),
  contactMediationAdviser: kind(
    'contact-mediation-adviser-by',
    'Contact the mediation adviser',
    'you',
    'You must contact the mediation adviser named in the decision letter within 2 months of it being sent. Tell them you want to appeal and whether you want mediation.',
    [cite('SEND Regs 2014', 'reg 33', 'P')],
  ),
  certificateDue: kind(
    'certificate-due',
    'Mediation certificate due',
    'mediation adviser',
    'You told the mediation adviser that you do not want mediation. They must send your certificate within 3 working days.',
    [cite('SEND Regs 2014', 'reg 34(1)', 'P-part', 'Copy read was cut off; 3 working days from consistent secondary sources')],
  ),
  mediationBy: kind(
    'mediation-by',
    'Mediation must take place',
    'local authority',
    'The local authority must arrange mediation within 30 days of being told you want it. If it cannot, the mediation adviser must give you a certificate within 3 working days of being told, so you can appeal.',
    [cite('SEND Regs 2014', 'regs 35-37', 'U', 'Regulation numbers not checked; 30 days from IPSEA and SENDIASS sources')],
  ),
  postMediationCertificateDue: kind(
    'post-mediation-certificate-due',
    'Certificate after mediation due',
    'mediation adviser',
    'The mediation adviser must send you a certificate within 3 working days of the mediation ending. You need it to appeal.',
    [cite('SEND Regs 2014', 'reg 39', 'U', 'Regulation number not checked; 3 working days from secondary sources')],
  ),
  certificateIssued: kind('certificate-issued', 'Mediation certificate issued', 'mediation adviser', 'The date of issue on your mediation certificate.', [
    cite('CFA 2014', 's.55', 'S', 'Section text not read'),
  ]),
  appealDeadline: kind('appeal-deadline', 'Last day for the Tribunal to receive your appeal', 'you', '', APPEAL_DEADLINE_CITATIONS),
  claimDeadline: kind(
    'claim-deadline',
    'Last day to make a disability discrimination claim',
    'you',
    'A claim must be made within 6 months, starting with the day the discrimination happened. The August and Christmas rules do not apply, and a weekend or bank holiday does not extend it. If it went on over a period, the 6 months start at its end. The Tribunal can accept a late claim, but do not rely on it.',
    [
      cite('Equality Act 2010', 'Sch 17 para 4', 'P'),
      cite('HESC Rules 2008', 'r12(2)', 'U', 'Whether r12(2) extends a limit set by the Act is doubtful; the engine takes the safe view (reference §8.11)'),
    ],
  ),
  ombudsmanComplaintBy: kind(
    'ombudsman-complaint-by',
    'Last day to complain to the Ombudsman',
    'you',
    "Complain to the Local Government and Social Care Ombudsman in writing within 12 months, counting from the day you first knew about the problem. Use the council's own complaints procedure first. The Ombudsman can accept a late complaint for good reason, such as waiting for the council's procedure to finish.",
    [cite('LGA 1974', 's.26B(2)(a)', 'P')],
  ),
  complaintBy: kind(
    'complaint-by',
    'Last day to complain to the NHS body or council',
    'you',
    'Complain within 12 months of what happened, or of when you found out about it if that was later. Late complaints can be accepted if there was a good reason.',
    [cite('SI 2009/309', 'reg 12', 'S', 'Regulation text not read; covers the NHS and adult social care; a council procedure (Gateshead) sets out the same 12 months from the matter or, if later, from when it came to notice')],
  ),
  assessmentDecisionDue: kind(
    'assessment-decision-due',
    'Decision on the assessment request due',
    'local authority',
    'The local authority must decide whether to carry out an EHC needs assessment within 6 weeks of receiving the request.',
    [cite('SEND Regs 2014', 'reg 5(1)', 'P')],
  ),
  noPlanNoticeDue: kind(
    'no-plan-notice-due',
    'Notice if no EHC plan will be issued',
    'local authority',
    'If, after assessing, the local authority decides not to issue a plan, it must tell you within 16 weeks of the request.',
    [cite('SEND Regs 2014', 'reg 10(1)', 'P')],
  ),
  finalPlanDue: kind('final-plan-due', 'Final EHC plan due', 'local authority', 'The final EHC plan must be issued within 20 weeks of the request for an assessment.', [
    cite('SEND Regs 2014', 'reg 13(2)', 'P'),
  ]),
  draftCommentsBy: kind(
    'draft-comments-by',
    'Comment on the draft plan and ask for a school',
    'you',
    'You have at least 15 days, counting the day the draft was served, to comment, ask for a meeting and ask for a particular school or college to be named.',
    [cite('SEND Regs 2014', 'reg 13(1)(a)', 'P')],
  ),
  reviewDecisionDue: kind(
    'review-decision-due',
    'Decision after the annual review due',
    'local authority',
    'Within 4 weeks of the review meeting, the local authority must tell you whether it will keep, amend or stop the plan, with any proposed changes.',
    [cite('SEND Regs 2014', 'reg 20(10)', 'U', 'Paragraph number believed, not read (regulation 20 is named as the source by notes of the Devon case); timescale well supported (reference §3.9)')],
  ),
  amendedPlanDue: kind(
    'amended-plan-due',
    'Final amended plan due',
    'local authority',
    'The final amended EHC plan must be issued within 8 weeks of the local authority sending the proposed amendments.',
    [cite('SEND Regs 2014', 'reg 22(3)', 'P')],
  ),
  phaseTransferReviewBy: kind(
    'phase-transfer-review-by',
    'Plan amended for the move to a new school or college',
    'local authority',
    'For a move between phases of education, the plan must be reviewed, and amended where needed to name the new school or college, before 15 February of the year of the move, so 14 February is the last day (before 31 March, so by 30 March, for a move from secondary school to a post-16 institution).',
    [cite('SEND Regs 2014', 'reg 18(1)', 'P')],
  ),
  phaseTransferPost16ReviewBy: kind(
    'phase-transfer-review-by',
    'Plan amended for the move to a new college',
    'local authority',
    'For a move from one post-16 institution to another, the plan must be reviewed, and amended where needed to name the new college, at least 5 months before the move.',
    [cite('SEND Regs 2014', 'reg 18(2)', 'P')],
  ),
  healthOmbudsmanBy: kind(
    'health-ombudsman-by',
    'Last day to complain to the Health Service Ombudsman',
    'you',
    "Complain to the Parliamentary and Health Service Ombudsman in writing within a year of the day you first knew about the problem. Use the NHS body's own complaints procedure first. The Ombudsman can accept a later complaint if it thinks that reasonable.",
    [cite('HSCA 1993', 's.9(4)', 'P', 'Read as enacted; later amendments not checked')],
  ),
  socialCareComplaintBy: kind(
    'complaint-by',
    "Last day to complain about children's social care",
    'you',
    "Complain to the council's children's services within a year of what happened. They can accept a later complaint if it would not be reasonable to expect you to have complained in time.",
    [
      cite('Children Act 1989', 's.26(3)', 'S', 'Section text not read'),
      cite('SI 2006/1738', 'reg 9', 'U', 'Regulation text not read; one-year limit from secondary sources (reference §9 C4)'),
    ],
  ),
} as const

export const LATE_APPEAL = Object.freeze({
  explanation:
    'The last day to appeal has passed, but you may still be able to appeal. Send your appeal as soon as you can, ask the Tribunal for more time, and explain why it is late. A judge decides whether to accept it, for example if the decision letter did not explain your right of appeal or the time limit.',
  citations: Object.freeze(
    [
      cite('HESC Rules 2008', 'r20(4)', 'U', 'Rule text not read; a barristers\' guide cites r20(4) as the presumption against admitting a late appeal (KD v Essex CC [2018] UKUT 147 (AAC)); wording modelled on the parallel GRC rule'),
      cite('HESC Rules 2008', 'r5(3)(a)', 'P', 'Read as made (2008); later amendments not checked'),
    ].map(publicCitation),
  ),
})
