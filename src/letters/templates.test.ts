import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Temporal } from 'temporal-polyfill'
import { formatDate, monthsAfter, SOURCES, workingDaysAfter } from '../law/index.js'
import { buildLetter, LETTER_TYPES, type LetterModel, type LetterType } from './index.js'
import { ARABIC, AWKWARD, TEMPLATE_SYNTAX, TODAY, VALID } from './testing/fixtures.js'

const build = (type: LetterType, input: unknown, today = TODAY): LetterModel => {
  const result = buildLetter(type, input, today)
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems))
  return result.model
}

/** Everything the letter says, in order, as one string. */
const letterText = (m: LetterModel) =>
  [
    m.sender.name,
    ...m.sender.lines,
    ...m.recipient,
    m.date,
    m.reference ?? '',
    m.subject,
    m.salutation,
    ...m.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])),
    m.signOff.closing,
    m.signOff.name,
  ].join('\n')

const body = (m: LetterModel) => m.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])).join('\n')
const cites = (m: LetterModel, source: string, ref: string, grade: string) =>
  m.citations.some((c) => c.source === source && c.ref === ref && c.grade === grade)
const date = (iso: string) => Temporal.PlainDate.from(iso)

describe('every template', () => {
  for (const type of LETTER_TYPES) {
    test(`${type}: builds a complete model with the family's words kept exactly`, () => {
      const m = build(type, VALID[type])
      assert.equal(m.type, type)
      assert.ok(m.templateVersion >= 1)
      assert.ok(m.title.length > 0 && m.subject.length > 0)
      assert.equal(m.date, '2 November 2026')
      assert.equal(m.dateIso, '2026-11-02')
      assert.ok(m.blocks.length >= 3)
      assert.ok(m.blocks.every((b) => (b.kind === 'list' ? b.items.length > 0 : b.text.length > 0)))
      for (const value of AWKWARD) assert.ok(letterText(m).includes(value), `${type} lost ${JSON.stringify(value)}`)
      assert.ok(m.nextSteps.replyBy !== undefined && m.nextSteps.text.length >= 2)
      assert.ok(m.nextSteps.text.some((t) => t.includes(formatDate(date(m.nextSteps.replyBy!)))))
      for (const c of m.citations) assert.ok(c.source in SOURCES, `${type} cites unknown source ${c.source}`)
    })
  }

  test('the letter is dated today when no date is given', () => {
    const m = build('meeting-request', { ...VALID['meeting-request'], date: undefined }, date('2027-03-15'))
    assert.equal(m.date, '15 March 2027')
  })

  test('a named recipient gets "Yours sincerely", an unnamed one "Yours faithfully"', () => {
    const named = build('complaint', VALID.complaint)
    assert.equal(named.salutation, 'Dear Ms Priya Shah,')
    assert.equal(named.signOff.closing, 'Yours sincerely,')
    const unnamed = build('mediation-reply', VALID['mediation-reply'])
    assert.equal(unnamed.salutation, 'Dear Sir or Madam,')
    assert.equal(unnamed.signOff.closing, 'Yours faithfully,')
  })

  test('addresses are split into lines; phone and email follow the address', () => {
    const m = build('complaint', VALID.complaint)
    assert.deepEqual(m.sender.lines, ['12 Oak Road', 'Leeds', 'LS1 1AA', 'Phone: 0113 496 0000', 'Email: parent@example.com'])
    assert.deepEqual(m.recipient, [
      'Ms Priya Shah',
      'Head of SEND',
      'Leeds City Council',
      'Merrion House',
      '110 Merrion Centre',
      'Leeds',
      'LS2 8BB',
    ])
  })

  test('a date of birth after the letter is refused', () => {
    const result = buildLetter(
      'complaint',
      { ...VALID.complaint, child: { name: 'Sam', dateOfBirth: '2026-12-01' } },
      TODAY,
    )
    assert.deepEqual(!result.ok && result.problems, [
      { field: 'child.dateOfBirth', message: 'Date of birth must be on or before the date of the letter' },
    ])
  })
})

