import { DECISIONS } from '../../../law/index.js'
import { govukDate } from '../../../dates.js'
import { on, waitingForDecision, type PlanContext } from './plan-view.js'

// "What to do next" for each open route, in plain words, using what the family has told us.

function talkToSchool({ request }: PlanContext): string[] {
  const steps =
    request.spokenToSchool === 'yes'
      ? [
          'You have already talked to the school. If nothing has changed, ask in writing for another meeting to check what was agreed.',
        ]
      : [
          'Ask for a meeting with your child’s teacher, the SENCO or the headteacher.',
          'Before the meeting, write down what worries you and what you think would help.',
        ]
  if (request.decision === 'exclusion') {
    steps.push(
      'Ask the school to tell you in writing why your child was excluded, and what help they had before it happened.',
    )
  }
  if (request.decision === 'disability-discrimination') {
    steps.push('Tell the school what happened and what you want them to do to put it right.')
  }
  steps.push('You can take a friend, a relative or someone from SENDIASS with you. Keep notes of what is agreed.')
  return steps
}

function talkToSenTeam({ request, milestone }: PlanContext): string[] {
  // While the family is still waiting there is no decision to explain.
  const waiting = waitingForDecision(request)
  const steps = [
    waiting
      ? 'Phone or write to the SEN team. Ask when you will get an answer, and what is holding it up.'
      : 'Phone or write to the SEN team. Ask them to explain the decision and the evidence they used.',
  ]
  const appeal = milestone('appeal-deadline')
  if (appeal && appeal.status !== 'passed') {
    steps.push(`Talking does not stop the clock. The Tribunal must still get any appeal by ${on(appeal)}.`)
  }
  if (waiting) steps.push('Ask them to confirm in writing what they tell you.')
  return steps
}

function requestAssessment({ request }: PlanContext): string[] {
  const steps = [
    'Write to the council’s SEN team and ask for an EHC needs assessment. Say why your child needs more help than the school can give, and send any reports you have.',
    'The council must tell you its decision within 6 weeks of getting your request.',
  ]
  if (request.decision === 'refuse-assessment') {
    steps.push(
      'You can ask again later, for example if things change or you have new reports. You can do this as well as appealing.',
    )
  }
  return steps
}

function complaint({ request }: PlanContext): string[] {
  if (DECISIONS[request.decision].maker.startsWith('school')) {
    return [
      'Ask the school for its complaints procedure (it is usually on its website), and follow its steps.',
      'If that does not sort it out, the last stage is a panel of the school’s governing board. After that, you can complain to the Department for Education.',
      'Write your complaint. Use the word “complaint”, list each problem, and say what you want to happen.',
    ]
  }
  const who = DECISIONS[request.decision].maker === 'local authority' ? 'the council' : 'the school, college or council'
  return [
    `Ask ${who} for its complaints procedure, and follow its steps.`,
    'Write your complaint. Use the word “complaint”, list each problem, and say what you want to happen. Give a date by which you would like a reply.',
  ]
}

function ombudsman({ milestone }: PlanContext): string[] {
  const by = milestone('ombudsman-complaint-by')
  return [
    'First, use the council’s own complaints procedure.',
    by
      ? `If you are still unhappy, complain to the Ombudsman in writing by ${on(by)}. That is 12 months from the date you gave us.`
      : 'If you are still unhappy, complain to the Ombudsman in writing within 12 months of first knowing about the problem.',
  ]
}

function healthSocialCareComplaint({ milestone }: PlanContext): string[] {
  const by = milestone('complaint-by')
  return [
    'Ask the NHS body or the council for its complaints procedure.',
    by
      ? `Make your complaint by ${on(by)}.`
      : 'Make your complaint within 12 months of the problem, or of finding out about it.',
  ]
}

function disagreementResolution({ timeline }: PlanContext): string[] {
  const steps = [
    'Contact the disagreement resolution service and ask for a meeting. Everyone has to agree to take part.',
  ]
  if (timeline.appealable) steps.push('It does not stop the clock for an appeal, so keep to your dates.')
  return steps
}

function mediationAdvice({ request, milestone }: PlanContext): string[] {
  const q = request.query
  if (q.certificateSentOn) {
    return [
      `You have your mediation certificate, dated ${govukDate(q.certificateSentOn)}. Keep it safe: you need it to appeal.`,
    ]
  }
  if (q.mediation === 'certificate-only') {
    const due = milestone('certificate-due')
    return [
      due
        ? `You told the mediation adviser you do not want mediation. They must send your certificate by ${on(due)}. If it does not arrive, contact them.`
        : 'You told the mediation adviser you do not want mediation. They must send your certificate within 3 working days.',
    ]
  }
  if (q.mediation === 'mediation') {
    return ['You asked for mediation. The mediation adviser will send you a certificate after the mediation finishes.']
  }
  const contactBy = milestone('contact-mediation-adviser-by')
  if (contactBy && contactBy.status === 'passed') {
    return [
      `The 2 months to contact the mediation adviser ended on ${on(contactBy)}. Contact them now anyway, and ask the Tribunal whether you can still appeal.`,
    ]
  }
  return [
    contactBy
      ? `Contact the mediation adviser named in your decision letter by ${on(contactBy)}.`
      : 'Contact the mediation adviser named in your decision letter within 2 months of the date on the letter.',
    'Tell them you want to appeal, and whether you want mediation. You do not have to go to mediation.',
  ]
}

