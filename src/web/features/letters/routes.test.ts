import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { testApp } from '../../../../test/support/app.js'
import { LETTER_TYPES } from '../../../letters/index.js'
import { asPdfText, docxFiles, docxText, flatText, readPdf } from '../../../letters/testing/extract.js'
import { ARABIC, EMOJI, HEBREW, MARKUP } from '../../../letters/testing/fixtures.js'
import { LETTER_FORMS } from '../../../letters/index.js'

let app: FastifyInstance
before(async () => {
  app = await testApp()
})
after(() => app.close())

/** What Nunjucks' autoescape makes of a value. */
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const AWKWARD_TEXT = `${MARKUP} ${EMOJI} ${ARABIC} ${HEBREW}`

/** A complaint as the form posts it, full of awkward text. */
const complaintForm = (): Record<string, string> => ({
  'sender.name': MARKUP,
  'sender.address': `12 Oak Road\n${HEBREW} Street\nLeeds`,
  'sender.email': 'parent@example.com',
  'sender.phone': '',
  'recipient.name': 'Ms Priya Shah',
  'recipient.role': '',
  'recipient.organisation': 'Oak Primary School',
  'recipient.address': '1 School Lane\nLeeds',
  'child.name': EMOJI,
  'child.dateOfBirth-day': '4',
  'child.dateOfBirth-month': '5',
  'child.dateOfBirth-year': '2016',
  'child.school': '',
  '_count.issues': '3',
  'issues.0.what': AWKWARD_TEXT,
  'issues.0.when': 'September 2026',
  'issues.0.wantedOutcome': ARABIC,
  'issues.1.what': '',
  'issues.1.when': '',
  'issues.1.wantedOutcome': '',
  'issues.2.what': 'The SENCO did not reply to three emails.',
  'issues.2.when': '',
  'issues.2.wantedOutcome': 'A meeting this term.',
  alreadyTried: 'I spoke to the class teacher twice.',
  respondWithinWorkingDays: '20',
  'date-day': '2',
  'date-month': '11',
  'date-year': '2026',
})

interface Session {
  token: string
  secret: string
}

/** What a browser does first: load the form, getting the CSRF cookie and token. */
async function open(url = '/letters/complaint'): Promise<Session & { res: LightMyRequestResponse }> {
  const res = await app.inject(url)
  const token = /<input type="hidden" name="_csrf" value="([^"]+)">/.exec(res.body)?.[1]
  const secret = res.cookies.find((c) => c.name === '_csrf')?.value
  assert.ok(token && secret, 'the form carries a CSRF token and sets its cookie')
  return { res, token, secret }
}