describe('complaint', () => {
  test('says "complaint" in the subject and first paragraph, lists each issue and gives the reply date', () => {
    const m = build('complaint', VALID.complaint)
    assert.match(m.subject, /complaint/i)
    const first = m.blocks[0]
    assert.ok(first?.kind === 'paragraph' && /complaint/.test(first.text))
    const text = body(m)
    assert.ok(text.includes(`What happened: ${TEMPLATE_SYNTAX}`))
    assert.ok(text.includes('When it happened: September 2026'))
    assert.ok(text.includes(`What I would like you to do: ${ARABIC}`))
    assert.ok(text.includes('What happened: The SENCO did not reply to three emails.'))
    assert.ok(text.includes('What I would like you to do: A meeting with the SENCO this term.'))
    assert.ok(m.blocks.some((b) => b.kind === 'heading' && b.text === 'Issue 2 of 2'))
    assert.ok(text.includes('I spoke to the class teacher twice.'))
    // 20 working days after Monday 2 November 2026: Monday 30 November.
    assert.equal(m.nextSteps.replyBy, '2026-11-30')
    assert.ok(text.includes('by 30 November 2026, which is 20 working days'))
  })

  test('the reply date counts working days with the engine, over Christmas too', () => {
    const m = build('complaint', { ...VALID.complaint, date: '2026-12-14', respondWithinWorkingDays: 20 })
    assert.equal(m.nextSteps.replyBy, '2027-01-14')
    assert.equal(m.nextSteps.replyBy, workingDaysAfter(date('2026-12-14'), 20).toString())
    assert.ok(body(m).includes('by 14 January 2027'))
    const short = build('complaint', { ...VALID.complaint, respondWithinWorkingDays: 5 })
    assert.equal(short.nextSteps.replyBy, '2026-11-09')
  })

  test('one issue gets one heading, and what was tried is left out when not given', () => {
    const m = build('complaint', {
      ...VALID.complaint,
      issues: [{ what: 'No reply', wantedOutcome: 'A reply' }],
      alreadyTried: undefined,
    })
    const headings = m.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))
    assert.deepEqual(headings, ['What I am complaining about', 'Your reply'])
    assert.ok(!body(m).includes('When it happened'))
  })

  test('a long answer keeps its paragraphs, with the label on the first', () => {
    const m = build('complaint', {
      ...VALID.complaint,
      issues: [{ what: 'First part.\n\nSecond part\nwith a line break.', wantedOutcome: 'A reply' }],
    })
    const texts = m.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
    assert.ok(texts.includes('What happened: First part.'))
    assert.ok(texts.includes('Second part\nwith a line break.'))
  })

  test('next steps point to the Ombudsman with its 12-month limit', () => {
    const m = build('complaint', VALID.complaint)
    assert.ok(m.nextSteps.text.some((t) => t.includes('Local Government and Social Care Ombudsman') && t.includes('12 months')))
    assert.ok(cites(m, 'LGA 1974', 's.26B(2)(a)', 'P'))
  })
})

describe('assessment request', () => {
  test('asks under CFA s.36(1) and expects a decision 6 weeks after the letter (reg 5(1))', () => {
    const m = build('assessment-request', VALID['assessment-request'])
    assert.equal(m.nextSteps.replyBy, '2026-12-14')
    assert.ok(body(m).includes('section 36(1) of the Children and Families Act 2014'))
    assert.ok(body(m).includes('within 6 weeks'))
    assert.ok(body(m).includes('your decision is due by 14 December 2026'))
    assert.ok(cites(m, 'CFA 2014', 's.36(1)', 'U'))
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 5(1)', 'P'))
    assert.ok(m.blocks.some((b) => b.kind === 'list' && b.items.includes('Educational psychologist report, March 2026')))
    assert.ok(m.nextSteps.text.some((t) => t.includes('chase a late decision')))
  })

  test('a young person asks for themselves', () => {
    const m = build('assessment-request', { ...VALID['assessment-request'], requesterIsYoungPerson: true, evidence: [] })
    assert.ok(body(m).includes('needs assessment for me, '))
    assert.ok(m.blocks.some((b) => b.kind === 'heading' && b.text === 'My difficulties'))
    assert.ok(!m.blocks.some((b) => b.kind === 'list'))
  })
})

