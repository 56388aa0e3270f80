import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Engine from "../../src/internal/engine.js"
import * as Keys from "../../src/internal/keys.js"

const key: fc.Arbitrary<Keys.Key> = fc.letrec<{ key: Keys.Key }>((tie) => ({
  key: fc.oneof(
    { depthSize: "small" },
    fc.double({ noNaN: true }),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, Infinity, -Infinity),
    fc.string({ maxLength: 3 }),
    fc.constantFrom("", "\u0000", "a", "a\u0000"),
    fc.array(tie("key"), { maxLength: 3 })
  )
})).key

const startsWith = (candidate: Keys.Key, prefix: ReadonlyArray<Keys.Key>): boolean =>
  Array.isArray(candidate) &&
  candidate.length >= prefix.length &&
  prefix.every((component, at) => Keys.compare(component, candidate[at]!) === 0)

describe("query bounds", () => {
  it("a prefix holds exactly the keys that start with it", () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 3 }),
        fc.array(key, { maxLength: 3 }),
        key,
        (prefix, rest, other) => {
          const bounds = Engine.bounds({ prefix }, undefined, false)
          // A key built from the prefix, and an arbitrary one.
          expect(Engine.within([...prefix, ...rest], bounds)).toBe(true)
          expect(Engine.within(other, bounds)).toBe(startsWith(other, prefix))
        }
      ),
      { numRuns: 2000 }
    )
  })
})
