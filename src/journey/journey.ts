import { z } from 'zod'
import { DECISION_IDS } from '../law/index.js'

// The "what can I do?" journey as data: one question a page, in the order they are asked.
// A question is asked only when its `when` holds; options are offered only when theirs does.
// The engine in journey-engine.ts is generic: change the journey here, not there.

/** What a family may still be waiting for from the council, in the plan's `waitingFor` parameter. */
export const WAITING_FOR = ['assessment-decision', 'final-plan', 'review-decision'] as const
export type WaitingFor = (typeof WAITING_FOR)[number]

/** Facts worked out from the answers that conditions may test, as well as the answers themselves. */
export const DERIVED_FACTS = ['decision', 'waitingFor', 'afterAppeal', 'needsNoticeDate', 'mediationAdviceRequired'] as const

/** Where an appeal already made has got to: lodged and not yet decided, or decided with an order not carried out. */
export const AFTER_APPEAL = ['lodged', 'order'] as const
export type AfterAppeal = (typeof AFTER_APPEAL)[number]

/** Who is asking: a parent or carer, or a young person (16 to 25) in their own name, for the plan's `who`. */
export const ASKERS = ['parent', 'young-person'] as const
export type Asker = (typeof ASKERS)[number]

const name = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase name')
const id = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be lower-case words joined by hyphens')
const text = z.string().trim().min(1)
/** An answer's value: as an id, but digits are allowed, as in the engine's `secondary-to-post-16`. */
const value = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words or numbers joined by hyphens')

/** Every key must hold: its answer (or derived fact) must be one of the values listed. */
const condition = z.record(name, z.array(text).min(1))
/** One condition, or a list of them of which any may hold. */
const when = z.union([condition, z.array(condition).min(1)])

const option = z.strictObject({
  value,
  text,
  hint: text.optional(),
  when: when.optional(),
  /** For the "what happened" question: the engine's decision id this answer means. */
  decision: z.enum(DECISION_IDS).optional(),
  waitingFor: z.enum(WAITING_FOR).optional(),
  /** For the "what happened" question: an appeal already made, whose decision the "appealed" question gives. */
  afterAppeal: z.enum(AFTER_APPEAL).optional(),
  /** Plan parameters that mark this answer when a plan link is read back into the journey. */
  signals: z.array(name).min(1).optional(),
  /** The words for a young person asking in their own name, where they differ. */
  youngPerson: z.strictObject({ text: text.optional(), hint: text.optional() }).optional(),
})

const base = {
  id,
  name,
  title: text,
  hint: text.optional(),
  when: when.optional(),
  /** The row's label on the check answers page. */
  checkLabel: text,
  /** The words for a young person asking in their own name, where they differ ("you", not "your child"). */
  youngPerson: z
    .strictObject({ title: text.optional(), hint: text.optional(), checkLabel: text.optional(), required: text.optional() })
    .optional(),
}

const radios = z.strictObject({
  ...base,
  kind: z.literal('radios'),
  options: z.array(option).min(1),
  /** Skip the question when only one option fits the earlier answers, and take that answer. */
  autoAnswerSingleOption: z.boolean().optional(),
  errors: z.strictObject({ required: text }),
})

const checkboxes = z.strictObject({
  ...base,
  kind: z.literal('checkboxes'),
  options: z.array(option).min(2),
  errors: z.strictObject({ required: text }),
})

const date = z.strictObject({
  ...base,
  kind: z.literal('date'),
  /** How error messages name the date: "The date on the decision letter must be a real date". */
  subject: text.regex(/^The /, 'must start with "The "'),
  notFuture: z.boolean(),
  /** Earlier answers this date cannot come before, each with its message. */
  notBefore: z.array(z.strictObject({ name, message: text })).optional(),
  errors: z.strictObject({ required: text.regex(/^Enter /, 'must start with "Enter "') }),
})

export const questionSchema = z.discriminatedUnion('kind', [radios, checkboxes, date])
export type Question = z.infer<typeof questionSchema>
export type Option = z.infer<typeof option>
export type Condition = z.infer<typeof condition>
export type When = z.infer<typeof when>

export const journeySchema = z
  .strictObject({ questions: z.array(questionSchema).min(1) })
  .superRefine((journey, ctx) => {
    const ids = new Set<string>()
    const known = new Set<string>(DERIVED_FACTS)
    journey.questions.forEach((q, i) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path: ['questions', i, ...path], message })
      if (ids.has(q.id)) issue(['id'], `question id "${q.id}" is used twice`)
      ids.add(q.id)
      const conditions = (w: When | undefined) => (w === undefined ? [] : Array.isArray(w) ? w : [w])
      const check = (w: When | undefined, path: (string | number)[]) => {
        for (const c of conditions(w)) {
          for (const key of Object.keys(c)) {
            if (!known.has(key)) issue(path, `condition on "${key}", which is not an earlier answer or a derived fact`)
          }
        }
      }
      check(q.when, ['when'])
      if (q.kind !== 'date') q.options.forEach((o, j) => check(o.when, ['options', j, 'when']))
      if (q.kind === 'date') {
        for (const nb of q.notBefore ?? []) {
          if (!known.has(nb.name)) issue(['notBefore'], `"${nb.name}" is not an earlier answer`)
        }
      }
      if ((q.name === 'happened' || q.name === 'appealed') && q.kind === 'radios') {
        q.options.forEach((o, j) => {
          const afterAppeal = q.name === 'happened' && o.afterAppeal !== undefined
          if (!o.decision && !afterAppeal) issue(['options', j], `every "${q.name}" option needs a decision id`)
        })
      }
      known.add(q.name)
    })
  })
