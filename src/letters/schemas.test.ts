import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { buildLetter, LETTER_TYPES, letterSchemas, type LetterType, type Problem } from './index.js'
import { TODAY, VALID } from './testing/fixtures.js'

const problemsFor = (type: LetterType, input: unknown): Problem[] => {
  const result = buildLetter(type, input, TODAY)
  assert.equal(result.ok, false, 'expected the input to be refused')
  return result.ok ? [] : result.problems
}

const messageFor = (problems: Problem[], field: string) => {
  const problem = problems.find((p) => p.field === field)
  assert.ok(problem, `no problem for ${field}; got ${JSON.stringify(problems)}`)
  return problem.message
}

const { complaint } = VALID
const sender = complaint.sender

describe('letter schemas', () => {
  test('every letter type has a schema and a valid example', () => {
    assert.deepEqual(Object.keys(letterSchemas).sort(), [...LETTER_TYPES].sort())
    for (const type of LETTER_TYPES) {
      const result = letterSchemas[type].safeParse(VALID[type])
      assert.ok(result.success, `${type}: ${JSON.stringify(result.error?.issues)}`)
    }
  })

  test('the complaint takes exactly the agreed fields', () => {
    assert.deepEqual(Object.keys(letterSchemas.complaint.shape).sort(), [
      'alreadyTried',
      'child',
      'date',
      'issues',
      'recipient',
      'respondWithinWorkingDays',
      'sender',
    ])
    assert.deepEqual(Object.keys(letterSchemas.complaint.shape.sender.shape).sort(), ['address', 'email', 'name', 'phone'])
    assert.deepEqual(Object.keys(letterSchemas.complaint.shape.recipient.shape).sort(), [
      'address',
      'name',
      'organisation',
      'role',
    ])
    assert.deepEqual(Object.keys(letterSchemas.complaint.shape.child.shape).sort(), ['dateOfBirth', 'name', 'school'])
  })

  test('a missing name is reported on sender.name', () => {
    const problems = problemsFor('complaint', { ...complaint, sender: { ...sender, name: undefined } })
    assert.equal(messageFor(problems, 'sender.name'), 'Enter your name')
  })

  test('a name of only spaces counts as missing', () => {
    const problems = problemsFor('complaint', { ...complaint, sender: { ...sender, name: '   ' } })
    assert.equal(messageFor(problems, 'sender.name'), 'Enter your name')
  })

  test('a complaint needs at least one issue and at most 10', () => {
    assert.equal(
      messageFor(problemsFor('complaint', { ...complaint, issues: [] }), 'issues'),
      'Add at least one thing you are complaining about',
    )
    assert.equal(
      messageFor(problemsFor('complaint', { ...complaint, issues: undefined }), 'issues'),
      'Add at least one thing you are complaining about',
    )
    const eleven = Array.from({ length: 11 }, () => ({ what: 'x', wantedOutcome: 'y' }))
    assert.match(messageFor(problemsFor('complaint', { ...complaint, issues: eleven }), 'issues'), /up to 10/)
  })

  test('problems inside an issue name the issue by its index', () => {
    const issues = [complaint.issues[0], { what: '', wantedOutcome: 'A reply' }, { what: 'x' }]
    const problems = problemsFor('complaint', { ...complaint, issues })
    assert.equal(messageFor(problems, 'issues.1.what'), 'Enter what happened')
    assert.equal(messageFor(problems, 'issues.2.wantedOutcome'), 'Enter what you want to happen')
  })

  test('an impossible date is refused with the date format', () => {
    const problems = problemsFor('complaint', { ...complaint, date: '2026-02-30' })
    assert.equal(messageFor(problems, 'date'), 'The date of the letter must be a real date in the form YYYY-MM-DD')
    const dob = problemsFor('complaint', { ...complaint, child: { ...complaint.child, dateOfBirth: '4/5/2016' } })
    assert.equal(messageFor(dob, 'child.dateOfBirth'), 'Date of birth must be a real date in the form YYYY-MM-DD')
  })

  test('dates outside the calendar the engine covers are refused', () => {
    const problems = problemsFor('complaint', { ...complaint, date: '1899-01-01' })
    assert.equal(messageFor(problems, 'date'), 'The date of the letter must be between 1990 and 2099')
  })

  test('over-long text is refused with its limit', () => {
    const problems = problemsFor('complaint', {
      ...complaint,
      sender: { ...sender, name: 'x'.repeat(101) },
      issues: [{ what: 'x'.repeat(2001), wantedOutcome: 'y' }],
    })
    assert.equal(messageFor(problems, 'sender.name'), 'Your name must be 100 characters or fewer')
    assert.equal(messageFor(problems, 'issues.0.what'), 'What happened must be 2000 characters or fewer')
  })

  test('unknown keys are refused, each on its own path', () => {
    const problems = problemsFor('complaint', {
      ...complaint,
      colour: 'blue',
      sender: { ...sender, nickname: 'Sam' },
      issues: [{ ...complaint.issues[0], urgent: true }],
    })
    assert.match(messageFor(problems, 'colour'), /"colour" is not something this letter asks for/)
    assert.match(messageFor(problems, 'sender.nickname'), /"nickname" is not something this letter asks for/)
    assert.match(messageFor(problems, 'issues.0.urgent'), /"urgent"/)
  })

  test('input that is not an object is refused plainly', () => {
    assert.deepEqual(problemsFor('complaint', 'hello'), [
      { field: '', message: 'Send the letter details as an object of fields' },
    ])
    assert.equal(messageFor(problemsFor('complaint', { ...complaint, sender: 'me' }), 'sender'), 'Enter your details')
  })

  test('a wrong type gets a message that names the field', () => {
    const problems = problemsFor('complaint', { ...complaint, sender: { ...sender, name: 42 } })
    assert.equal(messageFor(problems, 'sender.name'), 'Your name must be text')
  })

  test('names must be on one line; addresses may have several', () => {
    const problems = problemsFor('complaint', { ...complaint, sender: { ...sender, name: 'Sam\nSmith' } })
    assert.equal(messageFor(problems, 'sender.name'), 'Your name must be on one line')
    assert.equal(buildLetter('complaint', { ...complaint, sender: { ...sender, address: 'a\r\nb' } }, TODAY).ok, true)
  })

  test('hidden control characters are refused', () => {
    const problems = problemsFor('complaint', { ...complaint, alreadyTried: 'bell\u0007' })
    assert.match(messageFor(problems, 'alreadyTried'), /hidden character/)
  })

  test('blank optional fields count as not given', () => {
    const result = buildLetter(
      'complaint',
      {
        ...complaint,
        sender: { ...sender, email: '', phone: ' ' },
        recipient: { ...complaint.recipient, name: '', role: '' },
        child: { name: 'Sam', dateOfBirth: '', school: '' },
        alreadyTried: '',
        respondWithinWorkingDays: '',
        date: '',
      },
      TODAY,
    )
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems))
    assert.equal(result.model.salutation, 'Dear Sir or Madam,')
    assert.equal(result.model.dateIso, TODAY.toString())
  })

  test('email and phone are checked', () => {
    const problems = problemsFor('complaint', { ...complaint, sender: { ...sender, email: 'not an email', phone: 'call me' } })
    assert.equal(
      messageFor(problems, 'sender.email'),
      'Enter an email address in the correct format, like name@example.com',
    )
    assert.match(messageFor(problems, 'sender.phone'), /^Enter a phone number/)
  })

  test('the reply time is 5 to 40 working days, 20 by default, and may come from a form as text', () => {
    const parse = (v: unknown) => letterSchemas.complaint.safeParse({ ...complaint, respondWithinWorkingDays: v })
    assert.equal(parse(undefined).data?.respondWithinWorkingDays, 20)
    assert.equal(parse('25').data?.respondWithinWorkingDays, 25)
    assert.equal(
      messageFor(problemsFor('complaint', { ...complaint, respondWithinWorkingDays: 4 }), 'respondWithinWorkingDays'),
      'Give them at least 5 working days to reply',
    )
    assert.equal(
      messageFor(problemsFor('complaint', { ...complaint, respondWithinWorkingDays: 41 }), 'respondWithinWorkingDays'),
      'Give them no more than 40 working days to reply',
    )
    assert.match(
      messageFor(problemsFor('complaint', { ...complaint, respondWithinWorkingDays: 12.5 }), 'respondWithinWorkingDays'),
      /whole number/,
    )
  })

  test('mediation needs the issues to talk about, a certificate does not', () => {
    const base = VALID['mediation-reply']
    const problems = problemsFor('mediation-reply', { ...base, issues: undefined })
    assert.equal(messageFor(problems, 'issues'), 'Add at least one thing you want mediation to cover')
    assert.equal(buildLetter('mediation-reply', { ...base, choice: 'certificate-only', issues: undefined }, TODAY).ok, true)
  })

  test('choices outside the list are refused with the options', () => {
    assert.match(
      messageFor(problemsFor('mediation-reply', { ...VALID['mediation-reply'], choice: 'maybe' }), 'choice'),
      /mediation or only a mediation certificate/,
    )
    assert.match(
      messageFor(problemsFor('meeting-request', { ...VALID['meeting-request'], withRole: 'caretaker' }), 'withRole'),
      /class teacher, the SENCO or the headteacher/,
    )
    assert.match(
      messageFor(problemsFor('records-request', { ...VALID['records-request'], recordsHeldBy: 'NHS' }), 'recordsHeldBy'),
      /school or the local authority/,
    )
    assert.match(
      messageFor(problemsFor('chase-late-decision', { ...VALID['chase-late-decision'], limit: 'soon' }), 'limit'),
      /assessment decision, the final EHC plan or the decision after an annual review/,
    )
  })

  test('required fields of each letter are reported', () => {
    assert.equal(
      messageFor(problemsFor('assessment-request', { ...VALID['assessment-request'], difficulties: undefined }), 'difficulties'),
      'Enter the difficulties your child has',
    )
    assert.equal(
      messageFor(problemsFor('mediation-reply', { ...VALID['mediation-reply'], decisionDate: undefined }), 'decisionDate'),
      'Enter the date of the decision letter',
    )
    assert.equal(
      messageFor(
        problemsFor('disagreement-resolution-request', { ...VALID['disagreement-resolution-request'], issues: [] }),
        'issues',
      ),
      'Add at least one thing the disagreement is about',
    )
    assert.equal(
      messageFor(problemsFor('chase-late-decision', { ...VALID['chase-late-decision'], startedOn: undefined }), 'startedOn'),
      'Enter the date the request was received or the review meeting was held',
    )
    assert.equal(
      messageFor(problemsFor('meeting-request', { ...VALID['meeting-request'], child: { dateOfBirth: '2016-01-01' } }), 'child.name'),
      "Enter your child's name",
    )
  })

  test('blank entries in a list are dropped', () => {
    const result = buildLetter('assessment-request', { ...VALID['assessment-request'], evidence: ['Report', '', '  '] }, TODAY)
    assert.ok(result.ok)
    assert.ok(result.model.blocks.some((b) => b.kind === 'list' && b.items.length === 1 && b.items[0] === 'Report'))
  })
})