describe('mediation reply', () => {
  const base = VALID['mediation-reply']

  test('certificate only: asks for the certificate within 3 working days (reg 34(1))', () => {
    const m = build('mediation-reply', { ...base, choice: 'certificate-only', issues: undefined, date: '2026-12-23' })
    assert.equal(m.nextSteps.replyBy, '2026-12-30')
    assert.ok(body(m).includes('I do not want to go to mediation'))
    assert.ok(body(m).includes('within 3 working days'))
    assert.ok(body(m).includes('please send it by 30 December 2026'))
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 34(1)', 'P-part'))
  })

  test('mediation: lists the issues and expects mediation within 30 days', () => {
    const m = build('mediation-reply', base)
    assert.equal(m.nextSteps.replyBy, '2026-12-02')
    assert.ok(m.blocks.some((b) => b.kind === 'list' && b.items.includes(TEMPLATE_SYNTAX) && b.items.includes(ARABIC)))
    assert.ok(body(m).includes('within 30 days'))
    assert.ok(body(m).includes('integrated care board'))
    assert.ok(body(m).includes('letter dated 20 October 2026'))
    const noHealth = build('mediation-reply', { ...base, healthOrSocialCareMustAttend: false })
    assert.ok(!body(noHealth).includes('integrated care board'))
  })

  test('warns in next steps when the 2 months for contacting the adviser have passed', () => {
    const late = build('mediation-reply', { ...base, decisionDate: '2026-08-01' })
    assert.ok(late.nextSteps.text[0]?.includes('more than 2 months after the decision letter'))
    const onTime = build('mediation-reply', base)
    assert.ok(!onTime.nextSteps.text.some((t) => t.includes('more than 2 months')))
  })

  test('a decision letter dated after the reply is refused', () => {
    const result = buildLetter('mediation-reply', { ...base, decisionDate: '2026-11-20' }, TODAY)
    assert.equal(!result.ok && result.problems[0]?.field, 'decisionDate')
  })
})

describe('chase a late decision', () => {
  const base = VALID['chase-late-decision']

  const cases = [
    { limit: 'assessment-decision', startedOn: '2026-09-01', ends: '13 October 2026', weeks: '6 weeks', ref: 'reg 5(1)', grade: 'P' },
    { limit: 'final-plan', startedOn: '2026-05-01', ends: '18 September 2026', weeks: '20 weeks', ref: 'reg 13(2)', grade: 'P' },
    { limit: 'review-decision', startedOn: '2026-09-15', ends: '13 October 2026', weeks: '4 weeks', ref: 'reg 20(10)', grade: 'U' },
  ] as const

  for (const c of cases) {
    test(`${c.limit}: names the ${c.weeks} limit, the day it passed, and asks for a reply in 10 working days`, () => {
      const m = build('chase-late-decision', { ...base, limit: c.limit, startedOn: c.startedOn })
      const text = body(m)
      assert.ok(text.includes(c.weeks), text)
      assert.ok(text.includes(`That time limit passed on ${c.ends}.`))
      assert.ok(text.includes('within 10 working days of the date of this letter, that is by 16 November 2026'))
      assert.ok(text.includes('formal complaint'))
      assert.ok(text.includes('Local Government and Social Care Ombudsman'))
      assert.ok(cites(m, 'SEND Regs 2014', c.ref, c.grade))
      // The rule in the letter's words is the one it cites (the law says reg 20(10), not reg 20).
      assert.ok(text.includes(`${c.ref.replace('reg ', 'egulation ')} of the Special Educational Needs and Disability Regulations 2014`), text)
      assert.equal(m.nextSteps.replyBy, '2026-11-16')
      assert.equal(m.reference, 'Your reference: LCC/{{ id }}/${n}')
    })
  }

  test('is refused until the limit has passed, with the date it can be sent', () => {
    const result = buildLetter('chase-late-decision', { ...base, startedOn: '2026-09-21' }, TODAY)
    assert.ok(!result.ok)
    assert.equal(result.problems[0]?.field, 'startedOn')
    assert.match(result.problems[0]?.message ?? '', /has not passed yet.*due by 2 November 2026.*from 3 November 2026/)
  })
})

describe('records request', () => {
  test('asks under UK GDPR and expects a reply within one calendar month (Article 12(3))', () => {
    const m = build('records-request', { ...VALID['records-request'], date: '2027-01-31' }, date('2027-01-31'))
    assert.equal(m.nextSteps.replyBy, monthsAfter(date('2027-01-31'), 1).toString())
    assert.equal(m.nextSteps.replyBy, '2027-02-28')
    assert.ok(body(m).includes('Article 12(3) of the UK General Data Protection Regulation'))
    assert.ok(body(m).includes('that is by 28 February 2027'))
    assert.ok(cites(m, 'UK GDPR', 'Art. 12(3)', 'U'))
    assert.ok(body(m).includes('SEN casework file'))
  })

  test('a school request lists school records; a young person asks for their own', () => {
    const school = build('records-request', { ...VALID['records-request'], recordsHeldBy: 'school' })
    assert.ok(body(school).includes('SEN support plans'))
    const self = build('records-request', { ...VALID['records-request'], requesterIsYoungPerson: true })
    assert.ok(body(self).includes('the personal data you hold about me'))
    assert.equal(self.subject, 'Subject access request for my records')
  })
})