async function post(url: string, fields: Record<string, string>, session?: Session | null) {
  const s = session === undefined ? await open() : session
  const body = new URLSearchParams(s ? { _csrf: s.token, ...fields } : fields)
  return app.inject({
    method: 'POST',
    url,
    ...(s ? { cookies: { _csrf: s.secret } } : {}),
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
}

const errorLinks = (html: string) =>
  [...html.matchAll(/<li>\s*<a href="(#[^"]+)">\s*([^<]*?)\s*<\/a>/g)].map((m) => [m[1], m[2]])
const inputValue = (html: string, name: string) =>
  new RegExp(`name="${name.replace(/\./g, '\\.')}"[^>]*value="([^"]*)"`).exec(html)?.[1] ??
  new RegExp(`value="([^"]*)"[^>]*name="${name.replace(/\./g, '\\.')}"`).exec(html)?.[1]
const textareaValue = (html: string, name: string) =>
  new RegExp(`<textarea[^>]*name="${name.replace(/\./g, '\\.')}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1]
const h1 = (html: string) => /<h1 class="govuk-heading-xl">([^<]*)<\/h1>/.exec(html)?.[1]

describe('GET /letters', () => {
  test('lists every letter, each with a link and a one-line description', async () => {
    const res = await app.inject('/letters')
    assert.equal(res.statusCode, 200)
    assert.equal(h1(res.body), 'Write a letter')
    for (const type of LETTER_TYPES) {
      const form = LETTER_FORMS[type]
      assert.ok(res.body.includes(`<a class="govuk-link" href="/letters/${type}">${esc(form.title)}</a>`), type)
      assert.ok(res.body.includes(esc(form.description)), `${type} description`)
    }
    assert.equal((res.body.match(/href="\/letters\/[a-z-]+"/g) ?? []).length, LETTER_TYPES.length)
  })
})

describe('GET /letters/:type', () => {
  for (const type of LETTER_TYPES) {
    test(`${type}: the guided form, posting to itself with a CSRF token`, async () => {
      const { res } = await open(`/letters/${type}`)
      assert.equal(res.statusCode, 200)
      assert.equal(h1(res.body), esc(LETTER_FORMS[type].title))
      assert.match(res.body, new RegExp(`<form method="post" action="/letters/${type}" novalidate`))
      assert.ok(res.body.includes('id="sender-name" name="sender.name"'))
      assert.ok(res.body.includes('name="child.name"'))
      assert.ok(res.body.includes('id="date-day" name="date-day"'), 'the letter date as a GOV.UK date input')
      assert.equal(res.headers['cache-control'], 'no-store')
      assert.doesNotMatch(res.body, /<script/)
    })
  }

  test('the complaint shows 3 issues, an "Add another issue" button and 20 working days', async () => {
    const res = await app.inject('/letters/complaint')
    for (const i of [0, 1, 2]) assert.ok(res.body.includes(`id="issues-${i}-what" name="issues.${i}.what"`))
    assert.ok(!res.body.includes('issues.3.what'))
    assert.match(
      res.body,
      /<button type="submit" value="add:issues" name="_action"[^>]*formaction="\/letters\/complaint#issues-item-3">\s*Add another/,
    )
    assert.equal(inputValue(res.body, 'respondWithinWorkingDays'), '20')
  })

  test('the plan’s chase and late-appeal links fill in the area’s mediation service, the council, the decision and its dates', async () => {
    const chase = await app.inject(
      '/letters/chase-certificate?reason=no-mediation&since=2026-06-20&decision=refuse-plan&decisionDate=2026-06-10&area=liverpool',
    )
    assert.equal(chase.statusCode, 200)
    assert.equal(inputValue(chase.body, 'recipient.organisation'), 'Why Mediate')
    assert.equal(inputValue(chase.body, 'council'), 'Liverpool City Council')
    assert.match(chase.body, /name="reason" type="radio" value="no-mediation" checked/)
    assert.match(chase.body, /name="decision" type="radio" value="refuse-plan" checked/)
    assert.deepEqual(['day', 'month', 'year'].map((p) => inputValue(chase.body, `since-${p}`)), ['20', '6', '2026'])
    assert.match(chase.body, /data-testid="filled-from"/)
    assert.ok(!chase.body.includes('Independent mediation service for'), 'no placeholder addressee')

    const late = await app.inject('/letters/late-appeal?decision=refuse-plan&decisionDate=2026-06-10&certificateDate=2026-06-23&area=knowsley')
    assert.equal(late.statusCode, 200)
    assert.equal(inputValue(late.body, 'council'), 'Knowsley Metropolitan Borough Council')
    assert.deepEqual(['day', 'month', 'year'].map((p) => inputValue(late.body, `certificateDate-${p}`)), ['23', '6', '2026'])
    // The Tribunal is the same for every area: its name from the national directory; its address from GOV.UK.
    assert.equal(inputValue(late.body, 'recipient.organisation'), 'First-tier Tribunal (Special Educational Needs and Disability)')
    assert.equal(textareaValue(late.body, 'recipient.address'), '')

    const mediation = await app.inject('/letters/mediation-reply?decision=cease-plan&area=knowsley')
    assert.equal(inputValue(mediation.body, 'council'), 'Knowsley Metropolitan Borough Council')
    assert.match(mediation.body, /name="decision" type="radio" value="cease-plan" checked/)
  })

  test('bad answers on the new letters get GOV.UK errors linking to each field', async () => {
    const res = await post('/letters/late-appeal', {
      'sender.name': 'Sam',
      'sender.address': '1 Road',
      'recipient.organisation': 'Tribunal',
      'recipient.address': 'Somewhere',
      'child.name': 'Kit',
      'decisionDate-day': '31',
      'decisionDate-month': '2',
      'decisionDate-year': '2026',
      reasons: '',
    })
    assert.equal(res.statusCode, 400)
    assert.deepEqual(errorLinks(res.body), [
      ['#decision', 'Select what the council decided'],
      ['#decisionDate-day', 'The date of the decision letter must be a real date'],
      ['#reasons', 'Enter why your appeal is late'],
    ])
    const early = await post('/letters/chase-certificate', {
      'sender.name': 'Sam',
      'sender.address': '1 Road',
      'recipient.organisation': 'Why Mediate',
      'recipient.address': 'Somewhere',
      'child.name': 'Kit',
      reason: 'no-mediation',
      'since-day': '30',
      'since-month': '10',
      'since-year': '2026',
      'date-day': '2',
      'date-month': '11',
      'date-year': '2026',
    })
    assert.equal(early.statusCode, 400)
    assert.match(errorLinks(early.body)[0]?.[1] ?? '', /^The certificate is not late yet: the mediation adviser has until 4 November 2026/)
    assert.equal(errorLinks(early.body)[0]?.[0], '#since-day')
  })

  test('an unknown letter is a 404 page', async () => {
    const res = await app.inject('/letters/love-letter')
    assert.equal(res.statusCode, 404)
    assert.match(res.body, /Page not found/)
  })

  test('prefills from the plan’s links: dates, choices and the recipient from the area directory', async () => {
    const mediation = await app.inject(
      '/letters/mediation-reply?decisionDate=2026-10-26&area=liverpool&choice=mediation',
    )
    assert.equal(inputValue(mediation.body, 'decisionDate-day'), '26')
    assert.equal(inputValue(mediation.body, 'decisionDate-month'), '10')
    assert.equal(inputValue(mediation.body, 'decisionDate-year'), '2026')
    assert.match(mediation.body, /value="mediation" checked/)
    assert.equal(inputValue(mediation.body, 'recipient.organisation'), 'Why Mediate')
    assert.match(mediation.body, /data-testid="filled-from"/)

    const chase = await app.inject(
      '/letters/chase-late-decision?limit=assessment-decision&startedOn=2026-09-01&area=liverpool',
    )
    assert.match(chase.body, /value="assessment-decision" checked/)
    assert.deepEqual(
      ['day', 'month', 'year'].map((p) => inputValue(chase.body, `startedOn-${p}`)),
      ['1', '9', '2026'],
    )
    assert.equal(inputValue(chase.body, 'recipient.organisation'), 'Liverpool City Council SEN Team')

    const assessment = await app.inject('/letters/assessment-request?area=liverpool')
    assert.equal(inputValue(assessment.body, 'recipient.organisation'), 'Liverpool City Council SEN Team')

    const typed = await app.inject(`/letters/meeting-request?sender.name=${encodeURIComponent(MARKUP)}`)
    assert.equal(inputValue(typed.body, 'sender.name'), esc(MARKUP))
    assert.ok(!typed.body.includes(MARKUP))
  })
})

describe('POST /letters/:type', () => {
  test('nothing filled in: 400, the error summary links to each field, messages inline', async () => {
    const res = await post('/letters/complaint', {})
    assert.equal(res.statusCode, 400)
    assert.match(res.body, /<title>Error: Make a formal complaint – sendpath<\/title>/)
    assert.deepEqual(errorLinks(res.body), [
      ['#sender-name', 'Enter your name'],
      ['#sender-address', 'Enter your address'],
      ['#recipient-organisation', 'Enter the name of the school, council or organisation'],
      ['#recipient-address', 'Enter the address you are writing to'],
      ['#child-name', `Enter your child${esc("'")}s name`],
      ['#issues-0-what', 'Add at least one thing you are complaining about'],
    ])
    assert.match(
      res.body,
      /<p id="sender-name-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">Error:<\/span> Enter your name/,
    )
    assert.match(res.body, /class="govuk-input govuk-input--error" id="sender-name"/)
  })

  test('with errors, everything typed is kept exactly, escaped', async () => {
    const fields = { ...complaintForm(), 'recipient.organisation': '', 'child.dateOfBirth-month': '13' }
    const res = await post('/letters/complaint', fields)
    assert.equal(res.statusCode, 400)
    assert.deepEqual(errorLinks(res.body), [
      ['#recipient-organisation', 'Enter the name of the school, council or organisation'],
      ['#child-dateOfBirth-month', 'Date of birth must be a real date'],
    ])
    assert.equal(inputValue(res.body, 'sender.name'), esc(MARKUP))
    assert.equal(textareaValue(res.body, 'sender.address'), esc(`12 Oak Road\n${HEBREW} Street\nLeeds`))
    assert.equal(textareaValue(res.body, 'issues.0.what'), esc(AWKWARD_TEXT))
    assert.equal(textareaValue(res.body, 'issues.2.what'), 'The SENCO did not reply to three emails.')
    assert.equal(inputValue(res.body, 'child.dateOfBirth-month'), '13')
    assert.match(
      res.body,
      /class="govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error" id="child-dateOfBirth-month"/,
    )
    assert.ok(!res.body.includes('<script>alert(1)'), 'no markup from the family')
  })

  test('an error in the third issue box links to that box', async () => {
    const res = await post('/letters/complaint', { ...complaintForm(), 'issues.2.wantedOutcome': '' })
    assert.deepEqual(errorLinks(res.body), [['#issues-2-wantedOutcome', 'Enter what you want to happen']])
  })

  test('"Add another issue" shows one more issue, keeps every value, and stops at 10', async () => {
    const res = await post('/letters/complaint', { ...complaintForm(), _action: 'add:issues' })
    assert.equal(res.statusCode, 200)
    assert.ok(res.body.includes('id="issues-3-what"'))
    assert.ok(res.body.includes('Issue 4'))
    assert.equal(inputValue(res.body, '_count.issues'), '4')
    assert.equal(textareaValue(res.body, 'issues.0.what'), esc(AWKWARD_TEXT))
    assert.equal(errorLinks(res.body).length, 0, 'no errors while adding')

    const nine = await post('/letters/complaint', { ...complaintForm(), '_count.issues': '9', _action: 'add:issues' })
    assert.ok(nine.body.includes('id="issues-9-what"'))
    assert.ok(!nine.body.includes('value="add:issues"'), 'no button once there are 10')
    const more = await post('/letters/complaint', { ...complaintForm(), '_count.issues': '10', _action: 'add:issues' })
    assert.ok(!more.body.includes('id="issues-10-what"'))
  })

  test('a finished letter: the preview with the whole letter, what happens next and three downloads', async () => {
    const res = await post('/letters/complaint', complaintForm())
    assert.equal(res.statusCode, 200)
    assert.equal(h1(res.body), 'Check your letter')
    assert.equal(res.headers['cache-control'], 'no-store')
    const letter = /<section class="app-letter-preview"[\s\S]*?<\/section>/.exec(res.body)?.[0] ?? ''
    assert.ok(letter.includes('Formal complaint about the support for'))
    assert.ok(letter.includes(esc(MARKUP)))
    assert.ok(letter.includes(esc(AWKWARD_TEXT)))
    assert.ok(letter.includes('by 30 November 2026'))
    assert.match(letter, /<h2 class="govuk-heading-l" dir="auto">Formal complaint/, 'the subject under the page’s h1')
    assert.match(res.body, /Expect a reply by <strong>30 November 2026<\/strong>/)
    assert.match(res.body, /<h2 class="govuk-heading-m">What happens next<\/h2>/)
    assert.match(res.body, /href="\/guidance\/complaints"/)
    for (const format of ['docx', 'pdf', 'html']) {
      assert.ok(res.body.includes(`formaction="/letters/complaint/download?format=${format}"`), format)
    }
    assert.equal(inputValue(res.body, 'sender.name'), esc(MARKUP))
    assert.equal(inputValue(res.body, 'issues.0.what'), esc(AWKWARD_TEXT))
    assert.match(res.body, /<input type="hidden" name="_csrf" value="[^"]+">/)
    assert.ok(!res.body.includes('<script>alert(1)'))
  })

  test('"Change your answers" shows the form again with everything kept', async () => {
    const res = await post('/letters/complaint', { ...complaintForm(), _action: 'edit' })
    assert.equal(res.statusCode, 200)
    assert.equal(h1(res.body), 'Make a formal complaint')
    assert.equal(textareaValue(res.body, 'issues.0.what'), esc(AWKWARD_TEXT))
    assert.equal(inputValue(res.body, 'date-day'), '2')
  })

  /** What the browser sends for a form's hidden inputs (the preview keeps every answer in them). */
  const hiddenInputs = (html: string) =>
    Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)]
        .filter((m) => m[1] !== '_csrf')
        .map((m) => [m[1]!, unesc(m[2]!)]),
    )
  const unesc = (s: string) =>
    s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
  const radioChecked = (html: string, name: string, value: string) =>
    new RegExp(`name="${name.replace(/\./g, '\\.')}" type="radio" value="${value}" checked`).test(html)

  /** Every answer typed, back in its box: text, textareas, date parts and radios. */
  function assertEveryFieldKept(html: string, typed: Record<string, string>) {
    for (const [name, value] of Object.entries(typed)) {
      if (name.startsWith('_')) continue
      if (new RegExp(`name="${name.replace(/\./g, '\\.')}" type="radio"`).test(html)) {
        assert.ok(radioChecked(html, name, value), `${name} lost its choice ${value}`)
      } else {
        const found = textareaValue(html, name) ?? inputValue(html, name)
        assert.equal(found, esc(value), `${name} was not kept`)
      }
    }
  }

  const everyField: Record<string, Record<string, string>> = {
    complaint: {
      ...complaintForm(),
      'sender.phone': '0113 496 0000',
      'recipient.role': 'Headteacher',
      'child.school': HEBREW,
      'issues.1.what': 'Second',
      'issues.1.when': 'October',
      'issues.1.wantedOutcome': 'Put it right',
    },
    'late-appeal': {
      ...complaintForm(),
      decision: 'refuse-plan',
      council: ARABIC,
      'decisionDate-day': '20',
      'decisionDate-month': '7',
      'decisionDate-year': '2026',
      'certificateDate-day': '10',
      'certificateDate-month': '8',
      'certificateDate-year': '2026',
      rightsExplained: 'no',
      reasons: `I was in hospital.\n\n${AWKWARD_TEXT}`,
    },
    'chase-certificate': {
      ...complaintForm(),
      reason: 'after-mediation',
      'since-day': '20',
      'since-month': '10',
      'since-year': '2026',
      council: 'Liverpool City Council',
      decision: 'plan-contents',
      'decisionDate-day': '1',
      'decisionDate-month': '9',
      'decisionDate-year': '2026',
      referenceNumber: 'WM/123',
    },
    'mediation-reply': {
      ...complaintForm(),
      choice: 'mediation',
      'decisionDate-day': '20',
      'decisionDate-month': '10',
      'decisionDate-year': '2026',
      council: 'Knowsley Council',
      decision: 'cease-plan',
      'issues.0': AWKWARD_TEXT,
      'issues.1': 'Therapy',
      'issues.2': 'Transport',
      healthOrSocialCareMustAttend: 'yes',
    },
  }
  // Fields the complaint has and the others do not are dropped from the others' state, not typed.
  const onlyFieldsOf = (type: keyof typeof everyField, html: string) =>
    Object.fromEntries(Object.entries(everyField[type]!).filter(([name]) => html.includes(`name="${name}"`)))

  for (const type of Object.keys(everyField)) {
    test(`${type}: Back on "Check your letter" posts every answer and the form comes back with each one kept`, async () => {
      const preview = await post(`/letters/${type}`, everyField[type]!)
      assert.equal(preview.statusCode, 200, JSON.stringify(errorLinks(preview.body)))
      assert.equal(h1(preview.body), 'Check your letter')
      // Back is a button that posts the preview's answers back to the form, never a link that drops them.
      assert.match(
        preview.body,
        new RegExp(`<button type="submit" form="letter-answers" formaction="/letters/${type}" name="_action" value="edit" class="govuk-back-link[^"]*"[^>]*>Back</button>`),
      )
      assert.match(preview.body, /<form method="post" action="[^"]+" novalidate id="letter-answers"/)
      assert.doesNotMatch(preview.body, /class="govuk-back-link" href=/, 'no Back link that would lose the answers')

      const s = await open()
      const back = await post(`/letters/${type}`, { ...hiddenInputs(preview.body), _action: 'edit' }, s)
      assert.equal(back.statusCode, 200)
      assert.equal(h1(back.body), esc(LETTER_FORMS[type as keyof typeof LETTER_FORMS].title))
      const typed = onlyFieldsOf(type, back.body)
      assert.ok(Object.keys(typed).length >= 15, `${type}: checked ${Object.keys(typed).length} fields`)
      assertEveryFieldKept(back.body, typed)
    })
  }

  test('printing opens the letter in a new tab, so the preview is never posted again', async () => {
    const res = await post('/letters/complaint', complaintForm())
    assert.match(
      res.body,
      /formaction="\/letters\/complaint\/download\?format=html" formtarget="_blank"[^>]*>\s*Print the letter \(opens in a new tab\)/,
    )
  })

  test('without the CSRF token, or with a wrong one: a friendly 403 page, not a 500', async () => {
    const missing = await post('/letters/complaint', complaintForm(), null)
    assert.equal(missing.statusCode, 403)
    assert.match(missing.body, /This page has expired/)
    assert.match(missing.body, /href="\/letters\/complaint"/)
    const { secret } = await open()
    const wrong = await post('/letters/complaint', complaintForm(), { token: 'not-the-token', secret })
    assert.equal(wrong.statusCode, 403)
    const download = await post('/letters/complaint/download?format=pdf', complaintForm(), null)
    assert.equal(download.statusCode, 403)
    assert.match(download.body, /This page has expired/)
  })

  test('a form over 64 KB gets a friendly 413 page', async () => {
    const res = await post('/letters/complaint', { ...complaintForm(), 'issues.0.what': 'x'.repeat(70 * 1024) })
    assert.equal(res.statusCode, 413)
    assert.match(res.body, /What you sent is too long/)
  })

  test('every letter type goes from form to preview', async () => {
    const common = {
      'sender.name': 'Sam Jones',
      'sender.address': '1 Road',
      'recipient.organisation': 'Oak School',
      'recipient.address': '2 Lane',
      'child.name': 'Kit',
      'date-day': '2',
      'date-month': '11',
      'date-year': '2026',
    }
    const extra: Record<string, Record<string, string>> = {
      complaint: { 'issues.0.what': 'x', 'issues.0.wantedOutcome': 'y' },
      'assessment-request': { difficulties: 'a', supportGiven: 'b', whyMoreNeeded: 'c', 'evidence.1': 'Report' },
      'mediation-reply': {
        choice: 'certificate-only',
        'decisionDate-day': '20',
        'decisionDate-month': '10',
        'decisionDate-year': '2026',
      },
      'meeting-request': { withRole: 'SENCO', concerns: 'Reading' },
      'records-request': { recordsHeldBy: 'school', requesterIsYoungPerson: 'no' },
      'disagreement-resolution-request': { disagreementWith: 'The school', 'issues.2': 'Support hours' },
      'chase-late-decision': {
        limit: 'assessment-decision',
        'startedOn-day': '1',
        'startedOn-month': '9',
        'startedOn-year': '2026',
      },
      'chase-certificate': { reason: 'no-mediation', 'since-day': '20', 'since-month': '10', 'since-year': '2026' },
      'late-appeal': {
        decision: 'refuse-plan',
        'decisionDate-day': '20',
        'decisionDate-month': '7',
        'decisionDate-year': '2026',
        reasons: 'I was in hospital.',
      },
      'amendment-response': { comments: 'Section F is too vague', 'amendmentNoticeSentOn-day': '26', 'amendmentNoticeSentOn-month': '10', 'amendmentNoticeSentOn-year': '2026' },
      'chase-amended-plan': { 'amendmentNoticeSentOn-day': '24', 'amendmentNoticeSentOn-month': '8', 'amendmentNoticeSentOn-year': '2026' },
      'chase-tribunal-order': { basis: 'order', order: 'assess', 'startedOn-day': '1', 'startedOn-month': '9', 'startedOn-year': '2026' },
      'early-review': { whatChanged: 'A new diagnosis' },
      'exclusion-review-panel': {
        senExpert: 'yes',
        reasons: 'The school did not consider the EHC plan',
        'excludedOn-day': '1',
        'excludedOn-month': '10',
        'excludedOn-year': '2026',
        'boardDecisionNoticeOn-day': '20',
        'boardDecisionNoticeOn-month': '10',
        'boardDecisionNoticeOn-year': '2026',
      },
      'transport-review': { reasons: 'The route is not safe', 'decisionDate-day': '26', 'decisionDate-month': '10', 'decisionDate-year': '2026' },
    }
    for (const type of LETTER_TYPES) {
      const res = await post(`/letters/${type}`, { ...common, ...extra[type] })
      assert.equal(res.statusCode, 200, `${type}: ${JSON.stringify(errorLinks(res.body))}`)
      assert.equal(h1(res.body), 'Check your letter')
      assert.match(res.body, /data-testid="reply-by"/, `${type} says when to expect a reply`)
    }
  })
})

