import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { Assignment } from "../../src/customer-care/index.js"
import * as Messages from "../../src/kernel/Messages.js"

const retail = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => ({ id: `c-${String(from + i).padStart(3, "0")}`, category: "retail" }))

const loadOf = (result: Assignment.Result, id: string) =>
  result.loads.find((s) => s.specialistId === id)?.load

describe("each specialist holds a balanced number of customers, weighed by ability (负责客户数量均衡、兼顾业务能力)", () => {
  it("a specialist with twice the capacity takes twice the customers", () => {
    const result = Assignment.assign(
      [
        { id: "u-1", capacity: 2, skills: ["retail"] },
        { id: "u-2", capacity: 1, skills: ["retail"] }
      ],
      retail(9)
    )
    expect(loadOf(result, "u-1")).toBe(6)
    expect(loadOf(result, "u-2")).toBe(3)
  })

  it("counts the customers each specialist already holds", () => {
    const result = Assignment.assign(
      [
        { id: "u-1", capacity: 1, skills: ["retail"], load: 5 },
        { id: "u-2", capacity: 1, skills: ["retail"], load: 1 }
      ],
      retail(4)
    )
    expect(result.assignments.every((a) => a.specialistId === "u-2")).toBe(true)
    expect(loadOf(result, "u-1")).toBe(5)
    expect(loadOf(result, "u-2")).toBe(5)
  })

  it("gives a customer only to a specialist skilled in its category, and leaves it unassigned when nobody is", () => {
    const result = Assignment.assign(
      [
        { id: "u-1", capacity: 1, skills: ["vip"] },
        { id: "u-2", capacity: 1, skills: ["retail"] }
      ],
      [
        { id: "c-1", category: "vip" },
        { id: "c-2", category: "retail" },
        { id: "c-3", category: "fleet" }
      ]
    )
    expect(result.assignments.map((a) => [a.customerId, a.specialistId])).toEqual([
      ["c-1", "u-1"],
      ["c-2", "u-2"]
    ])
    expect(result.unassigned).toEqual([
      {
        customerId: "c-3",
        category: "fleet",
        reason: { code: "customerCare.assignment.noSkill", params: { category: "fleet" } }
      }
    ])
  })

  it("keeps balance when a shared category competes with a specialist's exclusive one", () => {
    // u-1 alone serves vip; both serve retail. Retail customers should go mostly to u-2.
    const specialists = [
      { id: "u-1", capacity: 1, skills: ["vip", "retail"] },
      { id: "u-2", capacity: 1, skills: ["retail"] }
    ]
    const result = Assignment.assign(specialists, [
      ...retail(4),
      ...Array.from({ length: 4 }, (_, i) => ({ id: `v-${i}`, category: "vip" }))
    ])
    expect(loadOf(result, "u-1")).toBe(4)
    expect(loadOf(result, "u-2")).toBe(4)
    expect(Assignment.isBalanced(specialists, result)).toBe(true)
  })

  it("explains each choice in both languages", () => {
    const result = Assignment.assign(
      [
        { id: "u-1", name: "王芳", capacity: 1.5, skills: ["retail"] },
        { id: "u-2", name: "赵敏", capacity: 1, skills: ["retail"] }
      ],
      retail(1)
    )
    const [choice] = result.assignments
    expect(choice?.candidates.map((c) => c.specialistId)).toEqual(["u-1", "u-2"])
    expect(Messages.render(choice!.reason, "zh-CN")).toBe(
      "分配给 王芳：擅长「retail」的 2 名专员中，按能力折算后负责客户最少（1 名 / 能力系数 1.5）"
    )
    expect(Messages.render(choice!.reason, "en")).toContain("Assigned to 王芳")
  })

  it("isBalanced refuses an assignment made by hand that loads one specialist", () => {
    const specialists = [
      { id: "u-1", capacity: 1, skills: ["retail"] },
      { id: "u-2", capacity: 1, skills: ["retail"] }
    ]
    const lopsided: Assignment.Result = {
      assignments: retail(3).map((c) => ({
        customerId: c.id,
        specialistId: "u-1",
        category: "retail",
        reason: { code: "customerCare.assignment.noSkill", params: { category: "retail" } },
        candidates: []
      })),
      unassigned: [],
      loads: [
        { specialistId: "u-1", load: 3, capacity: 1, weighted: 3 },
        { specialistId: "u-2", load: 0, capacity: 1, weighted: 0 }
      ]
    }
    expect(Assignment.isBalanced(specialists, lopsided)).toBe(false)
  })

  it("ignores specialists with no capacity", () => {
    const result = Assignment.assign(
      [
        { id: "u-1", capacity: 0, skills: ["retail"] },
        { id: "u-2", capacity: 1, skills: ["retail"] }
      ],
      retail(3)
    )
    expect(result.assignments.map((a) => a.specialistId)).toEqual(["u-2", "u-2", "u-2"])
  })
})

const categories = ["vip", "retail", "fleet"] as const
const specialistsArb = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom("u-1", "u-2", "u-3", "u-4", "u-5"),
    capacity: fc.constantFrom(0.5, 1, 1.5, 2, 3),
    skills: fc.subarray<string>([...categories], { minLength: 1 }),
    load: fc.nat({ max: 6 })
  }),
  { selector: (s) => s.id, minLength: 1, maxLength: 5 }
)
const customersArb = fc.array(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), category: fc.constantFrom(...categories) }),
  { maxLength: 40 }
)

describe("assignment properties", () => {
  it("stays balanced within one customer per capacity unit for any input", () => {
    fc.assert(
      fc.property(specialistsArb, customersArb, (specialists, customers) => {
        const result = Assignment.assign(specialists, customers)
        expect(Assignment.isBalanced(specialists, result)).toBe(true)
        // The same check, stated directly: no skilled specialist would be lighter after taking the customer.
        const final = new Map(result.loads.map((s) => [s.specialistId, s.load / s.capacity]))
        for (const choice of result.assignments) {
          for (const other of specialists) {
            if (other.id === choice.specialistId || !other.skills.includes(choice.category)) continue
            const otherLoad = result.loads.find((s) => s.specialistId === other.id)!.load
            expect(final.get(choice.specialistId)!).toBeLessThanOrEqual(
              (otherLoad + 1) / other.capacity + 1e-9
            )
          }
        }
      })
    )
  })

  it("assigns every customer some skilled specialist can take, exactly once, and is deterministic", () => {
    fc.assert(
      fc.property(specialistsArb, customersArb, (specialists, customers) => {
        const result = Assignment.assign(specialists, customers)
        const ids = [...new Set(customers.map((c) => c.id))]
        expect(
          [
            ...result.assignments.map((a) => a.customerId),
            ...result.unassigned.map((u) => u.customerId)
          ].sort()
        ).toEqual(ids.sort())
        for (const choice of result.assignments) {
          expect(specialists.find((s) => s.id === choice.specialistId)!.skills).toContain(choice.category)
        }
        const added =
          result.loads.reduce((sum, s) => sum + s.load, 0) - specialists.reduce((sum, s) => sum + s.load, 0)
        expect(added).toBe(result.assignments.length)
        expect(Assignment.assign([...specialists].reverse(), customers)).toEqual(result)
      })
    )
  })
})
