import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Temporal } from 'temporal-polyfill'
import { buildLetter, type LetterModel, type LetterType } from './index.js'
import { ARABIC, HEBREW, TEMPLATE_SYNTAX, TODAY, VALID } from './testing/fixtures.js'

// The letters about a plan's later life, the Tribunal's orders, exclusions and travel (issue 10):
// each date comes from the law engine, each rule from src/law/duties.ts.

const build = (type: LetterType, input: unknown, today = TODAY): LetterModel => {
  const result = buildLetter(type, input, today)
  assert.ok(result.ok, JSON.stringify(!result.ok && result.problems))
  return result.model
}
const problems = (type: LetterType, input: unknown, today = TODAY) => {
  const result = buildLetter(type, input, today)
  assert.ok(!result.ok, 'expected problems')
  return result.problems
}
const body = (m: LetterModel) => m.blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text])).join('\n')
const cites = (m: LetterModel, source: string, ref: string, grade: string) =>
  m.citations.some((c) => c.source === source && c.ref === ref && c.grade === grade)
const headings = (m: LetterModel) => m.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))

describe('reply to proposed amendments', () => {
  const base = VALID['amendment-response']

  test('replies within the 15 days beginning with the notice (reg 22(2)(c)) and asks for the school', () => {
    const m = build('amendment-response', base)
    // Notice sent Monday 26 October 2026: the 15 days begin that day and end on 9 November.
    assert.ok(body(m).includes('On 26 October 2026 you sent me a notice of proposed changes'))
    assert.ok(body(m).includes('Regulation 22(2)(c) of the Special Educational Needs and Disability Regulations 2014'))
    assert.ok(body(m).includes('at least 15 days, beginning with the day you sent the notice'))
    assert.ok(body(m).includes('until 9 November 2026'))
    assert.ok(body(m).includes(`I ask you to name ${HEBREW} in section I of the plan`))
    assert.ok(body(m).includes('regulation 22(2)(b)'))
    assert.ok(body(m).includes('regulation 22(2)(c)(iii)'))
    assert.deepEqual(headings(m), ['My comments on the proposed changes', 'The school or college I ask you to name', 'The final plan'])
    // The comments keep their paragraphs.
    const texts = m.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))
    assert.ok(texts.includes(TEMPLATE_SYNTAX) && texts.includes(ARABIC))
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 22(2)(c)', 'P'))
    assert.ok(cites(m, 'CFA 2014', 's.38(2)(b)(ii)', 'P'))
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 22(3)', 'P'))
  })

  test('expects the final amended plan 8 weeks after the notice (reg 22(3))', () => {
    const m = build('amendment-response', base)
    assert.equal(m.nextSteps.replyBy, '2026-12-21')
    assert.ok(body(m).includes('within 8 weeks of sending the notice, that is by 21 December 2026'))
    assert.ok(m.nextSteps.text.some((t) => t.includes('chase a late amended plan')))
  })

  test('the 15 days run over a month end and a leap day as the engine counts them', () => {
    const m = build('amendment-response', { ...base, amendmentNoticeSentOn: '2028-02-20', date: '2028-02-25' })
    assert.ok(body(m).includes('until 5 March 2028'))
  })

  test('without a school or a meeting, those paragraphs are left out', () => {
    const m = build('amendment-response', { ...base, schoolRequested: undefined, wantsMeeting: false })
    assert.deepEqual(headings(m), ['My comments on the proposed changes', 'The final plan'])
    assert.ok(!body(m).includes('meet an officer'))
    assert.ok(!cites(m, 'CFA 2014', 's.38(2)(b)(ii)', 'P'))
  })

  test('a late reply is still written, and next steps say the time has passed', () => {
    const m = build('amendment-response', { ...base, date: '2026-11-20' })
    assert.ok(m.nextSteps.text[0]?.includes('The time to reply ended on 9 November 2026'))
    assert.ok(!build('amendment-response', base).nextSteps.text[0]?.includes('The time to reply ended'))
  })

  test('a notice dated after the letter is refused', () => {
    assert.deepEqual(problems('amendment-response', { ...base, amendmentNoticeSentOn: '2026-11-05' }), [
      { field: 'amendmentNoticeSentOn', message: 'The date the proposed changes were sent must be on or before the date of your letter' },
    ])
  })

  test('comments are required, with a GOV.UK message', () => {
    const found = problems('amendment-response', { ...base, comments: '  ' })
    assert.deepEqual(found, [{ field: 'comments', message: 'Enter your comments on the proposed changes' }])
  })
})