describe('POST /letters/:type/download', () => {
  test('Word: an attachment with a safe file name, the family’s words exactly', async () => {
    const res = await post('/letters/complaint/download?format=docx', complaintForm())
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    assert.equal(res.headers['content-disposition'], 'attachment; filename="sendpath-complaint-2026-11-02.docx"')
    assert.equal(res.headers['cache-control'], 'no-store')
    assert.equal(res.rawPayload.subarray(0, 2).toString('latin1'), 'PK')
    const text = docxText(docxFiles(res.rawPayload)['word/document.xml']!)
    for (const value of [MARKUP, AWKWARD_TEXT, ARABIC, `12 Oak Road`, `${HEBREW} Street`]) {
      assert.ok(text.includes(value), `docx lost ${JSON.stringify(value)}`)
    }
  })

  test('PDF: an attachment whose text layer has the family’s words exactly', async () => {
    const res = await post('/letters/complaint/download?format=pdf', complaintForm())
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'application/pdf')
    assert.equal(res.headers['content-disposition'], 'attachment; filename="sendpath-complaint-2026-11-02.pdf"')
    const pdf = await readPdf(res.rawPayload)
    const text = flatText(pdf.text)
    for (const value of [MARKUP, EMOJI, ARABIC, HEBREW]) {
      assert.ok(text.includes(asPdfText(value)), `pdf lost ${JSON.stringify(value)} in ${pdf.text}`)
    }
  })

  test('print: a standalone page with the letter only and the print stylesheet', async () => {
    const res = await post('/letters/complaint/download?format=html', complaintForm())
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8')
    assert.equal(res.headers['content-disposition'], 'inline; filename="sendpath-complaint-2026-11-02.html"')
    assert.match(res.body, /^<!DOCTYPE html>/)
    assert.match(res.body, /<link rel="stylesheet" href="\/letters\/letter.css">/)
    assert.match(res.body, /<h1 class="govuk-heading-l" dir="auto">Formal complaint/)
    assert.ok(res.body.includes(esc(AWKWARD_TEXT)))
    assert.ok(!res.body.includes('app-header'), 'no site header')
    assert.ok(!res.body.includes('<form'), 'no buttons or forms')
    assert.doesNotMatch(res.body, /<script/)
  })

  test('a changed page with errors shows the form again; an unknown format is refused', async () => {
    const bad = await post('/letters/complaint/download?format=pdf', { ...complaintForm(), 'sender.name': '' })
    assert.equal(bad.statusCode, 400)
    assert.deepEqual(errorLinks(bad.body), [['#sender-name', 'Enter your name']])
    const format = await post('/letters/complaint/download?format=exe', complaintForm())
    assert.equal(format.statusCode, 400)
  })

  test('the letter stylesheet is served, with print rules', async () => {
    const res = await app.inject('/letters/letter.css')
    assert.equal(res.statusCode, 200)
    assert.equal(res.headers['content-type'], 'text/css; charset=utf-8')
    assert.match(res.body, /@media print/)
    assert.match(res.body, /@page \{ size: A4/)
  })
})
