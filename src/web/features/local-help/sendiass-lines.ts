import { areaList } from '../../../content/areas.js'
import type { Content } from '../../../content/load-content.js'
import type { AreaChoice } from './area-cookie.js'

/** One SENDIASS phone line and the areas it serves ("Liverpool and Knowsley"). */
export interface SendiassLine {
  areaNames: string
  name: string
  phone: string
}

const joinNames = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`

/**
 * The SENDIASS phone numbers to show on the home and guidance pages: the chosen area's, or every
 * area's when none is chosen. Areas that share one service (Liverpool and Knowsley do) share one line,
 * so the number is shown once.
 */
export function sendiassLines(content: Pick<Content, 'areas'>, choice: AreaChoice | undefined): SendiassLine[] {
  const areas = choice?.area ? [choice.area] : choice ? [] : areaList(content)
  const byService = new Map<string, { names: string[]; name: string; phone: string }>()
  for (const a of areas) {
    const key = `${a.sendiass.name}|${a.sendiass.phone}`
    const line = byService.get(key) ?? { names: [], name: a.sendiass.name, phone: a.sendiass.phone }
    line.names.push(a.name)
    byService.set(key, line)
  }
  return [...byService.values()].map(({ names, name, phone }) => ({ areaNames: joinNames(names), name, phone }))
}
