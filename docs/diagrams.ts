/**
 * Writes a Mermaid state diagram for every workflow that `@frontdesk/domain` exports, one file per
 * workflow and locale: `docs/diagrams/<workflow>.<locale>.mmd`. Modules named on the command line
 * are searched too: `pnpm --filter @frontdesk/docs run diagrams ../examples/x/src/workflows.ts`.
 *
 * Workflows are data, so the diagrams come from the same value the kernel interprets and cannot
 * drift from the code. Run with `pnpm --filter @frontdesk/docs run diagrams` (part of `pnpm docs`).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

type Mermaid = (workflow: unknown, locale?: string) => string

const docsDir = dirname(fileURLToPath(import.meta.url))
const outDir = join(docsDir, "diagrams")

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null

/**
 * Every public module of the domain package (the root and each subpath of its exports map), plus
 * any module named on the command line, e.g. an example app's own workflows.
 */
const loadModules = async (extra: ReadonlyArray<string>): Promise<ReadonlyArray<Record<string, unknown>>> => {
  const manifest = JSON.parse(readFileSync(join(docsDir, "../packages/domain/package.json"), "utf8")) as {
    readonly exports?: Record<string, unknown>
  }
  const subpaths = Object.entries(manifest.exports ?? {})
    .filter(([subpath, target]) => target !== null && !subpath.includes("*") && !subpath.endsWith(".json"))
    .map(([subpath]) => subpath.replace(/^\./, "@frontdesk/domain"))
  const modules: Array<Record<string, unknown>> = []
  const fromCommandLine = extra.map((path) => pathToFileURL(resolve(process.cwd(), path)).href)
  for (const specifier of [...subpaths, ...fromCommandLine])
    modules.push((await import(specifier)) as Record<string, unknown>)
  return modules
}

/**
 * Recognises a workflow: by the kernel's own guard when it has one, otherwise by what
 * `Workflow.make` returns (tagged `"Workflow"`, with states and commands).
 */
const workflowGuard = (modules: ReadonlyArray<Record<string, unknown>>): ((value: unknown) => boolean) => {
  for (const module of modules) {
    const workflow = module.Workflow
    if (isObject(workflow) && typeof workflow.isWorkflow === "function") {
      return workflow.isWorkflow as (value: unknown) => boolean
    }
  }
  return (value) =>
    isObject(value) &&
    value._tag === "Workflow" &&
    Array.isArray(value.states) &&
    Array.isArray(value.commands)
}

/** Walks exported namespaces (a few levels deep) and collects every workflow once, with its path. */
const findWorkflows = (
  modules: ReadonlyArray<Record<string, unknown>>,
  isWorkflow: (value: unknown) => boolean
): ReadonlyArray<{ readonly path: string; readonly workflow: Record<string, unknown> }> => {
  const seen = new Set<unknown>()
  const found: Array<{ readonly path: string; readonly workflow: Record<string, unknown> }> = []
  const visit = (value: unknown, path: ReadonlyArray<string>, depth: number): void => {
    if (!isObject(value) || seen.has(value)) return
    seen.add(value)
    if (isWorkflow(value)) {
      found.push({ path: path.join("."), workflow: value })
      return
    }
    if (depth === 0 || Array.isArray(value)) return
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key], depth - 1)
  }
  for (const module of modules) visit(module, [], 3)
  return found
}

/** A file name from the workflow's own name when it declares one, else from where it is exported. */
const fileName = (path: string, workflow: Record<string, unknown>): string => {
  const declared = [workflow.id, workflow.name].find((value): value is string => typeof value === "string")
  return (declared ?? path)
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
}

const main = async (): Promise<void> => {
  const modules = await loadModules(process.argv.slice(2))
  const diagram = modules.map((module) => module.Diagram).find(isObject)
  if (diagram === undefined || typeof diagram.mermaid !== "function") {
    console.log("diagrams: @frontdesk/domain exports no Diagram.mermaid yet; no diagrams written.")
    return
  }
  const mermaid = diagram.mermaid as Mermaid
  const workflows = findWorkflows(modules, workflowGuard(modules))
  if (workflows.length === 0) {
    console.log("diagrams: @frontdesk/domain exports no workflows yet; no diagrams written.")
    return
  }
  const messages = modules.map((module) => module.Messages).find(isObject)
  const locales = Array.isArray(messages?.locales)
    ? (messages.locales as ReadonlyArray<string>)
    : ["zh-CN", "en"]

  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  const written = new Set<string>()
  for (const { path, workflow } of workflows) {
    let name = fileName(path, workflow)
    // Two workflows may share a declared name across families; keep both.
    if (written.has(name)) name = fileName(path, {})
    written.add(name)
    for (const locale of locales) {
      writeFileSync(join(outDir, `${name}.${locale}.mmd`), `${mermaid(workflow, locale).trimEnd()}\n`)
    }
    console.log(`diagrams: ${path} → diagrams/${name}.{${locales.join(",")}}.mmd`)
  }
  console.log(`diagrams: ${workflows.length} workflows, ${workflows.length * locales.length} files.`)
}

await main()
