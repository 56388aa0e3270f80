#!/usr/bin/env node
/**
 * Checks that the API reference covers the packages completely:
 *
 * 1. every module a package exports (its `exports` map, `source` condition) is an entry point in
 *    that package's `typedoc.json`, so a new subpath cannot ship undocumented (modules that only
 *    run side effects, such as `define/*.js`, have nothing to document and are skipped);
 * 2. every exported symbol has a doc comment (TypeDoc's `validation.notDocumented`), and no doc
 *    comment links to something that does not exist.
 *
 * Usage: `pnpm --filter @frontdesk/docs run check` (exit 1 on any finding), or
 * `node check-docs.mjs --report` to list the findings and exit 0.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"

const docsDir = dirname(fileURLToPath(import.meta.url))
const reportOnly = process.argv.includes("--report")

/** Reads JSON that may hold comments, as TypeDoc and TypeScript config files may. */
const readJson = (file) => {
  const { config, error } = ts.readConfigFile(file, (path) => readFileSync(path, "utf8"))
  if (error !== undefined)
    throw new Error(`${file}: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`)
  return config
}

/** Turns a glob with `*` (one path segment) and `**` (any depth) into a regular expression. */
const globToRegExp = (glob) =>
  new RegExp(
    `^${glob
      .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
      .replace(/\*\*\/?/g, "<any-depth>")
      .replace(/\*/g, "[^/]*")
      .replaceAll("<any-depth>", ".*")}$`
  )

/** Every file under `dir` (relative paths), skipping node_modules and build output. */
const filesUnder = (dir, base = dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "dist") return []
    const path = join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)]
  })

/** The TypeScript source of each public subpath, from the `source` condition of the exports map. */
const exportedSources = (packageDir) => {
  const { exports = {} } = readJson(join(packageDir, "package.json"))
  const sources = []
  for (const [subpath, target] of Object.entries(exports)) {
    const source = typeof target === "object" && target !== null ? target.source : undefined
    if (typeof source !== "string") continue
    const pattern = source.replace(/^\.\//, "")
    if (pattern.includes("*")) {
      const files = filesUnder(packageDir).filter((file) => globToRegExp(pattern).test(file))
      sources.push(...files.map((file) => ({ subpath, file, exists: true })))
    } else {
      sources.push({ subpath, file: pattern, exists: existsSync(join(packageDir, pattern)) })
    }
  }
  return sources
}

/** Side-effect modules (`define/*.js` registers a tag) export nothing to document. */
const exportsSomething = (file) => /^\s*export\s/m.test(readFileSync(file, "utf8"))

const findings = []
const notes = []

const rootConfig = readJson(join(docsDir, "typedoc.json"))
for (const entry of rootConfig.entryPoints) {
  const packageDir = resolve(docsDir, entry)
  const { name } = readJson(join(packageDir, "package.json"))
  const configFile = join(packageDir, "typedoc.json")
  if (!existsSync(configFile)) {
    findings.push(`${name}: no typedoc.json next to package.json`)
    continue
  }
  const { entryPoints = [], exclude = [] } = readJson(configFile)
  const covered = (file) =>
    entryPoints.some((glob) => globToRegExp(glob).test(file)) &&
    !exclude.some((glob) => globToRegExp(glob).test(file))
  for (const { subpath, file, exists } of exportedSources(packageDir)) {
    if (!exists) notes.push(`${name}: export "${subpath}" points at ${file}, which does not exist yet`)
    else if (!covered(file) && exportsSomething(join(packageDir, file)))
      findings.push(
        `${name}: export "${subpath}" (${file}) is not an entry point; add it to ${relative(process.cwd(), configFile)}`
      )
  }
}

const typedoc = spawnSync(
  process.execPath,
  [join(docsDir, "node_modules/typedoc/bin/typedoc"), "--emit", "none", "--logLevel", "Warn"],
  { cwd: docsDir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } }
)
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours from TypeDoc's log
const output = `${typedoc.stdout}${typedoc.stderr}`.replace(/\u001b\[[0-9;]*m/g, "")
const undocumented = []
for (const line of output.split("\n")) {
  const missing = line.match(/\[warning\] (.+) \((\w+)\), defined in (\S+), does not have any documentation/)
  if (missing) {
    // Members of an anonymous type literal (`__type`) belong to a declaration that has its own comment.
    if (missing[1].includes("__type")) continue
    undocumented.push({ name: missing[1], kind: missing[2], file: missing[3] })
    continue
  }
  if (/\[(warning|error)\]/.test(line) && !/Found \d+ errors and \d+ warnings/.test(line)) {
    // Globs that match nothing are exports still being written; they are listed as notes above.
    if (/did not match any files/.test(line)) continue
    findings.push(line.replace(/^\[(warning|error)\] /, "typedoc: "))
  }
}
if (typedoc.status !== 0 && typedoc.status !== null && undocumented.length === 0 && findings.length === 0) {
  findings.push(`typedoc exited with ${typedoc.status}:\n${output}`)
}

for (const note of notes) console.log(`note: ${note}`)
if (undocumented.length > 0) {
  console.log(`\n${undocumented.length} exported declarations have no doc comment:`)
  const byFile = new Map()
  for (const item of undocumented) byFile.set(item.file, [...(byFile.get(item.file) ?? []), item])
  for (const [file, items] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${file}`)
    for (const item of items) console.log(`    ${item.name} (${item.kind})`)
  }
}
if (findings.length > 0) {
  console.log(`\n${findings.length} other problems:`)
  for (const finding of findings) console.log(`  ${finding}`)
}
const failed = undocumented.length + findings.length > 0
if (!failed) console.log("API reference check passed: every export is an entry point and documented.")
process.exit(failed && !reportOnly ? 1 : 0)