describe('meeting and disagreement resolution requests', () => {
  test('a meeting request names who to meet and asks for a reply in 10 working days', () => {
    const m = build('meeting-request', VALID['meeting-request'])
    assert.ok(body(m).includes('the special educational needs co-ordinator (SENCO)'))
    assert.equal(m.nextSteps.replyBy, '2026-11-16')
    const teacher = build('meeting-request', { ...VALID['meeting-request'], withRole: 'class teacher', suggestedTimes: undefined })
    assert.ok(body(teacher).includes("Family 👩‍👧 day's class teacher"))
    assert.ok(body(teacher).includes('Please suggest some days and times'))
  })

  test('a disagreement resolution request lists the issues and says appeal rights are kept', () => {
    const m = build('disagreement-resolution-request', VALID['disagreement-resolution-request'])
    assert.ok(m.blocks.some((b) => b.kind === 'list' && b.items.length === 2))
    assert.ok(body(m).includes('does not affect my right to appeal'))
    assert.ok(m.nextSteps.text.some((t) => t.includes('does not stop the clock')))
    assert.ok(cites(m, 'SEND Code of Practice 2015', '11.6-11.10', 'S'))
  })
})

describe('chase a late mediation certificate', () => {
  const base = VALID['chase-certificate']

  test('no mediation: names the 3 working days from reg 34(1), the day they ended, and asks within 2 working days', () => {
    const m = build('chase-certificate', base)
    const text = body(m)
    // Told on Tuesday 20 October 2026: 3 working days end on Friday 23 October.
    assert.ok(text.includes('On 20 October 2026 I told you'), text)
    assert.ok(text.includes('within 3 working days of my telling you this. That time ended on 23 October 2026'), text)
    assert.ok(text.includes(`${ARABIC}'s decision not to carry out an education, health and care (EHC) needs assessment`), text)
    assert.ok(text.includes('in its letter dated 5 October 2026'))
    assert.ok(text.includes('section 55 of the Children and Families Act 2014'), 'the certificate is needed to appeal')
    assert.ok(text.includes('rule 20(1)(c) of the'), 'the appeal deadline runs from the certificate')
    assert.ok(text.includes('by 4 November 2026'))
    assert.equal(m.nextSteps.replyBy, '2026-11-04')
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 34(1)', 'P-part'))
    assert.ok(cites(m, 'CFA 2014', 's.55', 'S'))
    assert.ok(cites(m, 'HESC Rules 2008', 'r20(1)(c)', 'P'))
    // Decision letter 5 October: 2 months end on Saturday 5 December, so Monday 7 December.
    assert.ok(m.nextSteps.text.some((t) => t.includes('at least 7 December 2026')), m.nextSteps.text.join('\n'))
  })

  test('after mediation: the 3 working days run from the end of the mediation (reg 39)', () => {
    const m = build('chase-certificate', { ...base, reason: 'after-mediation', since: '2026-10-26', decision: undefined, council: undefined, decisionDate: undefined })
    const text = body(m)
    assert.ok(text.includes("The mediation about the local authority's decision for my child"), text)
    assert.ok(text.includes('ended on 26 October 2026'))
    assert.ok(text.includes('That time ended on 29 October 2026'))
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 39', 'U'))
    assert.ok(!m.nextSteps.text.some((t) => t.includes('at least')), 'no floor without the decision date')
  })

  test('is refused until the certificate is late, with the day it can be sent', () => {
    const result = buildLetter('chase-certificate', { ...base, since: '2026-10-28' }, TODAY)
    assert.ok(!result.ok)
    assert.equal(result.problems[0]?.field, 'since')
    assert.match(result.problems[0]?.message ?? '', /not late yet.*until 2 November 2026.*from 3 November 2026/)
    const future = buildLetter('chase-certificate', { ...base, since: '2026-11-20' }, TODAY)
    assert.equal(!future.ok && future.problems[0]?.field, 'since')
  })

  test('bad input gets a specific message for each field', () => {
    const result = buildLetter('chase-certificate', { ...base, reason: 'maybe', since: '2026-02-30', decision: 'nope' }, TODAY)
    assert.ok(!result.ok)
    const messages = Object.fromEntries(result.problems.map((p) => [p.field, p.message]))
    assert.match(messages.reason ?? '', /Select whether you said you did not want mediation/)
    assert.match(messages.since ?? '', /must be a real date/)
    assert.match(messages.decision ?? '', /Select what the council decided/)
  })
})

