/**
 * The catalogue is split so that a bundle carries only the sections its modules register; these
 * tests make sure no module can name a code whose section might be missing from a bundle.
 *
 * Every source module of the domain, storage and elements packages is parsed (comments are not
 * code, so examples in doc comments do not count), and every string literal that is a catalogue
 * code, or template literal that builds one, is collected.
 */
import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { type ESTree, parseSync, Visitor } from "vite"
import { describe, expect, it, vi } from "vitest"
import * as sections from "../../src/messages/index.js"

type SectionName = keyof typeof sections

const packagesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
const messagesPath = join(packagesDir, "domain", "src", "kernel", "Messages.ts")

/** The section that defines each code. */
const sectionOf = new Map<string, SectionName>(
  Object.entries(sections).flatMap(([name, section]) =>
    Object.keys(section).map((code): [string, SectionName] => [code, name as SectionName])
  )
)
const isSectionName = (name: string): name is SectionName => Object.hasOwn(sections, name)

/** Where sections are imported from: the package subpath, or a file of the domain's messages folder. */
const isSectionSource = (source: string) =>
  source === "@frontdesk/domain/messages" || /(^|\/)messages\/[\w-]+\.js$/.test(source)

interface Scanned {
  /** The module's path from the packages folder, e.g. `storage/src/Store.ts`. */
  readonly name: string
  readonly file: string
  /** Every catalogue code the module's code names, directly or through a template literal. */
  readonly codes: ReadonlyArray<string>
  /** The sections the module registers at its top level. */
  readonly registers: ReadonlySet<SectionName>
}

/**
 * The codes a template literal such as `deadline.left.${kind}.${plural}` can build. Only a
 * template that starts with a code's leading segments counts; others (dates, amounts) build none.
 */
const codesBuiltBy = (template: ESTree.TemplateLiteral): Array<string> => {
  if (!/^[a-z]\w*(\.\w+)*\.$/.test(template.quasis[0]?.value.cooked ?? "")) return []
  const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  const pattern = new RegExp(
    `^${template.quasis.map((quasi) => literally(quasi.value.cooked ?? "")).join(".+")}$`
  )
  return [...sectionOf.keys()].filter((code) => pattern.test(code))
}

/** `Messages.register(x)` or `register(x)` as a statement of the module body: the name of `x`. */
const registeredName = (statement: ESTree.Statement | ESTree.Directive | ESTree.ModuleDeclaration) => {
  if (statement.type !== "ExpressionStatement" || statement.expression.type !== "CallExpression") return
  const { callee, arguments: args } = statement.expression
  const isRegister =
    (callee.type === "Identifier" && callee.name === "register") ||
    (callee.type === "MemberExpression" &&
      !callee.computed &&
      callee.object.type === "Identifier" &&
      callee.object.name === "Messages" &&
      callee.property.type === "Identifier" &&
      callee.property.name === "register")
  const [argument] = args
  return isRegister && args.length === 1 && argument?.type === "Identifier" ? argument.name : undefined
}

const scan = (file: string): Scanned => {
  const { program, errors } = parseSync(file, readFileSync(file, "utf8"))
  if (errors.length > 0) throw new Error(`${file} does not parse: ${errors[0]?.message}`)
  const codes = new Set<string>()
  new Visitor({
    Literal(node) {
      if (typeof node.value === "string" && sectionOf.has(node.value)) codes.add(node.value)
    },
    TemplateLiteral(node) {
      if (node.expressions.length > 0) for (const code of codesBuiltBy(node)) codes.add(code)
    }
  }).visit(program)

  // Local name → section, for names imported from a section module.
  const imported = new Map<string, SectionName>()
  for (const statement of program.body) {
    if (statement.type !== "ImportDeclaration" || !isSectionSource(statement.source.value)) continue
    for (const specifier of statement.specifiers) {
      if (specifier.type !== "ImportSpecifier") continue
      const name =
        specifier.imported.type === "Identifier" ? specifier.imported.name : specifier.imported.value
      if (isSectionName(name)) imported.set(specifier.local.name, name)
    }
  }
  const registers = new Set<SectionName>()
  for (const statement of program.body) {
    const local = registeredName(statement)
    const section = local === undefined ? undefined : imported.get(local)
    if (section !== undefined) registers.add(section)
  }
  return {
    name: relative(packagesDir, file).split("\\").join("/"),
    file,
    codes: [...codes].sort(),
    registers
  }
}

const sourcesOf = (pkg: string): Array<string> => {
  const src = join(packagesDir, pkg, "src")
  return readdirSync(src, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith(".ts") && !path.endsWith(".d.ts"))
    .map((path) => join(src, path))
    .filter((file) => !file.startsWith(join(packagesDir, "domain", "src", "messages")))
    .sort()
}

const modules = ["domain", "storage", "elements"].flatMap(sourcesOf).map(scan)
const named = (name: string): Scanned => {
  const found = modules.find((module) => module.name === name)
  if (found === undefined) throw new Error(`no module ${name}`)
  return found
}

describe("catalogue sections", () => {
  it("the scan sees the codes modules build, and none in doc comments", () => {
    expect(named("storage/src/Store.ts").codes).toContain("storage.conflict")
    expect(named("elements/src/form/fd-form.ts").codes).toContain("form.submit")
    // Built from a template: `deadline.left.${kind}.${count === 1 ? "one" : "other"}`.
    expect(named("domain/src/kernel/Deadline.ts").codes).toContain("deadline.left.workingHours.other")
    expect(named("domain/src/kernel/SmsCode.ts").codes).toContain("field.smsCode.resendTooSoon")
    // Messages.ts names codes only in its examples.
    expect(named("domain/src/kernel/Messages.ts").codes).toEqual([])
    expect(named("storage/src/Store.ts").registers).toEqual(new Set(["storageTexts"]))
  })

  it("every module registers, at its top level, the section of every code it names", () => {
    const missing = modules.flatMap(({ name, codes, registers }) =>
      codes
        .filter((code) => !registers.has(sectionOf.get(code)!))
        .map((code) => `${name} names "${code}" but does not register ${sectionOf.get(code)}`)
    )
    expect(missing).toEqual([])
  })

  it("no module registers a section it names no code of, so no bundle carries unused texts", () => {
    const unused = modules.flatMap(({ name, codes, registers }) =>
      [...registers]
        .filter((section) => !codes.some((code) => sectionOf.get(code) === section))
        .map((section) => `${name} registers ${section} but names none of its codes`)
    )
    expect(unused).toEqual([])
  })

  it("every section is registered by some module", () => {
    const registered = new Set(modules.flatMap(({ registers }) => [...registers]))
    expect(Object.keys(sections).filter((name) => !registered.has(name as SectionName))).toEqual([])
  })

  // The elements need a DOM to load; the checks above cover them.
  const loadable = modules.filter(
    ({ name, codes }) => codes.length > 0 && (name.startsWith("domain/") || name.startsWith("storage/"))
  )

  it.each(loadable.map((module) => [module.name, module] as const))(
    "%s, loaded in a module graph of its own, knows every code it names",
    async (_name, { file, codes }) => {
      vi.resetModules()
      await import(/* @vite-ignore */ file)
      const Messages: typeof import("../../src/kernel/Messages.js") = await import(
        /* @vite-ignore */ messagesPath
      )
      expect(codes.filter((code) => !Messages.isCode(code))).toEqual([])
    }
  )
})
