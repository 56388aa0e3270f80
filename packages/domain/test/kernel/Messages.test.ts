import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { Messages } from "@frontdesk/domain"
import fc from "fast-check"
import { type ESTree, parseSync, Visitor } from "vite"
import { beforeAll, describe, expect, it, vi } from "vitest"
import * as sections from "../../src/messages/index.js"

/** Every section of the catalogue, registered or not, with its export name. */
const all = Object.entries(sections)
const entries: ReadonlyArray<[string, Messages.Text]> = all.flatMap(([, section]) => Object.entries(section))

describe("Messages", () => {
  beforeAll(() => {
    for (const [, section] of all) Messages.register(section)
  })

  it("every catalogue entry of every section has non-empty zh-CN and en text", () => {
    expect(all.length).toBeGreaterThanOrEqual(7)
    for (const [code, text] of entries) {
      expect(text["zh-CN"].trim(), code).not.toBe("")
      expect(text.en.trim(), code).not.toBe("")
    }
  })

  it("every entry uses the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [code, text] of entries) {
      expect(placeholders(text["zh-CN"]), code).toEqual(placeholders(text.en))
    }
  })

  it("no code is defined by two sections, so registering one cannot change another's text", () => {
    const owners = new Map<string, Array<string>>()
    for (const [name, section] of all)
      for (const code of Object.keys(section)) owners.set(code, [...(owners.get(code) ?? []), name])
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([])
  })

  it("formats a catalogue code with its params in each locale", () => {
    expect(Messages.format("field.text.tooLong", "zh-CN", { max: 20 })).toBe("不能超过 20 个字符")
    expect(Messages.format("field.text.tooLong", "en", { max: 20 })).toBe("Must be at most 20 characters")
  })

  it("formats inline text given by a host application", () => {
    const label = { "zh-CN": "共 {n} 条", en: "{n} items" }
    expect(Messages.format(label, "zh-CN", { n: 3 })).toBe("共 3 条")
    expect(Messages.format(label, "en", { n: 3 })).toBe("3 items")
  })

  it("leaves a placeholder without a param visible rather than inventing a value", () => {
    expect(Messages.format({ "zh-CN": "{a}", en: "{a}" }, "en", {})).toBe("{a}")
  })

  it("renders a message in both locales at once", () => {
    expect(Messages.texts({ code: "state.overdue" })).toEqual({ "zh-CN": "已逾期", en: "overdue" })
  })

  it("picks zh-CN for any Chinese tag and when no language is given, en otherwise", () => {
    expect(Messages.localeOf("zh")).toBe("zh-CN")
    expect(Messages.localeOf("zh-Hant-TW")).toBe("zh-CN")
    expect(Messages.localeOf("")).toBe("zh-CN")
    expect(Messages.localeOf(null)).toBe("zh-CN")
    expect(Messages.localeOf("en-US")).toBe("en")
    fc.assert(fc.property(fc.string(), (tag) => Messages.locales.includes(Messages.localeOf(tag))))
  })

  it("knows which strings are catalogue codes", () => {
    expect(Messages.isCode("state.overdue")).toBe(true)
    expect(Messages.isCode("toString")).toBe(false)
    expect(Messages.isCode("constructor")).toBe(false)
  })
})

describe("Messages.register", () => {
  /** Messages alone, in a module graph of its own: no module has registered anything yet. */
  const fresh = async () => {
    vi.resetModules()
    return import("../../src/kernel/Messages.js")
  }

  it("before its section is registered, a code is not a code and formats as itself", async () => {
    const M = await fresh()
    expect(M.isCode("storage.quotaExceeded")).toBe(false)
    expect(M.format("storage.quotaExceeded", "en")).toBe("storage.quotaExceeded")
    expect(M.format("storage.notFound", "zh-CN", { collection: "c", id: "1" })).toBe("storage.notFound")
    expect(M.render({ code: "storage.aborted" }, "en")).toBe("storage.aborted")
  })

  it("registering a section makes every code of it, and only of it, known", async () => {
    const M = await fresh()
    expect(M.register(sections.storageTexts)).toBe(sections.storageTexts)
    for (const code of Object.keys(sections.storageTexts)) expect(M.isCode(code), code).toBe(true)
    expect(M.format("storage.notFound", "en", { collection: "enquiries", id: "7" })).toBe(
      "Record “enquiries/7” was not found"
    )
    expect(M.isCode("workflow.state.open")).toBe(false)
  })

  it("registering a section again changes nothing", async () => {
    const M = await fresh()
    M.register(sections.kernelTexts)
    const before = M.texts({ code: "state.met" })
    expect(M.register(sections.kernelTexts)).toBe(sections.kernelTexts)
    expect(M.texts({ code: "state.met" })).toEqual(before)
    expect(before).toEqual({ "zh-CN": "已完成", en: "met" })
  })

  it("inline text needs no registration", async () => {
    const M = await fresh()
    expect(M.format({ "zh-CN": "回访", en: "Callback" }, "zh-CN")).toBe("回访")
  })
})

