import type { Clock as ServiceClock } from '../clock.js'

/**
 * What the store layers know of time: "now" as epoch milliseconds, from whoever calls them. It is the
 * service's one clock (src/clock.ts) seen through the part these layers use; they never read the system clock.
 */
export type Clock = Pick<ServiceClock, 'now'>

export { manualClock } from '../clock.js'

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
