/**
 * A small timing harness for the domain benchmarks. Baseline and subject run in the same process,
 * in alternating rounds (the order flips every round), so drift in CPU frequency or garbage
 * collection lands on both sides; the figure reported is the median of the rounds.
 */
/** One side of a comparison: a pass over every prepared input, returning a checksum. */
export type Pass = () => number

/** The timing of one side. */
export interface Timing {
  /** Median nanoseconds per operation over the rounds. */
  readonly nsPerOp: number
  /** Operations per second at the median. */
  readonly opsPerSecond: number
  readonly rounds: ReadonlyArray<number>
}

/** What a comparison reports: both sides and subject time over baseline time. */
export interface Comparison {
  readonly operationsPerPass: number
  readonly baseline: Timing
  readonly subject: Timing
  /**
   * The median over rounds of subject time over baseline time. Each round times both sides back
   * to back, so a ratio compares them under the same load even when the machine is busy.
   */
  readonly ratio: number
}

export interface Options {
  /** How many operations one pass makes. */
  readonly operationsPerPass: number
  /** Timed rounds per side. */
  readonly rounds?: number
  /** Roughly how long one round of one side should take. */
  readonly roundMs?: number
  /** Warm-up time per side, so both are optimised before timing starts. */
  readonly warmupMs?: number
}

const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

// Keeps results observable so the optimiser cannot drop the work being timed.
let sink = 0

const runFor = (pass: Pass, ms: number): number => {
  const start = performance.now()
  let passes = 0
  do {
    sink ^= pass()
    passes++
  } while (performance.now() - start < ms)
  return passes
}

const timePasses = (pass: Pass, passes: number): number => {
  const start = performance.now()
  for (let i = 0; i < passes; i++) sink ^= pass()
  return performance.now() - start
}

const timing = (nsPerOp: ReadonlyArray<number>): Timing => {
  const ns = median(nsPerOp)
  return { nsPerOp: ns, opsPerSecond: 1e9 / ns, rounds: nsPerOp }
}

/** Times `subject` against `baseline` and reports their median rates and ratio. */
export const compare = (baseline: Pass, subject: Pass, options: Options): Comparison => {
  const rounds = options.rounds ?? 7
  const roundMs = options.roundMs ?? 250
  const warmupMs = options.warmupMs ?? 300
  const perPass = options.operationsPerPass
  // Warm up both, then size each side's round so it lasts about roundMs.
  const baselinePasses = Math.max(1, Math.round((runFor(baseline, warmupMs) * roundMs) / warmupMs))
  const subjectPasses = Math.max(1, Math.round((runFor(subject, warmupMs) * roundMs) / warmupMs))
  const baselineNs: Array<number> = []
  const subjectNs: Array<number> = []
  for (let round = 0; round < rounds; round++) {
    const sides: Array<() => void> = [
      () => baselineNs.push((timePasses(baseline, baselinePasses) * 1e6) / (baselinePasses * perPass)),
      () => subjectNs.push((timePasses(subject, subjectPasses) * 1e6) / (subjectPasses * perPass))
    ]
    if (round % 2 === 1) sides.reverse()
    for (const side of sides) side()
  }
  if (sink === 0.5) console.error("unreachable")
  const b = timing(baselineNs)
  const s = timing(subjectNs)
  const ratios = subjectNs.map((ns, round) => ns / baselineNs[round]!)
  return { operationsPerPass: perPass, baseline: b, subject: s, ratio: median(ratios) }
}
