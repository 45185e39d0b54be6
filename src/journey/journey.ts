import { z } from 'zod'
import { DECISION_IDS } from '../law/index.js'

// The "what can I do?" journey as data: one question a page, in the order they are asked.
// A question is asked only when its `when` holds; options are offered only when theirs does.
// The engine in journey-engine.ts is generic: change the journey here, not there.

/** What a family may still be waiting for from the council, in the plan's `waitingFor` parameter. */
export const WAITING_FOR = ['assessment-decision', 'final-plan', 'review-decision'] as const
export type WaitingFor = (typeof WAITING_FOR)[number]

/** Facts worked out from the answers that conditions may test, as well as the answers themselves. */
export const DERIVED_FACTS = ['decision', 'waitingFor', 'needsNoticeDate', 'mediationAdviceRequired'] as const

const name = z.string().regex(/^[a-z][a-zA-Z]*$/, 'must be a camelCase name')
const id = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'must be lower-case words joined by hyphens')
const text = z.string().trim().min(1)

/** Every key must hold: its answer (or derived fact) must be one of the values listed. */
const condition = z.record(name, z.array(text).min(1))
/** One condition, or a list of them of which any may hold. */
const when = z.union([condition, z.array(condition).min(1)])

const option = z.strictObject({
  value: id,
  text,
  hint: text.optional(),
  when: when.optional(),
  /** For the "what happened" question: the engine's decision id this answer means. */
  decision: z.enum(DECISION_IDS).optional(),
  waitingFor: z.enum(WAITING_FOR).optional(),
})

const base = {
  id,
  name,
  title: text,
  hint: text.optional(),
  when: when.optional(),
  /** The row's label on the check answers page. */
  checkLabel: text,
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
      if (q.name === 'happened' && q.kind === 'radios') {
        q.options.forEach((o, j) => {
          if (!o.decision) issue(['options', j], 'every "what happened" option needs a decision id')
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
const ACT_DECISIONS = ['la-conduct', 'health-provision', 'social-care-provision']

/** The journey. Parsed (and so checked) when this module loads: a mistake here stops start-up. */
export const JOURNEY: Journey = journeySchema.parse({
  questions: [
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
        { value: 'exclusion', text: 'My child has been suspended or excluded from school' },
        { value: 'discrimination', text: 'A school treated my child unfairly because of their disability' },
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
          when: { who: ['school', 'college'] },
        },
        {
          value: 'plan-not-delivered',
          decision: 'la-conduct',
          text: 'My child is not getting the help that the EHC plan says they must get',
          hint: 'The council must make sure your child gets this help',
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
          when: { who: ['exclusion'] },
        },
        {
          value: 'disability-discrimination',
          decision: 'disability-discrimination',
          text: 'A school treated my child unfairly because of their disability',
          when: { who: ['discrimination'] },
        },
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
        { value: 'needs', text: 'The description of my child’s special educational needs (section B)' },
        { value: 'provision', text: 'The special educational help my child must get (section F)' },
        {
          value: 'placement',
          text: 'The school or college named, the type of school, or that no school is named (section I)',
        },
        { value: 'health-social-care', text: 'The health or social care parts (sections C, D, G, H1 and H2)' },
      ],
    },
    {
      id: 'letter-date',
      name: 'noticeSentOn',
      kind: 'date',
      title: 'What date is on the decision letter?',
      hint: 'You can usually find it near the top of the letter. For example, 26 10 2026.',
      checkLabel: 'Date on the decision letter',
      when: { needsNoticeDate: ['yes'] },
      subject: 'The date on the decision letter',
      notFuture: true,
      errors: { required: 'Enter the date on the decision letter' },
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
      when: { decision: ACT_DECISIONS, waitingFor: ['none'] },
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
      id: 'review-date',
      name: 'reviewMeetingOn',
      kind: 'date',
      title: 'What date was the annual review meeting?',
      hint: 'For example, 1 9 2026.',
      checkLabel: 'Date of the annual review meeting',
      when: { waitingFor: ['review-decision'] },
      subject: 'The date of the annual review meeting',
      notFuture: true,
      errors: { required: 'Enter the date of the annual review meeting' },
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
