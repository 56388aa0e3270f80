import { Result, Schema, SchemaIssue } from "effect"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as Field from "../../src/kernel/Field.js"
import * as Input from "../../src/kernel/Input.js"

const Application = Schema.Struct({
  name: Field.NonEmptyText,
  mobile: Field.Mobile,
  id: Field.ResidentId,
  email: Schema.optional(Field.Email),
  age: Schema.Number,
  tags: Schema.Array(Field.Text({ max: 5 })),
  deposit: Field.Money
})

const issuesOf = (result: Result.Result<unknown, Input.InvalidInput>) =>
  Result.isFailure(result) ? result.failure.issues : []

describe("Input.decode", () => {
  it("returns the decoded, normalised value", () => {
    const result = Input.decode(Application, {
      name: " 王芳 ",
      mobile: "+86 138-1234-5678",
      id: "11010519491231002x",
      age: 30,
      tags: ["vip"],
      deposit: { amount: 50_000 }
    })
    expect(result).toEqual(
      Result.succeed({
        name: "王芳",
        mobile: "13812345678",
        id: "11010519491231002X",
        age: 30,
        tags: ["vip"],
        deposit: { amount: 50_000, currency: "CNY" }
      })
    )
  })

  it("reports every issue with its path, not only the first", () => {
    const result = Input.decode(Application, {
      name: "",
      mobile: "12812345678",
      id: "110105194912310021",
      email: "wang@",
      age: "thirty",
      tags: ["ok", "far too long"],
      deposit: { amount: 1.5 }
    })
    expect(issuesOf(result)).toEqual([
      { path: ["name"], message: { code: "field.text.empty" } },
      { path: ["mobile"], message: { code: "field.mobile.invalid" } },
      { path: ["id"], message: { code: "field.residentId.checkDigit" } },
      { path: ["email"], message: { code: "field.email.invalid" } },
      { path: ["age"], message: { code: "input.type" } },
      { path: ["tags", 1], message: { code: "field.text.tooLong", params: { max: 5 } } },
      { path: ["deposit", "amount"], message: { code: "field.money.amount" } }
    ])
  })

  it("maps built-in failures to generic codes: missing, wrong type, unexpected, anything else", () => {
    const Strict = Schema.Struct({ a: Schema.String, b: Schema.String.check(Schema.isMaxLength(1)) })
    const result = Input.decode(Strict, { b: "xy", c: 1 }, { onExcessProperty: "error" })
    expect(issuesOf(result)).toEqual([
      { path: ["c"], message: { code: "input.unexpected" } },
      { path: ["a"], message: { code: "input.required" } },
      { path: ["b"], message: { code: "input.invalid" } }
    ])
    expect(issuesOf(Input.decode(Strict, "not an object"))).toEqual([
      { path: [], message: { code: "input.type" } }
    ])
    // Extra keys are dropped by default, so a form may post controls the schema does not declare.
    expect(Input.decode(Strict, { a: "x", b: "y", c: 1 })).toEqual(Result.succeed({ a: "x", b: "y" }))
  })

  it("an optional field given a wrong value reports the field's own code", () => {
    const result = Input.decode(Schema.Struct({ email: Application.fields.email }), { email: "wang@" })
    expect(issuesOf(result)).toEqual([{ path: ["email"], message: { code: "field.email.invalid" } }])
    expect(issuesOf(Input.decode(Schema.Struct({ email: Application.fields.email }), { email: 5 }))).toEqual([
      { path: ["email"], message: { code: "input.type" } }
    ])
  })

  it("renders the issues in both locales", () => {
    const result = Input.decode(Schema.Struct({ mobile: Field.Mobile }), { mobile: "123" })
    expect(Result.isFailure(result) && result.failure.texts("zh-CN")).toEqual([
      "mobile: 请输入 11 位中国大陆手机号，如 138 0013 8000"
    ])
    expect(Result.isFailure(result) && result.failure.message).toContain("mobile: Enter an 11-digit")
  })

  it("never throws, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true
        }),
        (input) => {
          const result = Input.decode(Application, input)
          expect(Result.isResult(result)).toBe(true)
          if (Result.isFailure(result)) expect(result.failure.issues.length).toBeGreaterThan(0)
        }
      )
    )
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(Result.isResult(Input.decode(Field.Mobile, input))).toBe(true)
      })
    )
  })

  it("never throws even when reading the input throws", () => {
    const hostile = Object.defineProperty({}, "name", {
      enumerable: true,
      get() {
        throw new Error("boom")
      }
    })
    expect(issuesOf(Input.decode(Application, hostile))).toEqual([
      { path: [], message: { code: "input.invalid" } }
    ])
  })
})

describe("Input.decodeField", () => {
  it("validates one field for blur, with the field's name as path", () => {
    expect(Input.decodeField(Application, "mobile", "12812345678")).toEqual([
      { path: ["mobile"], message: { code: "field.mobile.invalid" } }
    ])
    expect(Input.decodeField(Application, "mobile", "13812345678")).toEqual([])
  })

  it("a required field left empty says it is required; an optional one is fine", () => {
    expect(Input.decodeField(Application, "mobile", undefined)).toEqual([
      { path: ["mobile"], message: { code: "input.required" } }
    ])
    expect(Input.decodeField(Application, "email", undefined)).toEqual([])
  })

  it("ignores the other fields and reports nested issues", () => {
    expect(Input.decodeField(Application, "tags", ["ok", "way too long"])).toEqual([
      { path: ["tags", 1], message: { code: "field.text.tooLong", params: { max: 5 } } }
    ])
    expect(Input.decodeField(Application, "nope", 1)).toEqual([
      { path: ["nope"], message: { code: "input.unexpected" } }
    ])
  })
})

describe("Input.issuesOf and filters", () => {
  it("a filter built with Input.makeFilter carries its code and params", () => {
    const Even = Schema.Number.check(
      Input.makeFilter<number>("field.text.tooLong", (n) =>
        n % 2 === 0 ? undefined : { code: "field.text.tooLong", params: { max: n } }
      )
    )
    const result = Schema.decodeUnknownResult(Even)(3)
    expect(Result.isFailure(result) && Input.issuesOf(result.failure)).toEqual([
      { path: [], message: { code: "field.text.tooLong", params: { max: 3 } } }
    ])
  })

  it("walks a hand-built issue tree", () => {
    const tree = new SchemaIssue.Pointer(
      ["a"],
      new SchemaIssue.Composite(Schema.String.ast, [
        new SchemaIssue.MissingKey(undefined),
        Input.invalid({ code: "field.email.invalid" })
      ])
    )
    expect(Input.issuesOf(tree)).toEqual([
      { path: ["a"], message: { code: "input.required" } },
      { path: ["a"], message: { code: "field.email.invalid" } }
    ])
  })

  it("a plain filter failing without a code maps to input.invalid", () => {
    const NoCode = Schema.String.check(Schema.makeFilter((s: string) => s === "x"))
    const result = Schema.decodeUnknownResult(NoCode)("y")
    expect(Result.isFailure(result) && Input.issuesOf(result.failure)).toEqual([
      { path: [], message: { code: "input.invalid" } }
    ])
  })
})