function mediation({ request, timeline, milestone }: PlanContext): string[] {
  const q = request.query
  if (q.mediation === 'certificate-only') {
    return ['You chose not to have mediation. That is your right, and it does not affect your appeal.']
  }
  if (q.mediation === 'mediation') {
    const steps: string[] = []
    const by = milestone('mediation-by')
    const after = milestone('post-mediation-certificate-due')
    if (q.concludedOn) {
      steps.push(`Your mediation finished on ${govukDate(q.concludedOn)}.`)
      if (after && !q.certificateSentOn) steps.push(`The mediation adviser must send your certificate by ${on(after)}.`)
    } else if (by) {
      steps.push(
        `The mediation must take place by ${on(by)}. If the council cannot arrange it in time, the mediation adviser must send you a certificate so you can appeal.`,
      )
    } else {
      steps.push('The council must arrange the mediation within 30 days of being told you want it.')
    }
    steps.push('If you reach an agreement, the council must do what was agreed.')
    return steps
  }
  return timeline.mediationAdviceRequired
    ? [
        'If you want mediation, tell the mediation adviser when you contact them. The council must then arrange it within 30 days.',
      ]
    : [
        'You do not need a mediation certificate to appeal about the school named, but you can still ask for mediation. The council must then arrange it within 30 days.',
      ]
}

function tribunalAppeal({ request, timeline, milestone }: PlanContext): string[] {
  const steps: string[] = []
  const appeal = milestone('appeal-deadline')
  if (appeal && appeal.status !== 'passed') {
    steps.push(
      `Send your appeal so that the Tribunal gets it by ${on(appeal)}. To be safe, make sure it arrives by 5pm.`,
    )
  }
  if (appeal && appeal.status === 'passed') {
    steps.push(
      `The last day to appeal was ${on(appeal)}. You may still be able to appeal late: read the warning at the top of this page.`,
    )
  }
  if (timeline.mediationAdviceRequired && !request.query.certificateSentOn) {
    steps.push('You need your mediation certificate before you can appeal.')
  }
  steps.push('The appeal form and guidance are on GOV.UK. SENDIASS can help you fill it in.')
  return steps
}

function discriminationClaim({ request, milestone }: PlanContext): string[] {
  const steps: string[] = []
  const by = milestone('claim-deadline')
  if (request.decision === 'exclusion') {
    steps.push(
      'If you think your child was excluded because of their disability, you can make a claim to the Tribunal.',
    )
  }
  if (by && by.status !== 'passed') {
    steps.push(`Make your claim so that it is in by ${on(by)}. Weekends and bank holidays do not give you extra time.`)
  } else if (by) {
    steps.push(
      `The 6 months ended on ${on(by)}. The Tribunal can still decide to hear a late claim: claim as soon as you can and explain why it is late.`,
    )
  } else {
    steps.push('Make your claim within 6 months, starting with the day it happened.')
  }
  steps.push('You do not need a mediation certificate for this claim.')
  return steps
}

const STEPS: Readonly<Record<string, (ctx: PlanContext) => string[]>> = {
  'talk-to-school': talkToSchool,
  'talk-to-sen-team': talkToSenTeam,
  'request-assessment': requestAssessment,
  complaint,
  ombudsman,
  'health-service-ombudsman': () => [
    'First, use the NHS body’s own complaints procedure.',
    'If you are still unhappy with its final reply, complain to the Parliamentary and Health Service Ombudsman. Do it as soon as you can.',
  ],
  'health-social-care-complaint': healthSocialCareComplaint,
  'disagreement-resolution': disagreementResolution,
  'mediation-advice': mediationAdvice,
  mediation,
  'tribunal-appeal': tribunalAppeal,
  'health-social-care-recommendations': () => [
    'When you appeal, ask the Tribunal to look at the health and social care parts of the plan too.',
  ],
  'disability-discrimination-claim': discriminationClaim,
  'exclusion-review': () => [
    'Ask the governing board to meet to consider the exclusion. You can go and say what you think.',
    'If the board does not take your child back, you can ask for an independent review panel within 15 school days of being told in writing. You can ask for an SEN expert to be at the review, at no cost to you.',
  ],
}

/** The next steps for one route; none for a route the engine has added but this file does not know yet. */
export const nextSteps = (routeId: string, ctx: PlanContext): string[] => STEPS[routeId]?.(ctx) ?? []
