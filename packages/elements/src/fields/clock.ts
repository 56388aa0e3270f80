/**
 * Where the fields read the time. Countdowns take a clock as a property so tests and hosts can
 * drive them without waiting for real seconds.
 */

/**
 * A source of the current time and of periodic ticks.
 *
 * @example
 * ```ts
 * import type { Clock } from "@frontdesk/elements"
 * // a clock that never ticks, for a screenshot with a frozen countdown
 * const frozen: Clock = { now: () => Date.parse("2026-03-02T01:30:00Z"), every: () => () => {} }
 * ```
 * @category fields
 * @since 0.1.0
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  every(ms: number, tick: () => void): () => void
}

/**
 * The browser's clock. It looks `Date.now` and `setInterval` up on each call, so test fake
 * timers installed later still apply.
 *
 * @example
 * ```ts
 * mobileField.clock = systemClock
 * ```
 * @category fields
 * @since 0.1.0
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  every: (ms, tick) => {
    const id = setInterval(tick, ms)
    return () => clearInterval(id)
  }
}