describe('chase a late amended plan', () => {
  const base = VALID['chase-amended-plan']

  test('names reg 22(3) with its date and the overall limit from the meeting', () => {
    const m = build('chase-amended-plan', base)
    // Notice 24 August 2026 + 8 weeks; meeting 20 July 2026 + 12 weeks.
    assert.ok(body(m).includes('Regulation 22(3) of the Special Educational Needs and Disability Regulations 2014'))
    assert.ok(body(m).includes('within 8 weeks of sending the proposed changes: by 19 October 2026'))
    assert.ok(body(m).includes('within 12 weeks of the meeting (R (L) v Devon County Council [2022] EWHC 493 (Admin)): by 12 October 2026'))
    assert.ok(body(m).includes('Both dates have passed'))
    assert.equal(m.nextSteps.replyBy, '2026-11-16')
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 22(3)', 'P'))
    assert.ok(cites(m, 'Devon case', '[2022] EWHC 493 (Admin)', 'S'))
    assert.ok(cites(m, 'LGA 1974', 's.26B(2)(a)', 'P'))
  })

  test('without a meeting date, only the 8 weeks from the notice', () => {
    const m = build('chase-amended-plan', { ...base, reviewMeetingOn: undefined })
    assert.ok(!body(m).includes('High Court'))
    assert.ok(body(m).includes('That time has passed'))
    assert.ok(!cites(m, 'Devon case', '[2022] EWHC 493 (Admin)', 'S'))
  })

  test('waits until a limit has passed, counting over Christmas as the engine does', () => {
    // 8 weeks from 2 November 2026 is 28 December 2026.
    const early = { ...base, amendmentNoticeSentOn: '2026-11-02', reviewMeetingOn: undefined, date: '2026-12-28' }
    assert.deepEqual(problems('chase-amended-plan', early, Temporal.PlainDate.from('2026-12-28')), [
      {
        field: 'amendmentNoticeSentOn',
        message: 'The time limit has not passed yet: the amended plan is due by 28 December 2026. You can send this letter from 29 December 2026',
      },
    ])
    assert.ok(build('chase-amended-plan', { ...early, date: '2026-12-29' }, Temporal.PlainDate.from('2026-12-29')))
  })

  test('a meeting after the letter is refused', () => {
    assert.deepEqual(problems('chase-amended-plan', { ...base, reviewMeetingOn: '2026-11-10' }), [
      { field: 'reviewMeetingOn', message: 'The date of the annual review meeting must be on or before the date of your letter' },
    ])
  })
})

describe('chase a Tribunal order not carried out', () => {
  const base = VALID['chase-tribunal-order']

  test('an order: names reg 44 and each time limit that has passed, from the engine', () => {
    const m = build('chase-tribunal-order', base)
    assert.ok(body(m).includes('On 1 September 2026 the First-tier Tribunal'))
    assert.ok(body(m).includes('It ordered you to carry out an EHC needs assessment.'))
    assert.ok(body(m).includes('Regulation 44(2) of the Special Educational Needs and Disability Regulations 2014 sets the time'))
    const items = m.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []))
    // 2 weeks from 1 September has passed; the final plan (14 weeks, 8 December) has not.
    assert.deepEqual(items, ['you had to tell me that you will carry out the EHC needs assessment by 15 September 2026'])
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 44(2)', 'S'))
    assert.equal(m.nextSteps.replyBy, '2026-11-16')
  })

  test('an unopposed appeal: names reg 45 and counts from the day the council told the Tribunal', () => {
    const m = build('chase-tribunal-order', { ...base, basis: 'unopposed', order: 'amend-plan', startedOn: '2026-09-01' })
    assert.ok(body(m).includes('you told the First-tier Tribunal (Special Educational Needs and Disability) that you would not oppose'))
    assert.ok(body(m).includes('Regulation 45 of the Special Educational Needs and Disability Regulations 2014'))
    const items = m.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []))
    assert.deepEqual(items, ['you had to send me the amended EHC plan by 6 October 2026'])
    assert.ok(cites(m, 'SEND Regs 2014', 'reg 45', 'P'))
    assert.ok(cites(m, 'SI 2015/359', 'reg 8', 'P'))
  })

  test('month end: an order on 31 January to amend the plan is due 5 weeks later, on 7 March', () => {
    const m = build('chase-tribunal-order', { ...base, order: 'amend-plan', startedOn: '2026-01-31', date: '2026-03-09' })
    assert.ok(m.blocks.some((b) => b.kind === 'list' && b.items[0] === 'you had to send me the amended EHC plan by 7 March 2026'))
  })

  test('waits until the first limit has passed', () => {
    assert.deepEqual(problems('chase-tribunal-order', { ...base, order: 'name-school', startedOn: '2026-10-26' }), [
      {
        field: 'startedOn',
        message: 'The time limit has not passed yet: the council has until 9 November 2026. You can send this letter from 10 November 2026',
      },
    ])
  })

  test('a basis that is neither is refused with a GOV.UK message', () => {
    assert.deepEqual(problems('chase-tribunal-order', { ...base, basis: 'maybe' }), [
      { field: 'basis', message: 'Select whether the Tribunal made an order or the council did not oppose your appeal' },
    ])
  })
})