export type Journey = z.infer<typeof journeySchema>

const yesNo = (yes: string, no: string) => [
  { value: 'yes', text: yes },
  { value: 'no', text: no },
]

const PLAN_WHO = ['school', 'college', 'local-authority', 'health', 'social-care']
// The answers about something done or not done, whose date starts the complaint and Ombudsman limits
// (not the situations with their own dates, such as waiting, a review or a move).
const ACT_ANSWERS = ['la-conduct', 'plan-not-delivered', 'health-provision', 'social-care-provision']

/** The journey. Parsed (and so checked) when this module loads: a mistake here stops start-up. */
export const JOURNEY: Journey = journeySchema.parse({
  questions: [
    {
      id: 'who-is-asking',
      name: 'asker',
      kind: 'radios',
      title: 'Are you asking for your child, or for yourself?',
      checkLabel: 'Who is asking',
      errors: { required: 'Select whether you are asking for your child or for yourself' },
      options: [
        { value: 'parent', text: 'I am a parent or carer, asking about my child' },
        {
          value: 'young-person',
          text: 'I am a young person aged 16 to 25, asking for myself',
          hint: 'From the end of the school year in which you turn 16, you can make most of these decisions yourself',
        },
      ],
    },
    {
      id: 'who',
      name: 'who',
      kind: 'radios',
      title: 'Who made the decision, or what are you worried about?',
      hint: 'Choose the one that fits best. You can change your answer later.',
      checkLabel: 'Who or what it is about',
      errors: { required: 'Select who made the decision or what you are worried about' },
      options: [
        {
          value: 'school',
          text: 'A school, nursery or pre-school',
          hint: 'For example, the help your child gets in class',
          youngPerson: { hint: 'For example, the help you get in class' },
        },
        { value: 'college', text: 'A college or sixth form college' },
        {
          value: 'local-authority',
          text: 'The council (local authority)',
          hint: 'For example, a decision about an EHC needs assessment or an EHC plan',
        },
        {
          value: 'health',
          text: 'The NHS or another health service',
          hint: 'For example, speech and language therapy',
        },
        { value: 'social-care', text: 'Social care', hint: 'For example, short breaks or help at home' },
        {
          value: 'exclusion',
          text: 'My child has been suspended or excluded from school',
          youngPerson: { text: 'I have been suspended or excluded from school' },
        },
        {
          value: 'discrimination',
          text: 'A school treated my child unfairly because of their disability',
          youngPerson: { text: 'A school treated me unfairly because of my disability' },
        },
      ],
    },
    {
      id: 'ehc-plan',
      name: 'hasPlan',
      kind: 'radios',
      title: 'Does your child have an education, health and care (EHC) plan?',
      hint: 'An EHC plan is a legal document from the council. It sets out the help your child must get. Answer yes if you have a final plan, even if you disagree with it.',
      checkLabel: 'EHC plan',
      when: { who: PLAN_WHO },
      errors: { required: 'Select yes if your child has an EHC plan' },
      youngPerson: {
        title: 'Do you have an education, health and care (EHC) plan?',
        hint: 'An EHC plan is a legal document from the council. It sets out the help you must get. Answer yes if you have a final plan, even if you disagree with it.',
        required: 'Select yes if you have an EHC plan',
      },
      options: yesNo('Yes', 'No, or not yet'),
    },
    {
      id: 'what-happened',
      name: 'happened',
      kind: 'radios',
      title: 'What has happened?',
      hint: 'Choose the one that fits best.',
      checkLabel: 'What happened',
      autoAnswerSingleOption: true,
      errors: { required: 'Select what has happened' },
      options: [
        // The council, no EHC plan yet.
        {
          value: 'refuse-assessment',
          decision: 'refuse-assessment',
          text: 'The council said no to an EHC needs assessment',
          when: { who: ['local-authority'], hasPlan: ['no'] },
        },
        {
          value: 'refuse-plan',
          decision: 'refuse-plan',
          text: 'The council did an assessment but decided not to make an EHC plan',
          when: { who: ['local-authority'], hasPlan: ['no'] },
        },
        {
          value: 'waiting-assessment-decision',
          decision: 'la-conduct',
          waitingFor: 'assessment-decision',
          text: 'I asked for an EHC needs assessment and I am still waiting for an answer',
          when: { who: ['local-authority'], hasPlan: ['no'] },
        },
        {
          value: 'waiting-final-plan',
          decision: 'la-conduct',
          waitingFor: 'final-plan',
          text: 'The council agreed to an assessment and I am still waiting for the EHC plan',
          when: { who: ['local-authority'], hasPlan: ['no'] },
        },
        {
          value: 'draft-plan',
          decision: 'la-conduct',
          waitingFor: 'final-plan',
          signals: ['draftPlanServedOn'],
          text: 'The council sent me a draft EHC plan',
          hint: 'The draft comes before the final plan. You can comment on it and ask for a school or college.',
          when: { who: ['local-authority'], hasPlan: ['no'] },
        },
        // The council, with an EHC plan.
        {
          value: 'plan-contents',
          decision: 'plan-contents',
          text: 'I disagree with what the final EHC plan, or an amended plan, says',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'refuse-amend',
          decision: 'refuse-amend',
          text: 'After a review, the council decided not to change the EHC plan',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'refuse-reassessment',
          decision: 'refuse-reassessment',
          text: 'The council said no to a new assessment (a re-assessment)',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'cease-plan',
          decision: 'cease-plan',
          text: 'The council decided to stop the EHC plan',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'waiting-review-decision',
          decision: 'la-conduct',
          waitingFor: 'review-decision',
          text: 'We had the annual review meeting and I am still waiting for the council’s decision',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'review-coming',
          decision: 'la-conduct',
          signals: ['planMadeOn', 'lastReviewOn'],
          text: 'The annual review of the EHC plan is coming up',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'amendments',
          decision: 'la-conduct',
          signals: ['amendmentNoticeSentOn'],
          text: 'The council sent proposed changes to the EHC plan',
          hint: 'Usually after an annual review. You have at least 15 days to reply.',
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        {
          value: 'phase-transfer',
          decision: 'la-conduct',
          signals: ['transferKind'],
          text: 'My child is moving to a new school or college, for example next September',
          youngPerson: { text: 'I am moving to a new school or college, for example next September' },
          when: { who: ['local-authority'], hasPlan: ['yes'] },
        },
        // An appeal already made: the "appealed" question says what it was about.
        {
          value: 'appeal-lodged',
          afterAppeal: 'lodged',
          signals: ['lodgedOn'],
          text: 'I have appealed to the Tribunal and I am waiting for the hearing or the decision',
          when: { who: ['local-authority'] },
        },
        {
          value: 'order-not-done',
          afterAppeal: 'order',
          signals: ['order', 'orderSentOn'],
          text: 'The Tribunal decided my appeal, and the council has not done what it ordered',
          when: { who: ['local-authority'] },
        },
        {
          value: 'transport',
          decision: 'transport',
          text: 'The council said no to help with travel to school or college',
          hint: 'Or it offered travel that you think is not suitable or not safe',
          when: { who: ['local-authority'] },
        },
        {
          value: 'la-conduct',
          decision: 'la-conduct',
          text: 'I am unhappy with how the council has acted',
          hint: 'For example, delays, or not answering letters or calls',
          when: { who: ['local-authority'] },
        },
        // A school or college.
        {
          value: 'school-support',
          decision: 'school-support',
          text: 'I am unhappy with the help my child gets',
          youngPerson: { text: 'I am unhappy with the help I get' },
          when: { who: ['school', 'college'] },
        },
        {
          value: 'plan-not-delivered',
          decision: 'la-conduct',
          text: 'My child is not getting the help that the EHC plan says they must get',
          hint: 'The council must make sure your child gets this help',
          youngPerson: {
            text: 'I am not getting the help that my EHC plan says I must get',
            hint: 'The council must make sure you get this help',
          },
          when: { who: ['school', 'college'], hasPlan: ['yes'] },
        },
        {
          value: 'plan-contents',
          decision: 'plan-contents',
          text: 'I think the EHC plan itself is wrong',
          hint: 'For example, the help it lists or the school it names',
          when: { who: ['school', 'college'], hasPlan: ['yes'] },
        },
        // Health and social care.
        {
          value: 'health-provision',
          decision: 'health-provision',
          text: 'My child is not getting the health care they need',
          youngPerson: { text: 'I am not getting the health care I need' },
          when: { who: ['health'] },
        },
        {
          value: 'plan-contents',
          decision: 'plan-contents',
          text: 'The health parts of the EHC plan are wrong or missing',
          when: { who: ['health'], hasPlan: ['yes'] },
        },
        {
          value: 'social-care-provision',
          decision: 'social-care-provision',
          text: 'My child or family is not getting the social care they need',
          youngPerson: { text: 'I am not getting the social care I need' },
          when: { who: ['social-care'] },
        },
        {
          value: 'plan-contents',
          decision: 'plan-contents',
          text: 'The social care parts of the EHC plan are wrong or missing',
          when: { who: ['social-care'], hasPlan: ['yes'] },
        },
        // Exclusion and discrimination: one answer each, so the question is skipped.
        {
          value: 'exclusion',
          decision: 'exclusion',
          text: 'My child has been suspended or excluded',
          youngPerson: { text: 'I have been suspended or excluded' },
          when: { who: ['exclusion'] },
        },
        {
          value: 'disability-discrimination',
          decision: 'disability-discrimination',
          text: 'A school treated my child unfairly because of their disability',
          youngPerson: { text: 'A school treated me unfairly because of my disability' },
          when: { who: ['discrimination'] },
        },
      ],
    },
    {
      id: 'appeal-about',
      name: 'appealed',
      kind: 'radios',
      title: 'What was your appeal about?',
      hint: 'Choose the decision you appealed against.',
      checkLabel: 'What the appeal is about',
      when: { afterAppeal: ['lodged', 'order'] },
      errors: { required: 'Select what your appeal was about' },
      options: [
        { value: 'refuse-assessment', decision: 'refuse-assessment', text: 'The council said no to an EHC needs assessment', when: { hasPlan: ['no'] } },
        { value: 'refuse-plan', decision: 'refuse-plan', text: 'The council decided not to make an EHC plan', when: { hasPlan: ['no'] } },
        { value: 'plan-contents', decision: 'plan-contents', text: 'What the EHC plan says, or the school or college it names', when: { hasPlan: ['yes'] } },
        { value: 'refuse-amend', decision: 'refuse-amend', text: 'The council decided not to change the EHC plan after a review', when: { hasPlan: ['yes'] } },
        { value: 'refuse-reassessment', decision: 'refuse-reassessment', text: 'The council said no to a re-assessment', when: { hasPlan: ['yes'] } },
        { value: 'cease-plan', decision: 'cease-plan', text: 'The council decided to stop the EHC plan', when: { hasPlan: ['yes'] } },
      ],
    },
    {
      id: 'plan-parts',
      name: 'appealAbout',
      kind: 'checkboxes',
      title: 'Which parts of the EHC plan do you disagree with?',
      hint: 'Select all that apply. The letters are the sections of the plan.',
      checkLabel: 'Parts of the plan',
      when: { decision: ['plan-contents'] },
      errors: { required: 'Select which parts of the EHC plan you disagree with' },
      options: [
        {
          value: 'needs',
          text: 'The description of my child’s special educational needs (section B)',
          youngPerson: { text: 'The description of my special educational needs (section B)' },
        },
        {
          value: 'provision',
          text: 'The special educational help my child must get (section F)',
          youngPerson: { text: 'The special educational help I must get (section F)' },
        },
        {
          value: 'placement',
          text: 'The school or college named, the type of school, or that no school is named (section I)',
        },
        { value: 'health-social-care', text: 'The health or social care parts (sections C, D, G, H1 and H2)' },
      ],
    },
    {
      id: 'tribunal-order',
      name: 'order',
      kind: 'radios',
      title: 'What did the Tribunal order the council to do?',
      hint: 'The order is at the end of the Tribunal’s decision.',
      checkLabel: 'What the Tribunal ordered',
      when: { afterAppeal: ['order'] },
      autoAnswerSingleOption: true,
      errors: { required: 'Select what the Tribunal ordered the council to do' },
      options: [
        { value: 'assess', text: 'Carry out an EHC needs assessment', when: { decision: ['refuse-assessment', 'refuse-reassessment'] } },
        { value: 'make-plan', text: 'Make an EHC plan', when: { decision: ['refuse-plan'] } },
        { value: 'amend-plan', text: 'Change what the EHC plan says', when: { decision: ['plan-contents', 'refuse-amend'] } },
        { value: 'name-school', text: 'Name a different school or college in the EHC plan', when: { appealAbout: ['placement'] } },
        { value: 'continue-plan', text: 'Keep the EHC plan', when: { decision: ['cease-plan'] } },
      ],
    },
    {
      id: 'letter-date',
      name: 'noticeSentOn',
      kind: 'date',
      title: 'What date is on the decision letter?',
      hint: 'You can usually find it near the top of the letter. For example, 26 10 2026.',
      checkLabel: 'Date on the decision letter',
      when: { needsNoticeDate: ['yes'], afterAppeal: ['none'] },
      subject: 'The date on the decision letter',
      notFuture: true,
      errors: { required: 'Enter the date on the decision letter' },
    },
    {
      id: 'appealed-letter-date',
      name: 'noticeSentOn',
      kind: 'date',
      title: 'What date was on the council’s letter with the decision you appealed against?',
      hint: 'You gave this date on your appeal form. For example, 26 10 2026.',
      checkLabel: 'Date on the council’s decision letter',
      when: { needsNoticeDate: ['yes'], afterAppeal: ['lodged', 'order'] },
      subject: 'The date on the council’s decision letter',
      notFuture: true,
      errors: { required: 'Enter the date on the council’s decision letter' },
    },
    {
      id: 'discrimination-date',
      name: 'actOn',
      kind: 'date',
      title: 'When did it happen?',
      hint: 'If it went on for a while, enter the last date it happened. For example, 10 3 2026.',
      checkLabel: 'Date it happened',
      when: { decision: ['disability-discrimination'] },
      subject: 'The date it happened',
      notFuture: true,
      errors: { required: 'Enter the date it happened' },
    },
    {
      id: 'exclusion-date',
      name: 'actOn',
      kind: 'date',
      title: 'What date was your child suspended or excluded?',
      youngPerson: { title: 'What date were you suspended or excluded?' },
      hint: 'For example, 10 3 2026.',
      checkLabel: 'Date of the exclusion',
      when: { decision: ['exclusion'] },
      subject: 'The date of the exclusion',
      notFuture: true,
      errors: { required: 'Enter the date of the exclusion' },
    },
    {
      id: 'problem-date',
      name: 'actOn',
      kind: 'date',
      title: 'When did this happen, or when did you first find out about it?',
      hint: 'If you are not sure of the exact day, give your best guess. For example, 10 3 2026.',
      checkLabel: 'Date it happened',
      when: { happened: ACT_ANSWERS },
      subject: 'The date it happened',
      notFuture: true,
      errors: { required: 'Enter the date it happened' },
    },
    {
      id: 'request-date',
      name: 'requestReceivedOn',
      kind: 'date',
      title: 'What date did the council get the request for an EHC needs assessment?',
      hint: 'If you do not know, use the date you sent or handed in the request. For example, 1 9 2026.',
      checkLabel: 'Date the council got the request',
      when: { waitingFor: ['assessment-decision', 'final-plan'] },
      subject: 'The date the council got the request',
      notFuture: true,
      errors: { required: 'Enter the date the council got the request' },
    },
    {
      id: 'amendments-after-review',
      name: 'amendmentsAfterReview',
      kind: 'radios',
      title: 'Did the proposed changes come after an annual review meeting?',
      checkLabel: 'After an annual review meeting',
      when: { happened: ['amendments'] },
      errors: { required: 'Select yes if the proposed changes came after an annual review meeting' },
      options: yesNo('Yes', 'No, or I do not know'),
    },
    {
      id: 'review-date',
      name: 'reviewMeetingOn',
      kind: 'date',
      title: 'What date was the annual review meeting?',
      hint: 'For example, 1 9 2026.',
      checkLabel: 'Date of the annual review meeting',
      when: [{ waitingFor: ['review-decision'] }, { amendmentsAfterReview: ['yes'] }],
      subject: 'The date of the annual review meeting',
      notFuture: true,
      errors: { required: 'Enter the date of the annual review meeting' },
    },
    {
      id: 'amendment-date',
      name: 'amendmentNoticeSentOn',
      kind: 'date',
      title: 'What date is on the letter with the proposed changes?',
      hint: 'The council sends the proposed changes with a copy of the plan. For example, 26 10 2026.',
      checkLabel: 'Date of the proposed changes',
      when: { happened: ['amendments'] },
      subject: 'The date of the proposed changes',
      notFuture: true,
      notBefore: [
        {
          name: 'reviewMeetingOn',
          message: 'The date of the proposed changes must be the same as or after the date of the annual review meeting',
        },
      ],
      errors: { required: 'Enter the date of the proposed changes' },
    },
    {
      id: 'draft-date',
      name: 'draftPlanServedOn',
      kind: 'date',
      title: 'What date was the draft EHC plan sent to you?',
      hint: 'Use the date on the letter that came with the draft. For example, 26 10 2026.',
      checkLabel: 'Date the draft plan was sent',
      when: { happened: ['draft-plan'] },
      subject: 'The date the draft plan was sent',
      notFuture: true,
      notBefore: [
        {
          name: 'requestReceivedOn',
          message: 'The date the draft plan was sent must be the same as or after the date the council got the request',
        },
      ],
      errors: { required: 'Enter the date the draft plan was sent' },
    },
    {
      id: 'reviewed-before',
      name: 'reviewedBefore',
      kind: 'radios',
      title: 'Has the EHC plan had an annual review before?',
      checkLabel: 'Reviewed before',
      when: { happened: ['review-coming'] },
      errors: { required: 'Select yes if the EHC plan has had an annual review before' },
      options: yesNo('Yes', 'No, this is the first one'),
    },
    {
      id: 'last-review-date',
      name: 'lastReviewOn',
      kind: 'date',
      title: 'What date was the last annual review meeting?',
      hint: 'For example, 20 11 2025.',
      checkLabel: 'Date of the last annual review meeting',
      when: { reviewedBefore: ['yes'] },
      subject: 'The date of the last annual review meeting',
      notFuture: true,
      errors: { required: 'Enter the date of the last annual review meeting' },
    },
    {
      id: 'plan-made-date',
      name: 'planMadeOn',
      kind: 'date',
      title: 'What date was the final EHC plan issued?',
      hint: 'It is on the plan or the letter that came with it. For example, 20 11 2025.',
      checkLabel: 'Date the final plan was issued',
      when: { reviewedBefore: ['no'] },
      subject: 'The date the final plan was issued',
      notFuture: true,
      errors: { required: 'Enter the date the final plan was issued' },
    },
    {
      id: 'transfer-kind',
      name: 'transferKind',
      kind: 'radios',
      title: 'What kind of move is it?',
      checkLabel: 'Kind of move',
      when: { happened: ['phase-transfer'] },
      errors: { required: 'Select what kind of move it is' },
      options: [
        {
          value: 'other',
          text: 'Starting school, or moving up to the next school',
          hint: 'For example, from nursery to primary school, or from primary to secondary school',
        },
        { value: 'secondary-to-post-16', text: 'From secondary school to a college, sixth form or other place after 16' },
        { value: 'post-16-other', text: 'From one college or other place after 16 to another' },
      ],
    },
    {
      id: 'transfer-date',
      name: 'transferOn',
      kind: 'date',
      title: 'When is the move?',
      hint: 'If you do not know the exact day, enter the first day of the month. For example, 1 9 2027.',
      checkLabel: 'Date of the move',
      when: { happened: ['phase-transfer'] },
      subject: 'The date of the move',
      notFuture: false,
      errors: { required: 'Enter the date of the move' },
    },
    {
      id: 'lodged-date',
      name: 'lodgedOn',
      kind: 'date',
      title: 'What date did you send your appeal to the Tribunal?',
      hint: 'For example, 2 11 2026.',
      checkLabel: 'Date you sent the appeal',
      when: { afterAppeal: ['lodged'] },
      subject: 'The date you sent the appeal',
      notFuture: true,
      notBefore: [
        { name: 'noticeSentOn', message: 'The date you sent the appeal must be the same as or after the date on the decision letter' },
      ],
      errors: { required: 'Enter the date you sent the appeal' },
    },
    {
      id: 'appeal-now',
      name: 'appealNow',
      kind: 'radios',
      title: 'Where is your appeal now?',
      checkLabel: 'Where the appeal is now',
      when: { afterAppeal: ['lodged'] },
      errors: { required: 'Select where your appeal is now' },
      options: [
        { value: 'waiting-registration', text: 'I am waiting for the Tribunal to register it' },
        { value: 'registered', text: 'The Tribunal has registered it, but has not set a hearing date yet' },
        { value: 'hearing-set', text: 'The Tribunal has set a date for the hearing' },
        { value: 'unopposed', text: 'The council told the Tribunal it will not oppose the appeal' },
      ],
    },
    {
      id: 'registered-date',
      name: 'registeredOn',
      kind: 'date',
      title: 'What date is on the Tribunal’s registration letter?',
      hint: 'The letter also gives the dates for evidence and the attendance form. For example, 16 11 2026.',
      checkLabel: 'Date the appeal was registered',
      when: { appealNow: ['registered', 'hearing-set'] },
      subject: 'The date the appeal was registered',
      notFuture: true,
      notBefore: [
        { name: 'lodgedOn', message: 'The date the appeal was registered must be the same as or after the date you sent the appeal' },
      ],
      errors: { required: 'Enter the date the appeal was registered' },
    },
    {
      id: 'hearing-date',
      name: 'hearingOn',
      kind: 'date',
      title: 'What date is the hearing?',
      hint: 'For example, 15 2 2027.',
      checkLabel: 'Date of the hearing',
      when: { appealNow: ['hearing-set'] },
      subject: 'The date of the hearing',
      notFuture: false,
      notBefore: [
        { name: 'registeredOn', message: 'The date of the hearing must be the same as or after the date the appeal was registered' },
      ],
      errors: { required: 'Enter the date of the hearing' },
    },
    {
      id: 'unopposed-date',
      name: 'unopposedOn',
      kind: 'date',
      title: 'What date did the council tell the Tribunal it will not oppose the appeal?',
      hint: 'The Tribunal’s letter gives this date. For example, 20 11 2026.',
      checkLabel: 'Date the council said it will not oppose',
      when: { appealNow: ['unopposed'] },
      subject: 'The date the council said it will not oppose the appeal',
      notFuture: true,
      notBefore: [
        {
          name: 'lodgedOn',
          message: 'The date the council said it will not oppose the appeal must be the same as or after the date you sent the appeal',
        },
      ],
      errors: { required: 'Enter the date the council said it will not oppose the appeal' },
    },
    {
      id: 'order-date',
      name: 'orderSentOn',
      kind: 'date',
      title: 'What date was the Tribunal’s decision sent?',
      hint: 'It is on the decision. The council’s time limits count from the date of the order. For example, 26 10 2026.',
      checkLabel: 'Date the decision was sent',
      when: { afterAppeal: ['order'] },
      subject: 'The date the decision was sent',
      notFuture: true,
      notBefore: [
        {
          name: 'noticeSentOn',
          message: 'The date the decision was sent must be the same as or after the date on the council’s decision letter',
        },
      ],
      errors: { required: 'Enter the date the decision was sent' },
    },
    {
      id: 'transport-review',
      name: 'transportReview',
      kind: 'radios',
      title: 'Have you asked the council to look at its travel decision again?',
      hint: 'This is called a stage 1 review. If you still disagree, stage 2 is a review by a panel.',
      checkLabel: 'Review of the travel decision',
      when: { decision: ['transport'] },
      errors: { required: 'Select whether you have asked the council to look at its decision again' },
      options: [
        { value: 'not-yet', text: 'No, not yet' },
        { value: 'stage-one', text: 'Yes, and I am waiting for the council’s answer' },
        { value: 'stage-one-answered', text: 'Yes, and the council has answered' },
        { value: 'stage-two', text: 'Yes, and I have asked for a stage 2 review by a panel' },
      ],
    },
    {
      id: 'stage-one-date',
      name: 'stage1RequestedOn',
      kind: 'date',
      title: 'What date did you ask for the stage 1 review?',
      hint: 'For example, 2 11 2026.',
      checkLabel: 'Date you asked for a stage 1 review',
      when: { transportReview: ['stage-one', 'stage-one-answered', 'stage-two'] },
      subject: 'The date you asked for a stage 1 review',
      notFuture: true,
      notBefore: [
        {
          name: 'noticeSentOn',
          message: 'The date you asked for a stage 1 review must be the same as or after the date on the decision letter',
        },
      ],
      errors: { required: 'Enter the date you asked for a stage 1 review' },
    },
    {
      id: 'stage-one-answer-date',
      name: 'stage1DecisionOn',
      kind: 'date',
      title: 'What date is on the council’s stage 1 answer?',
      hint: 'For example, 20 11 2026.',
      checkLabel: 'Date of the stage 1 answer',
      when: { transportReview: ['stage-one-answered', 'stage-two'] },
      subject: 'The date of the stage 1 answer',
      notFuture: true,
      notBefore: [
        {
          name: 'stage1RequestedOn',
          message: 'The date of the stage 1 answer must be the same as or after the date you asked for a stage 1 review',
        },
      ],
      errors: { required: 'Enter the date of the stage 1 answer' },
    },
    {
      id: 'stage-two-date',
      name: 'stage2RequestedOn',
      kind: 'date',
      title: 'What date did you ask for the stage 2 review?',
      hint: 'For example, 23 11 2026.',
      checkLabel: 'Date you asked for a stage 2 review',
      when: { transportReview: ['stage-two'] },
      subject: 'The date you asked for a stage 2 review',
      notFuture: true,
      notBefore: [
        {
          name: 'stage1DecisionOn',
          message: 'The date you asked for a stage 2 review must be the same as or after the date of the stage 1 answer',
        },
      ],
      errors: { required: 'Enter the date you asked for a stage 2 review' },
    },
    {
      id: 'exclusion-review',
      name: 'exclusionReview',
      kind: 'radios',
      title: 'Has the school’s governing board decided whether your child can go back?',
      hint: 'The board must meet about a permanent exclusion, and about some suspensions.',
      checkLabel: 'Governing board’s decision',
      when: { decision: ['exclusion'] },
      errors: { required: 'Select whether the governing board has decided' },
      youngPerson: {
        title: 'Has the school’s governing board decided whether you can go back?',
      },
      options: [
        { value: 'not-yet', text: 'No, not yet, or I do not know' },
        {
          value: 'upheld',
          text: 'Yes, and it decided my child cannot go back',
          youngPerson: { text: 'Yes, and it decided I cannot go back' },
        },
      ],
    },
    {
      id: 'board-decision-date',
      name: 'boardDecisionNoticeOn',
      kind: 'date',
      title: 'What date were you told the governing board’s decision?',
      hint: 'Use the date on the board’s letter. For example, 20 10 2026.',
      checkLabel: 'Date you were told the board’s decision',
      when: { exclusionReview: ['upheld'] },
      subject: 'The date you were told the board’s decision',
      notFuture: true,
      notBefore: [
        { name: 'actOn', message: 'The date you were told the board’s decision must be the same as or after the date of the exclusion' },
      ],
      errors: { required: 'Enter the date you were told the board’s decision' },
    },
    {
      id: 'spoken-to-school',
      name: 'spokenToSchool',
      kind: 'radios',
      title: 'Have you talked to the teacher, the SENCO or the headteacher about this?',
      hint: 'The SENCO is the special educational needs coordinator. At a college, this means the tutor or the person in charge of support.',
      checkLabel: 'Talked to the school or college',
      when: { who: ['school', 'college', 'exclusion', 'discrimination'] },
      errors: { required: 'Select yes if you have talked to the school or college' },
      options: yesNo('Yes', 'No, not yet'),
    },
    {
      id: 'mediation-adviser',
      name: 'mediation',
      kind: 'radios',
      title: 'Have you contacted the mediation adviser?',
      hint: 'The decision letter names a mediation adviser. You must contact them before you can appeal. You do not have to go to mediation.',
      checkLabel: 'Mediation adviser',
      when: { mediationAdviceRequired: ['yes'] },
      errors: { required: 'Select whether you have contacted the mediation adviser' },
      options: [
        { value: 'not-yet', text: 'No, not yet' },
        { value: 'mediation', text: 'Yes, and I said I want mediation' },
        { value: 'certificate-only', text: 'Yes, and I said I do not want mediation' },
      ],
    },
    {
      id: 'adviser-date',
      name: 'adviserInformedOn',
      kind: 'date',
      title: 'When did you tell the mediation adviser that you do not want mediation?',
      hint: 'For example, 2 11 2026.',
      checkLabel: 'Date you told the mediation adviser',
      when: { mediation: ['certificate-only'] },
      subject: 'The date you told the mediation adviser',
      notFuture: true,
      notBefore: [
        {
          name: 'noticeSentOn',
          message: 'The date you told the mediation adviser must be the same as or after the date on the decision letter',
        },
      ],
      errors: { required: 'Enter the date you told the mediation adviser' },
    },
    {
      id: 'mediation-request-date',
      name: 'laInformedOn',
      kind: 'date',
      title: 'When was the council told that you want mediation?',
      hint: 'The mediation adviser usually tells the council. If you do not know, use the date you told the mediation adviser. For example, 2 11 2026.',
      checkLabel: 'Date the council was told you want mediation',
      when: { mediation: ['mediation'] },
      subject: 'The date the council was told you want mediation',
      notFuture: true,
      notBefore: [
        {
          name: 'noticeSentOn',
          message:
            'The date the council was told you want mediation must be the same as or after the date on the decision letter',
        },
      ],
      errors: { required: 'Enter the date the council was told you want mediation' },
    },
    {
      id: 'mediation-held',
      name: 'mediationHeld',
      kind: 'radios',
      title: 'Has the mediation finished?',
      checkLabel: 'Mediation finished',
      when: { mediation: ['mediation'] },
      errors: { required: 'Select yes if the mediation has finished' },
      options: yesNo('Yes', 'No, not yet'),
    },
    {
      id: 'mediation-end-date',
      name: 'concludedOn',
      kind: 'date',
      title: 'What date did the mediation finish?',
      hint: 'For example, 30 11 2026.',
      checkLabel: 'Date the mediation finished',
      when: { mediationHeld: ['yes'] },
      subject: 'The date the mediation finished',
      notFuture: true,
      notBefore: [
        {
          name: 'noticeSentOn',
          message:
            'The date the mediation finished must be the same as or after the date on the decision letter',
        },
        {
          name: 'laInformedOn',
          message:
            'The date the mediation finished must be the same as or after the date the council was told you want mediation',
        },
      ],
      errors: { required: 'Enter the date the mediation finished' },
    },
    {
      id: 'certificate',
      name: 'certificateReceived',
      kind: 'radios',
      title: 'Have you got the mediation certificate?',
      hint: 'The mediation adviser sends it to you. You need it to appeal.',
      checkLabel: 'Mediation certificate',
      when: [{ mediation: ['certificate-only'] }, { mediationHeld: ['yes'] }],
      errors: { required: 'Select yes if you have got the mediation certificate' },
      options: yesNo('Yes', 'No, not yet'),
    },
    {
      id: 'certificate-date',
      name: 'certificateSentOn',
      kind: 'date',
      title: 'What date is on the mediation certificate?',
      hint: 'For example, 5 11 2026.',
      checkLabel: 'Date on the mediation certificate',
      when: { certificateReceived: ['yes'] },
      subject: 'The date on the mediation certificate',
      notFuture: true,
      notBefore: [
        {
          name: 'noticeSentOn',
          message:
            'The date on the mediation certificate must be the same as or after the date on the decision letter',
        },
        {
          name: 'adviserInformedOn',
          message:
            'The date on the mediation certificate must be the same as or after the date you told the mediation adviser',
        },
        {
          name: 'concludedOn',
          message:
            'The date on the mediation certificate must be the same as or after the date the mediation finished',
        },
      ],
      errors: { required: 'Enter the date on the mediation certificate' },
    },
    {
      id: 'area',
      name: 'area',
      kind: 'radios',
      title: 'Where do you live?',
      hint: 'We use this to show you local services that can help.',
      checkLabel: 'Where you live',
      errors: { required: 'Select where you live' },
      // The areas come from content/areas/*.yaml (journeyWithAreas); "other" is always offered.
      options: [{ value: 'other', text: 'Somewhere else in England' }],
    },
  ],
})

export const questionById = new Map(JOURNEY.questions.map((q) => [q.id, q]))

/** The journey in the words for a young person asking in their own name: "you", not "your child". */
export function forYoungPerson(base: Journey): Journey {
  return {
    ...base,
    questions: base.questions.map((q) => {
      const yp = q.youngPerson
      const words = {
        ...(yp?.title ? { title: yp.title } : {}),
        ...(yp?.hint ? { hint: yp.hint } : {}),
        ...(yp?.checkLabel ? { checkLabel: yp.checkLabel } : {}),
        ...(yp?.required ? { errors: { required: yp.required } } : {}),
      }
      if (q.kind === 'date') return { ...q, ...words } as Question
      const options = q.options.map((o) => ({ ...o, ...(o.youngPerson?.text ? { text: o.youngPerson.text } : {}), ...(o.youngPerson?.hint ? { hint: o.youngPerson.hint } : {}) }))
      return { ...q, ...words, options } as Question
    }),
  }
}

/** The journey to show for these answers: in a young person's words if they are asking for themselves. */
export function journeyFor(answers: { asker?: unknown }, parent: Journey, youngPerson: Journey): Journey {
  return answers.asker === 'young-person' ? youngPerson : parent
}

/** The journey offering these areas (from content/areas/) before "somewhere else", in their order. */
export function journeyWithAreas(areas: readonly { id: string; name: string }[], base: Journey = JOURNEY): Journey {
  return {
    ...base,
    questions: base.questions.map((q) =>
      q.name === 'area' && q.kind === 'radios'
        ? { ...q, options: [...areas.map((a) => ({ value: a.id, text: a.name })), ...q.options.filter((o) => o.value === 'other')] }
        : q,
    ),
  }
}
