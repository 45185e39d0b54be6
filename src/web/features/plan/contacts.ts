import type { Area, NationalService } from '../../../content/schema.js'
import type { ContactView } from './plan-view.js'

// Who to contact for each route: the area's directory when we know the area, otherwise the national
// directory and a plain description of how to find the local service.

export type ContactRef =
  | 'sendiass'
  | 'senTeam'
  | 'localOffer'
  | 'councilComplaints'
  | 'mediation'
  | 'disagreementResolution'
  | `national:${string}`

// The local SENDIASS can help with every route: the page says so for each, and gives its details once.
// Keyed by string, not RouteId, so a route the engine adds later has no extra contacts until one is listed.
export const ROUTE_CONTACTS: Readonly<Record<string, readonly ContactRef[]>> = {
  'talk-to-school': [],
  'talk-to-sen-team': ['senTeam'],
  'request-assessment': ['senTeam', 'localOffer'],
  complaint: ['councilComplaints'],
  ombudsman: ['national:local-government-ombudsman'],
  'health-service-ombudsman': [],
  'health-social-care-complaint': ['councilComplaints'],
  'disagreement-resolution': ['disagreementResolution'],
  'mediation-advice': ['mediation'],
  mediation: ['mediation'],
  'tribunal-appeal': ['national:send-tribunal', 'national:ipsea'],
  'health-social-care-recommendations': ['national:send-tribunal'],
  'disability-discrimination-claim': ['national:send-tribunal', 'national:coram-childrens-legal-centre'],
  'exclusion-review': ['national:coram-childrens-legal-centre'],
}

export const fromNational = (s: NationalService): ContactView => ({
  name: s.name,
  description: s.description,
  website: s.website,
  ...(s.phone ? { phone: s.phone } : {}),
})

export function sendiassOf(area: Area): ContactView {
  const s = area.sendiass
  return {
    name: s.name,
    description: 'Free, impartial information, advice and support about special educational needs and disability.',
    address: s.address,
    phone: s.phone,
    email: s.email,
    website: s.website,
    opening: s.opening,
  }
}

/** What the family's situation changes in how a contact is described. */
export interface ContactSituation {
  /** The family has a decision letter (it names the SEN team and the mediation adviser). */
  decisionLetter: boolean
  /** The complaint is about a school: its own procedure, not the council's. */
  schoolComplaint: boolean
}
const NO_SITUATION: ContactSituation = { decisionLetter: true, schoolComplaint: false }

const SCHOOL_COMPLAINTS: ContactView = {
  name: 'The school’s complaints procedure',
  description:
    'Every school must publish one, usually on its website. Its last stage is a panel of the governing board. After that, you can complain to the Department for Education.',
}

function local(ref: ContactRef, area: Area, situation: ContactSituation): ContactView | undefined {
  switch (ref) {
    case 'sendiass':
      return sendiassOf(area)
    case 'senTeam': {
      const t = area.senTeam
      const c: ContactView = { name: t.name }
      if (t.phone) c.phone = t.phone
      if (t.email) c.email = t.email
      if (t.website) c.website = t.website
      if (!t.phone && !t.email && !t.website) {
        const also = `You can also ask ${area.sendiass.name}.`
        const where = situation.decisionLetter ? 'Your decision letter should give' : 'The council’s website gives'
        c.description = `${where} their contact details. ${also}`
      }
      return c
    }
    case 'localOffer':
      return {
        name: area.localOffer.name,
        description: 'The council’s website about help for children with special educational needs.',
        website: area.localOffer.website,
      }
    case 'councilComplaints': {
      if (situation.schoolComplaint) return SCHOOL_COMPLAINTS
      const council = area.complaints.council
      return {
        name: council.name,
        description: 'For complaints about the council. For a school or college, ask it for its own complaints procedure.',
        ...(council.website ? { website: council.website } : {}),
      }
    }
    case 'mediation':
    case 'disagreementResolution': {
      const s = area[ref]
      return { name: s.name, description: s.description, ...(s.website ? { website: s.website } : {}) }
    }
    default:
      return undefined
  }
}

function general(ref: ContactRef, national: readonly NationalService[], situation: ContactSituation): ContactView | undefined {
  switch (ref) {
    case 'sendiass': {
      const cdc = national.find((n) => n.id === 'council-for-disabled-children')
      return {
        name: 'Your local SENDIASS',
        description:
          'Every council area has a free, impartial information, advice and support service for special educational needs and disability (SENDIASS). The Council for Disabled Children lists them.',
        ...(cdc ? { website: cdc.website } : {}),
      }
    }
    case 'senTeam':
      return {
        name: 'Your council’s SEN team',
        description: situation.decisionLetter
          ? 'Your decision letter, or your council’s Local Offer website, should give their contact details.'
          : 'Your council’s Local Offer website should give their contact details.',
      }
    case 'localOffer':
      return {
        name: 'Your council’s Local Offer',
        description: 'Every council publishes a Local Offer website about help for children with special educational needs.',
      }
    case 'councilComplaints':
      if (situation.schoolComplaint) return SCHOOL_COMPLAINTS
      return {
        name: 'The complaints procedure',
        description: 'Ask the school, college or council for its complaints procedure, or look on its website.',
      }
    case 'mediation':
      return {
        name: 'The mediation adviser named in your decision letter',
        description: 'The council’s decision letter must tell you who to contact for mediation advice.',
      }
    case 'disagreementResolution':
      return {
        name: 'Your council’s disagreement resolution service',
        description: 'Ask the council’s SEN team or your local SENDIASS for its details.',
      }
    default:
      return undefined
  }
}

/** One contact: national services by id, local ones from the area's directory (or how to find them). */
export function contactFor(
  ref: string,
  area: Area | undefined,
  national: readonly NationalService[],
  situation: ContactSituation = NO_SITUATION,
): ContactView | undefined {
  if (ref.startsWith('national:')) {
    const s = national.find((n) => n.id === ref.slice('national:'.length))
    return s ? fromNational(s) : undefined
  }
  return area ? local(ref as ContactRef, area, situation) : general(ref as ContactRef, national, situation)
}