describe('ask for an early review', () => {
  const base = VALID['early-review']

  test('relies on s.44(1) setting only the latest time, and asks for a reply in 10 working days', () => {
    const m = build('early-review', base)
    assert.ok(body(m).includes('Section 44(1) of the Children and Families Act 2014 says you must review the plan at least once in every 12 months'))
    assert.ok(body(m).includes('The plan was last reviewed on 10 March 2026.'))
    assert.deepEqual(headings(m), ['What has changed', 'What I think should change in the plan'])
    assert.equal(m.nextSteps.replyBy, '2026-11-16')
    assert.ok(cites(m, 'CFA 2014', 's.44(1)', 'S'))
    assert.ok(cites(m, 'SEND Code of Practice 2015', '9.166', 'S'))
  })

  test('the reply date counts working days over Christmas', () => {
    const m = build('early-review', { ...base, date: '2026-12-21' }, Temporal.PlainDate.from('2026-12-21'))
    assert.equal(m.nextSteps.replyBy, '2027-01-07')
  })

  test('what has changed is required', () => {
    assert.deepEqual(problems('early-review', { ...base, whatChanged: undefined }), [{ field: 'whatChanged', message: 'Enter what has changed' }])
  })
})

describe('ask for an independent review panel after an exclusion', () => {
  const base = VALID['exclusion-review-panel']

  test('applies under Sch 1 para 2(1) within 15 school days and asks for an SEN expert', () => {
    const m = build('exclusion-review-panel', base)
    assert.ok(body(m).includes('who was permanently excluded on 1 October 2026. On 20 October 2026 I was told in writing that the governing board had decided not to reinstate my child.'))
    assert.ok(body(m).includes('Schedule 1, paragraph 2(1) of the School Discipline (Pupil Exclusions and Reviews) (England) Regulations 2012 allows 15 school days'))
    assert.ok(headings(m).includes('Special educational needs (SEN) expert'))
    assert.ok(body(m).includes('I ask you to appoint an SEN expert'))
    assert.ok(cites(m, 'School Discipline Regs 2012', 'Sch 1 para 2(1)', 'P'))
    assert.ok(cites(m, 'School Discipline Regs 2012', 'reg 7(3)', 'S'))
    assert.ok(cites(m, 'School Discipline Regs 2012', 'Sch 1 para 1(1)', 'P'))
    assert.ok(m.nextSteps.text[0]?.includes('second working day after posting'))
  })

  test('without an SEN expert, no such request', () => {
    const m = build('exclusion-review-panel', { ...base, senExpert: false })
    assert.ok(!body(m).includes('SEN expert'))
    assert.ok(!cites(m, 'School Discipline Regs 2012', 'reg 7(3)', 'S'))
  })

  test('the SEN expert question must be answered, and the board decision may not be after the letter', () => {
    assert.deepEqual(problems('exclusion-review-panel', { ...base, senExpert: undefined }), [
      { field: 'senExpert', message: 'Select yes if you want an SEN expert at the review panel' },
    ])
    assert.deepEqual(problems('exclusion-review-panel', { ...base, boardDecisionNoticeOn: '2026-11-03' }), [
      { field: 'boardDecisionNoticeOn', message: "The date you were told of the governing board's decision must be on or before the date of your letter" },
    ])
    assert.deepEqual(problems('exclusion-review-panel', { ...base, boardDecisionNoticeOn: '2026-09-30' }), [
      { field: 'boardDecisionNoticeOn', message: "The date you were told of the governing board's decision must be on or after the date your child was excluded" },
    ])
  })
})

describe('ask for a stage 1 travel review', () => {
  const base = VALID['transport-review']

  test('asks under the DfE guidance and expects a decision 20 working days later', () => {
    const m = build('transport-review', base)
    assert.ok(body(m).includes('On 26 October 2026 you decided about help with travel'))
    assert.ok(body(m).includes('The Travel to school for children of compulsory school age (Department for Education statutory guidance) sets out'))
    // 20 working days after Monday 2 November 2026.
    assert.equal(m.nextSteps.replyBy, '2026-11-30')
    assert.ok(body(m).includes('within 20 working days of receiving this request, that is by 30 November 2026'))
    assert.ok(m.nextSteps.text.some((t) => t.includes('not a matter for the SEND Tribunal')))
    assert.ok(cites(m, 'DfE travel guidance', 'review and appeal process', 'S'))
  })

  test('a request after the 20 working days says so, counting over Christmas and bank holidays', () => {
    // 20 working days from 10 December 2026 skip 25, 28 December and 1 January: 12 January 2027.
    const onTime = build('transport-review', { ...base, decisionDate: '2026-12-10', date: '2027-01-12' }, Temporal.PlainDate.from('2027-01-12'))
    assert.ok(!onTime.nextSteps.text[0]?.includes('that time ended'))
    const late = build('transport-review', { ...base, decisionDate: '2026-12-10', date: '2027-01-13' }, Temporal.PlainDate.from('2027-01-13'))
    assert.ok(late.nextSteps.text[0]?.includes('that time ended on 12 January 2027'))
  })
})
