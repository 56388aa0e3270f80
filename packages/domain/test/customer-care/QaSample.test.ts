import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Callback, Period, QaSample } from "../../src/customer-care/index.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { completeInput, fail, local, newCallback, ok, qa, wang } from "./fixtures.js"

const calls = (agent: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `${agent}-cb-${i}`, agent }))

describe("quality assurance samples call recordings at random (绩效考核小组随机抽查录音)", () => {
  it("draws the same sample from the same seed, and another from another seed", () => {
    const all = [...calls("u-1", 20), ...calls("u-2", 20)]
    const a = QaSample.draw({ calls: all, seed: "2026-03", period: "2026-03", perAgent: 3 })
    expect(
      QaSample.draw({ calls: [...all].reverse(), seed: "2026-03", period: "2026-03", perAgent: 3 })
    ).toEqual(a)
    expect(a.map((s) => s.agent)).toEqual(["u-1", "u-1", "u-1", "u-2", "u-2", "u-2"])
    expect(QaSample.draw({ calls: all, seed: "another", period: "2026-03", perAgent: 3 })).not.toEqual(a)
  })

  it("samples per agent, all of an agent's calls when there are fewer", () => {
    const drawn = QaSample.draw({
      calls: [...calls("u-1", 1), ...calls("u-2", 10)],
      seed: "s",
      period: "2026-W10"
    })
    expect(drawn.filter((s) => s.agent === "u-1").map((s) => s.callId)).toEqual(["u-1-cb-0"])
    expect(drawn.filter((s) => s.agent === "u-2")).toHaveLength(QaSample.defaultPerAgent)
  })

  it("the generator is seeded and spreads its numbers over [0, 1)", () => {
    const next = QaSample.random("seed")
    const again = QaSample.random("seed")
    const values = Array.from({ length: 1000 }, () => next())
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => again()))
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400)
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600)
  })

  it("draws only callbacks completed in the period, by who completed them", () => {
    const done = ok(
      Workflow.decide(
        Callback.workflow,
        newCallback(),
        "complete",
        completeInput,
        wang,
        local("2026-03-03T10:00")
      )
    ).record
    const open = newCallback(Callback.workflow, {}, local("2026-03-02T15:00"), "cb-2")
    expect(QaSample.callsOf([done, open], Period.make("2026-03-01", "2026-03-31"))).toEqual([
      { id: "cb-1", agent: "u-1" }
    ])
    expect(QaSample.callsOf([done], Period.make("2026-04-01", "2026-04-30"))).toEqual([])
  })

  it("same seed → same sample, a subset of the calls, at most perAgent per agent (property)", () => {
    const callArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 5 }),
      agent: fc.constantFrom("u-1", "u-2", "u-3")
    })
    fc.assert(
      fc.property(
        fc.array(callArb, { maxLength: 40 }),
        fc.string(),
        fc.nat({ max: 5 }),
        (all, seed, perAgent) => {
          const options = { calls: all, seed, period: "p", perAgent }
          const sample = QaSample.draw(options)
          expect(QaSample.draw({ ...options, calls: [...all].reverse() })).toEqual(sample)
          for (const agent of ["u-1", "u-2", "u-3"]) {
            const own = new Set(all.filter((c) => c.agent === agent).map((c) => c.id))
            const taken = sample.filter((s) => s.agent === agent)
            expect(taken.length).toBe(Math.min(perAgent, own.size))
            expect(new Set(taken.map((s) => s.callId)).size).toBe(taken.length)
            for (const s of taken) expect(own.has(s.callId)).toBe(true)
          }
        }
      )
    )
  })
})

describe("sampled calls are scored and improvement notes recorded", () => {
  const drawn = () =>
    ok(
      Workflow.create(QaSample.workflow, {
        id: "qa-1",
        input: { callId: "cb-1", agent: "u-1", period: "2026-03", seed: "2026-03" },
        actor: qa,
        now: local("2026-04-01T10:00")
      })
    ).record

  it("a QA member scores each criterion 1–5 with notes; the total is out of 100", () => {
    const scored = ok(
      Workflow.decide(
        QaSample.workflow,
        drawn(),
        "score",
        { opening: 5, script: 4, brevity: 3, record: 5, notes: "结束语可更简短" },
        qa,
        local("2026-04-01T11:00")
      )
    ).record
    expect(scored.state).toBe("scored")
    expect(scored.data).toMatchObject({ total: 85, notes: "结束语可更简短", scoredBy: "q-1" })
  })

  it("refuses scores outside 1–5, missing notes, and scoring by a specialist", () => {
    expect(
      fail(
        Workflow.decide(
          QaSample.workflow,
          drawn(),
          "score",
          { opening: 6, script: 0, brevity: 3.5, record: 5, notes: "" },
          qa,
          local("2026-04-01T11:00")
        )
      )._tag
    ).toBe("InvalidInput")
    expect(
      fail(
        Workflow.decide(
          QaSample.workflow,
          drawn(),
          "score",
          { opening: 5, script: 5, brevity: 5, record: 5, notes: "好" },
          wang,
          local("2026-04-01T11:00")
        )
      )._tag
    ).toBe("RoleNotPermitted")
  })
})