describe("Messages placeholders at call sites", () => {
  /**
   * Every place the source of the domain, storage and elements names a catalogue code and the
   * params it gives: `{ code: "x", params: { … } }` objects and `Messages.format("x", locale, { … })`
   * calls. A code built from a template stands for every code it can build, except codes the same
   * module names literally (`field.smsCode.${reason}` beside its own `field.smsCode.mismatch`
   * branch). Params that are not an object literal of plain keys (a variable, a spread) cannot be
   * read statically and are skipped.
   */
  const packagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
  const placeholders = new Map(
    entries.map(([code, text]) => [code, [...text.en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)])
  )
  const literalCodes = new Set<string>()
  const codesOf = (node: ESTree.Expression | ESTree.Argument | undefined): ReadonlyArray<string> => {
    if (node?.type === "Literal")
      return typeof node.value === "string" && placeholders.has(node.value) ? [node.value] : []
    if (node?.type !== "TemplateLiteral" || node.expressions.length === 0) return []
    const pattern = new RegExp(
      `^${node.quasis.map((q) => (q.value.cooked ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".+")}$`
    )
    return [...placeholders.keys()].filter((code) => pattern.test(code) && !literalCodes.has(code))
  }
  /** The keys of an object literal of params, `[]` for none, `undefined` when they cannot be known. */
  const keysOf = (
    node: ESTree.Expression | ESTree.Argument | undefined
  ): ReadonlyArray<string> | undefined => {
    if (node === undefined) return []
    if (node.type !== "ObjectExpression") return undefined
    const keys: Array<string> = []
    for (const property of node.properties) {
      if (property.type !== "Property" || property.computed) return undefined
      if (property.key.type === "Identifier") keys.push(property.key.name)
      else if (property.key.type === "Literal") keys.push(String(property.key.value))
    }
    return keys
  }
  const propertyOf = (node: ESTree.ObjectExpression, name: string) =>
    node.properties.find(
      (p): p is ESTree.ObjectProperty =>
        p.type === "Property" && p.key.type === "Identifier" && p.key.name === name
    )

  const files = ["domain", "storage", "elements"].flatMap((pkg) => {
    const src = join(packagesDir, pkg, "src")
    return readdirSync(src, { recursive: true })
      .map(String)
      .filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts"))
      .map((path) => join(src, path))
  })
  const sites: Array<{
    readonly where: string
    readonly code: string
    readonly keys: ReadonlyArray<string>
  }> = []
  for (const file of files) {
    const { program } = parseSync(file, readFileSync(file, "utf8"))
    const where = relative(packagesDir, file)
    literalCodes.clear()
    new Visitor({
      Literal(node) {
        if (typeof node.value === "string" && placeholders.has(node.value)) literalCodes.add(node.value)
      }
    }).visit(program)
    const add = (codes: ReadonlyArray<string>, keys: ReadonlyArray<string> | undefined) => {
      if (keys !== undefined) for (const code of codes) sites.push({ where, code, keys })
    }
    new Visitor({
      ObjectExpression(node) {
        const code = propertyOf(node, "code")
        // A rule's violation has a code of its own beside its `message`; only messages have params.
        if (code === undefined || propertyOf(node, "message") !== undefined) return
        add(
          codesOf(code.value as ESTree.Expression),
          keysOf(propertyOf(node, "params")?.value as ESTree.Expression)
        )
      },
      CallExpression(node) {
        const callee = node.callee
        const isFormat =
          callee.type === "MemberExpression" &&
          !callee.computed &&
          callee.object.type === "Identifier" &&
          callee.object.name === "Messages" &&
          callee.property.type === "Identifier" &&
          callee.property.name === "format"
        if (isFormat) add(codesOf(node.arguments[0]), keysOf(node.arguments[2]))
      }
    }).visit(program)
  }

  it("finds the call sites it is meant to check", () => {
    expect(sites.some((s) => s.code === "deadline.left.workingDays.one" && s.keys.includes("count"))).toBe(
      true
    )
    expect(sites.some((s) => s.code === "workflow.roleNotPermitted" && s.keys.includes("roles"))).toBe(true)
    expect(sites.length).toBeGreaterThan(50)
  })

  it("every call site supplies every placeholder of the code it names", () => {
    const missing = sites.flatMap(({ where, code, keys }) =>
      (placeholders.get(code) ?? [])
        .filter((name) => !keys.includes(name))
        .map((name) => `${where}: ${code} needs {${name}}`)
    )
    expect([...new Set(missing)]).toEqual([])
  })
})
