/**
 * What the store layers know of time: "now" as epoch milliseconds, from whoever calls them. The service's one
 * clock module supplies it; tests pass a fixed or stepping clock. These modules never read the system clock.
 */
export interface Clock {
  now(): number
}

/** A clock for tests that starts at `start` and moves only when told. */
export function manualClock(start: number): Clock & { advance(ms: number): void; set(ms: number): void } {
  let t = start
  return {
    now: () => t,
    advance: (ms) => {
      t += ms
    },
    set: (ms) => {
      t = ms
    },
  }
}

export const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
