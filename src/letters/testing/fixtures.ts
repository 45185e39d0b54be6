import { Temporal } from 'temporal-polyfill'
import type { LetterInput, LetterType } from '../schemas.js'

// Valid inputs for every letter type, full of the text that breaks naive renderers: markup,
// quotes, template syntax, an emoji sequence, Arabic and Hebrew. Tests check each one comes
// out of every format exactly as it went in.

export const TODAY = Temporal.PlainDate.from('2026-11-02')

export const MARKUP = `Tom <script>alert(1)</script> & "Jo" O'Neill`
export const EMOJI = 'Family 👩‍👧 day'
export const ARABIC = 'مرحبا'
export const HEBREW = 'שלום'
export const TEMPLATE_SYNTAX = 'Use {{ child.name }} and ${process.env.SECRET} here'

/** Every awkward value the fixtures contain, for round-trip checks. */
export const AWKWARD = [MARKUP, EMOJI, ARABIC, HEBREW, TEMPLATE_SYNTAX]

const sender = {
  name: MARKUP,
  address: '12 Oak Road\nLeeds\nLS1 1AA',
  email: 'parent@example.com',
  phone: '0113 496 0000',
}
const recipient = {
  name: 'Ms Priya Shah',
  role: 'Head of SEND',
  organisation: 'Leeds City Council',
  address: 'Merrion House\n110 Merrion Centre\nLeeds\nLS2 8BB',
}
const child = { name: EMOJI, dateOfBirth: '2016-05-04', school: HEBREW }

export const VALID: { [T in LetterType]: LetterInput<T> } = {
  complaint: {
    sender,
    recipient,
    child,
    issues: [
      { what: TEMPLATE_SYNTAX, when: 'September 2026', wantedOutcome: ARABIC },
      { what: 'The SENCO did not reply to three emails.', wantedOutcome: 'A meeting with the SENCO this term.' },
    ],
    alreadyTried: 'I spoke to the class teacher twice.',
    date: '2026-11-02',
  },
  'assessment-request': {
    sender,
    recipient,
    child,
    difficulties: TEMPLATE_SYNTAX,
    supportGiven: 'Small-group reading three times a week since January.',
    whyMoreNeeded: ARABIC,
    evidence: ['Educational psychologist report, March 2026', HEBREW],
  },
  'mediation-reply': {
    sender,
    recipient: { organisation: 'Global Mediation', address: 'Unit 4\nBusiness Park\nLeeds\nLS9 0AA' },
    child,
    choice: 'mediation',
    decisionDate: '2026-10-20',
    issues: [TEMPLATE_SYNTAX, ARABIC],
    healthOrSocialCareMustAttend: true,
  },
  'meeting-request': {
    sender,
    recipient: { role: 'SENCO', organisation: HEBREW, address: 'Oak Primary School\nLeeds\nLS6 2AB' },
    child,
    withRole: 'SENCO',
    concerns: TEMPLATE_SYNTAX,
    suggestedTimes: ARABIC,
  },
  'records-request': {
    sender,
    recipient: { ...recipient, name: ARABIC },
    child,
    recordsHeldBy: 'local authority',
    whatRecords: TEMPLATE_SYNTAX,
  },
  'disagreement-resolution-request': {
    sender,
    recipient,
    child,
    disagreementWith: ARABIC,
    issues: [TEMPLATE_SYNTAX, 'The hours of support in section F'],
    triedSoFar: 'Two meetings with the school.',
  },
  'chase-late-decision': {
    sender,
    recipient: { ...recipient, name: ARABIC, organisation: TEMPLATE_SYNTAX },
    child,
    limit: 'assessment-decision',
    startedOn: '2026-09-01',
    referenceNumber: 'LCC/{{ id }}/${n}',
  },
  'chase-certificate': {
    sender,
    recipient: { organisation: TEMPLATE_SYNTAX, address: 'Unit 4\nBusiness Park\nLeeds\nLS9 0AA' },
    child,
    reason: 'no-mediation',
    since: '2026-10-20',
    council: ARABIC,
    decision: 'refuse-assessment',
    decisionDate: '2026-10-05',
  },
  'late-appeal': {
    sender,
    recipient: { organisation: 'First-tier Tribunal (Special Educational Needs and Disability)', address: '1 Court Street\nLeeds\nLS1 4AA' },
    child,
    decision: 'refuse-plan',
    council: ARABIC,
    decisionDate: '2026-07-20',
    certificateDate: '2026-08-10',
    rightsExplained: 'no',
    reasons: TEMPLATE_SYNTAX,
  },
  'amendment-response': {
    sender,
    recipient,
    child,
    amendmentNoticeSentOn: '2026-10-26',
    comments: `${TEMPLATE_SYNTAX}\n\n${ARABIC}`,
    schoolRequested: HEBREW,
    wantsMeeting: true,
  },
  'chase-amended-plan': {
    sender,
    recipient: { ...recipient, name: TEMPLATE_SYNTAX, organisation: ARABIC },
    child,
    amendmentNoticeSentOn: '2026-08-24',
    reviewMeetingOn: '2026-07-20',
    referenceNumber: 'LCC/{{ id }}',
  },
  'chase-tribunal-order': {
    sender,
    recipient: { ...recipient, name: TEMPLATE_SYNTAX, organisation: ARABIC },
    child,
    basis: 'order',
    order: 'assess',
    startedOn: '2026-09-01',
    referenceNumber: 'EH123/26/00001',
  },
  'early-review': {
    sender,
    recipient,
    child,
    whatChanged: TEMPLATE_SYNTAX,
    whatShouldChange: ARABIC,
    lastReviewOn: '2026-03-10',
  },
  'exclusion-review-panel': {
    sender,
    recipient: { ...recipient, organisation: ARABIC },
    child,
    excludedOn: '2026-10-01',
    boardDecisionNoticeOn: '2026-10-20',
    senExpert: true,
    reasons: TEMPLATE_SYNTAX,
  },
  'transport-review': {
    sender,
    recipient,
    child,
    decisionDate: '2026-10-26',
    reasons: TEMPLATE_SYNTAX,
    circumstances: ARABIC,
  },
}
