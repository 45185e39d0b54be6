import { areaList } from './areas.js'
import type { Content } from './load-content.js'
import type { IndexedPage } from './search.js'

/**
 * Each area's local help page as something search can find, so "Liverpool" or "Knowsley Council" leads to
 * that area's directory. Built from content/areas/, so a new area file is searchable with no other edit.
 */
export function localHelpSearchPages(content: Pick<Content, 'areas'>): IndexedPage[] {
  return areaList(content).map((a) => ({
    slug: `local-help-${a.id}`,
    title: `Help in ${a.name}`,
    summary: `Free advice from SENDIASS, the council's SEN team, mediation and complaints for families in ${a.name}.`,
    text: [a.localAuthority, a.sendiass.name, a.localOffer.name, a.senTeam.name, a.mediation.name, a.disagreementResolution.name].join('. '),
    keywords: [a.name, a.localAuthority, 'local help', 'SENDIASS'],
    href: `/local-help?area=${encodeURIComponent(a.id)}`,
  }))
}