describe('late appeal', () => {
  const base = VALID['late-appeal']

  test('asks the Tribunal to extend time under r5(3)(a), says when the time ran out, and gives the reasons', () => {
    const m = build('late-appeal', base)
    const text = body(m)
    // Decision 20 July 2026: 2 months end on Sunday 20 September, so Monday 21 September (certificate's month ends earlier).
    assert.ok(text.includes('the last day for the Tribunal to receive it was 21 September 2026'), text)
    assert.ok(text.includes(`${ARABIC}'s decision not to issue an EHC plan after the assessment`))
    assert.ok(text.includes('My mediation certificate is dated 10 August 2026.'))
    assert.ok(text.includes('extend the time for appealing and to admit my appeal'))
    assert.ok(text.includes('rule 5(3)(a) of the'))
    assert.ok(text.includes('rule 20(4) of the'))
    assert.ok(text.includes('interests of justice'))
    assert.ok(text.includes(TEMPLATE_SYNTAX))
    assert.ok(text.includes('did not tell me that I could appeal'))
    assert.ok(m.blocks.some((b) => b.kind === 'list' && b.items.includes('My mediation certificate')))
    assert.ok(cites(m, 'HESC Rules 2008', 'r5(3)(a)', 'P'))
    assert.ok(cites(m, 'HESC Rules 2008', 'r20(4)', 'U'))
    assert.ok(m.nextSteps.text.some((t) => t.includes('evidence of why you are late')))
  })

  test('a certificate a month after the decision moves the last day; without one, none is listed', () => {
    const m = build('late-appeal', { ...base, decisionDate: '2026-06-01', certificateDate: '2026-09-15', rightsExplained: 'yes' })
    assert.ok(body(m).includes('was 15 October 2026'), body(m))
    assert.ok(!body(m).includes('did not tell me'))
    const none = build('late-appeal', { ...base, certificateDate: undefined })
    assert.ok(!none.blocks.some((b) => b.kind === 'list' && b.items.includes('My mediation certificate')))
  })

  test('an appeal still in time is refused, with its last day; a certificate before the decision is refused', () => {
    const inTime = buildLetter('late-appeal', { ...base, decisionDate: '2026-10-01', certificateDate: undefined }, TODAY)
    assert.ok(!inTime.ok)
    assert.equal(inTime.problems[0]?.field, 'decisionDate')
    assert.match(inTime.problems[0]?.message ?? '', /not late: the Tribunal must receive it by 1 December 2026/)
    const backwards = buildLetter('late-appeal', { ...base, certificateDate: '2026-07-01' }, TODAY)
    assert.equal(!backwards.ok && backwards.problems[0]?.field, 'certificateDate')
    const blank = buildLetter('late-appeal', { ...base, reasons: '  ', decision: undefined }, TODAY)
    assert.ok(!blank.ok)
    assert.deepEqual(
      blank.problems.map((p) => [p.field, p.message]),
      [
        ['decision', 'Select what the council decided'],
        ['reasons', 'Enter why your appeal is late'],
      ],
    )
  })
})

describe('names and dates as the family gave them', () => {
  test('the mediation reply names the council and its decision', () => {
    const m = build('mediation-reply', { ...VALID['mediation-reply'], council: 'Knowsley Council', decision: 'cease-plan' })
    assert.ok(body(m).includes("I have received Knowsley Council's decision to stop maintaining the EHC plan for my child"), body(m))
  })

  test('"Dear" follows the name as typed, with no doubled "Dear" or title', () => {
    const dear = (name: string) =>
      build('complaint', { ...VALID.complaint, recipient: { ...VALID.complaint.recipient, name } }).salutation
    assert.equal(dear('Mrs A Brown'), 'Dear Mrs A Brown,')
    assert.equal(dear('Dear Mrs A Brown,'), 'Dear Mrs A Brown,')
    assert.equal(dear('Mrs Mrs A Brown'), 'Dear Mrs A Brown,')
    assert.equal(dear('Dr. Dr. Okafor'), 'Dear Dr. Okafor,')
    assert.equal(dear('Mrs Ms Brown'), 'Dear Ms Brown,')
    assert.equal(dear('Priya'), 'Dear Priya,')
  })

  test('a reply asked of a school says a holiday may delay it', () => {
    const m = build('meeting-request', VALID['meeting-request'])
    assert.ok(m.nextSteps.text.some((t) => t.includes('school holiday')))
    assert.ok(build('complaint', VALID.complaint).nextSteps.text.some((t) => t.includes('school holiday')))
  })
})
