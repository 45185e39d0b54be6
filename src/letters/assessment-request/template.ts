import type { Temporal } from 'temporal-polyfill'
import { formatDate, periodEnds, periodOf } from '../../law/index.js'
import { heading, list, paragraph, paragraphsOf, type Block, type LetterModel } from '../model.js'
import type { AssessmentRequestFields } from './schema.js'
import { aboutChild, capitalised, citationsOf, frame, isoToDate, lawOf, possessive, within } from '../shared/template-parts.js'

export const ASSESSMENT_REQUEST_VERSION = 1

/** A request to the local authority for an EHC needs assessment, by a parent or by the young person. */
export function assessmentRequest(fields: AssessmentRequestFields, today: Temporal.PlainDate): LetterModel {
  const { letterDate, parts } = frame({ fields, today })
  const decisionBy = periodEnds(letterDate, periodOf('assessmentDecision'))
  const decision = formatDate(decisionBy)
  const { child } = fields
  const self = fields.requesterIsYoungPerson === true

  const whoFor = self
    ? `for me, ${child.name}` +
      (child.dateOfBirth === undefined ? '' : ` (date of birth ${formatDate(isoToDate(child.dateOfBirth))})`) +
      (child.school === undefined ? '' : `. I attend ${child.school}`)
    : `for ${aboutChild(child)}`

  const blocks: Block[] = [
    paragraph(
      `I am writing to ask you to carry out an education, health and care (EHC) needs assessment ${whoFor}. ` +
        `I am making this request under ${lawOf('assessmentRequestRight')}.`,
    ),
    paragraph(
      self
        ? 'The law says you must carry out an assessment if I have or may have special educational needs, and it may be necessary for special educational provision to be made for me through an EHC plan. I believe both are true, for the reasons below.'
        : `The law says you must carry out an assessment if ${child.name} has or may have special educational needs, and it may be necessary for special educational provision to be made through an EHC plan. I believe both are true, for the reasons below.`,
    ),
    heading(self ? 'My difficulties' : `${possessive(child.name)} difficulties`),
    ...paragraphsOf(fields.difficulties),
    heading(self ? 'The support I have had so far' : `The support ${child.name} has had so far`),
    ...paragraphsOf(fields.supportGiven),
    heading('Why more support is needed'),
    ...paragraphsOf(fields.whyMoreNeeded),
  ]

  if (fields.evidence !== undefined && fields.evidence.length > 0) {
    blocks.push(heading('Evidence I am sending with this letter'), list(fields.evidence))
  }

  blocks.push(
    heading('Your decision'),
    paragraph(
      `${capitalised(lawOf('assessmentDecision'))} says you must tell me whether you will carry out an assessment as soon as practicable, and in any event within ${within('assessmentDecision')} of receiving this request. ` +
        `If you receive this letter on ${parts.date}, your decision is due by ${decision}.`,
    ),
    paragraph('Please confirm that you have received this request and tell me the name of the person dealing with it.'),
    paragraph(
      `If you decide not to carry out an assessment, please give me your reasons in writing and tell me about my right to appeal and about mediation, as ${lawOf('assessmentRefusalReasons')} requires.`,
    ),
  )

  return {
    type: 'assessment-request',
    templateVersion: ASSESSMENT_REQUEST_VERSION,
    title: `Request for an EHC needs assessment for ${child.name}`,
    subject: `Request for an education, health and care (EHC) needs assessment for ${child.name}`,
    ...parts,
    blocks,
    citations: citationsOf('assessmentRequestRight', 'assessmentDecision', 'assessmentRefusalReasons', 'contactMediationAdviser'),
    nextSteps: {
      replyBy: decisionBy.toString(),
      text: [
        'Keep a copy of this letter and of any evidence you send, and a note of the date you sent them.',
        `If the council receives your request on ${parts.date}, it must tell you its decision by ${decision}.`,
        `If you have heard nothing by ${decision}, send the letter to chase a late decision.`,
        `If the council decides not to carry out an assessment, you can appeal to the SEND Tribunal. Before you appeal, you must contact the mediation adviser named in the decision letter within ${within('contactMediationAdviser')} of the date the letter was sent.`,
      ],
    },
  }
}
