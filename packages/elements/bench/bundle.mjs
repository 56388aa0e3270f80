/**
 * Bundle sizes (minified, then gzip level 9) of the bundles for pages without a build step — the
 * all-in-one bundle and each family's — and of one embedded form, built with Vite's JS API from
 * this package's vite.config.ts into a temporary directory.
 *
 * "One form" is an entry that imports only the define module of `fd-form` and those of the field
 * elements it renders, Lit and Effect included. For that entry a second build splits the output
 * by package, and a plugin records each module's size after tree-shaking, so the report can say
 * what dominates and which sections of the message catalogue the form carries.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, dirname, join, relative, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "vite"

const here = dirname(fileURLToPath(import.meta.url))
const packageRoot = join(here, "..")
const repoRoot = join(packageRoot, "..", "..")
const configFile = join(packageRoot, "vite.config.ts")
const defineDir = join(packageRoot, "src", "define")
const formDir = join(packageRoot, "src", "form")

/** The size budget of one embedded form, min + gzip. */
export const oneFormGoalBytes = 45 * 1024

const gzip = (code) => gzipSync(code, { level: 9 }).length

const sourceFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((file) => file.endsWith(".ts"))
        .map((file) => join(dir, file))
    : []

/** Tags whose define module registers a class from `src/fields/`: the form controls. */
const fieldTags = () =>
  readdirSync(defineDir)
    .filter((file) => file.endsWith(".ts"))
    .filter((file) => readFileSync(join(defineDir, file), "utf8").includes("../fields/"))
    .map((file) => file.slice(0, -".ts".length))

/**
 * The define modules of one form: `fd-form` and the field tags its sources mention. While the
 * form engine names no field tag (or does not exist yet), every field is included: a form built
 * from a schema may render any of them.
 */
export const oneFormModules = () => {
  const fields = fieldTags()
  const form = join(defineDir, "fd-form.ts")
  const hasForm = existsSync(form)
  const text = [form, ...sourceFiles(formDir)]
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file, "utf8"))
    .join("\n")
  const mentioned = fields.filter((tag) => new RegExp(`\\b${tag}\\b`).test(text))
  const chosen = mentioned.length > 0 ? mentioned : fields
  return {
    hasForm,
    fieldsFrom: mentioned.length > 0 ? "mentioned by the form" : "all field elements",
    tags: [...(hasForm ? ["fd-form"] : []), ...chosen],
    files: [...(hasForm ? [form] : []), ...chosen.map((tag) => join(defineDir, `${tag}.ts`))]
  }
}

/** Which package a module belongs to, for the breakdown. */
const groupOf = (id) => {
  const path = id.split(sep).join("/")
  const inNodeModules = path.lastIndexOf("/node_modules/")
  if (inNodeModules >= 0) {
    const rest = path.slice(inNodeModules + "/node_modules/".length).split("/")
    const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]
    if (name === "lit" || name === "lit-html" || name === "lit-element" || name?.startsWith("@lit/"))
      return "lit"
    return name ?? "other"
  }
  if (path.includes("/packages/domain/src/messages/")) return "domain messages"
  if (path.includes("/packages/domain/src/kernel/calendars/")) return "domain calendar data"
  if (path.includes("/packages/domain/")) return "domain kernel"
  if (path.includes("/packages/storage/")) return "storage"
  if (path.includes("/packages/elements/")) return "elements"
  return "other"
}

const quiet = { logLevel: "silent" }

/**
 * Builds with the package's config into `outDir`: the bundle of the config's `mode`, or `entry`
 * in its place. Returns the emitted JS chunks.
 */
const buildWith = async ({ mode, entry }, outDir, output = {}, plugins = []) => {
  const result = await build({
    configFile,
    root: packageRoot,
    ...(mode === undefined ? {} : { mode }),
    ...quiet,
    // Keep Vite's dependency cache out of the package and the repository root.
    cacheDir: join(repoRoot, "node_modules", ".cache", "vite-bench"),
    plugins,
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      // Vite merges arrays from the config file with these, so `formats` and `external` are
      // left to the config: repeating them would build everything twice.
      ...(entry === undefined ? {} : { lib: { entry, fileName: () => "entry.js" } }),
      rolldownOptions: { output }
    }
  })
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)
  const chunks = outputs.filter((item) => item.type === "chunk")
  const formats = new Set(chunks.map((chunk) => chunk.fileName))
  if (formats.size !== chunks.length)
    throw new Error(`${entry ?? mode} was built more than once; check lib.formats`)
  return chunks
}

const buildEntry = (entry, outDir, output = {}, plugins = []) => buildWith({ entry }, outDir, output, plugins)

/**
 * The bundles `pnpm run build:bundle` writes, by the vite.config.ts mode that builds each: `key`
 * names its size in {@link runBundleBench}'s result.
 */
export const bundles = [
  { key: "full", mode: "production", name: "all elements", file: "frontdesk.bundle.js" },
  {
    key: "customerCare",
    mode: "customer-care",
    name: "customer care",
    file: "frontdesk-customer-care.bundle.js"
  },
  { key: "recruitment", mode: "recruitment", name: "recruitment", file: "frontdesk-recruitment.bundle.js" }
]

const sizeOf = (chunks) => {
  const code = chunks.map((chunk) => chunk.code).join("\n")
  return { minBytes: Buffer.byteLength(code), gzipBytes: gzip(code) }
}

/** Records each module's rendered length (after tree-shaking, before minifying). */
const moduleSizes = (sink) => ({
  name: "frontdesk-module-sizes",
  generateBundle(_options, bundle) {
    for (const item of Object.values(bundle)) {
      if (item.type !== "chunk") continue
      for (const [id, info] of Object.entries(item.modules)) sink.set(id, info.renderedLength)
    }
  }
})

const groups = [
  "effect",
  "lit",
  "domain messages",
  "domain calendar data",
  "domain kernel",
  "storage",
  "elements"
]

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

/**
 * Lines that explain the size of one form, from {@link runBundleBench}'s `oneForm`: its parts by
 * package, the catalogue sections it carries, and its largest modules.
 */
export const explainOneForm = (oneForm) => [
  "By package (each part gzipped alone):",
  `  ${oneForm.contributors.map((c) => `${c.name} ${kB(c.gzipBytes)}`).join(", ")}`,
  `Message catalogue sections: ${oneForm.sections.join(", ") || "none"}`,
  "Largest modules after tree-shaking (unminified):",
  ...oneForm.topModules.slice(0, 6).map((m) => `  ${kB(m.bytes).padStart(8)}  ${m.module}`)
]

const bundleLine = ({ name, file }, size) =>
  `${name} (${file}): ${kB(size.gzipBytes)} min + gzip (${kB(size.minBytes)} min)`

/** One line per bundle of {@link bundles}: its size from {@link runBundleBench}'s result. */
export const bundleLines = (result) => bundles.map((bundle) => bundleLine(bundle, result[bundle.key]))

/**
 * Measures the three bundles (`full`, `customerCare`, `recruitment`) and one form; `log` gets
 * progress lines, and the bundles' sizes as they are measured.
 */
export const runBundleBench = async (options = {}) => {
  const log = options.log ?? (() => {})
  const work = mkdtempSync(join(tmpdir(), "frontdesk-bundle-"))
  try {
    const sizes = {}
    for (const bundle of bundles) {
      log(`  building the ${bundle.name} bundle`)
      const chunks = await buildWith({ mode: bundle.mode }, join(work, bundle.mode))
      // A page loads one file: a second chunk would be a file it never asks for.
      if (chunks.length !== 1) throw new Error(`${bundle.file} was split into ${chunks.length} files`)
      sizes[bundle.key] = sizeOf(chunks)
      log(`    ${bundleLine(bundle, sizes[bundle.key])}`)
    }

    const form = oneFormModules()
    const entry = join(work, "one-form.js")
    writeFileSync(entry, form.files.map((file) => `import ${JSON.stringify(file)}\n`).join(""))
    log(`  building one form: ${form.tags.join(", ")}`)
    const modules = new Map()
    const one = sizeOf(await buildEntry(entry, join(work, "one-form"), {}, [moduleSizes(modules)]))

    log("  building one form split by package")
    const split = await buildEntry(entry, join(work, "one-form-split"), {
      codeSplitting: {
        groups: groups.map((name) => ({ name, test: (id) => groupOf(id) === name }))
      }
    })
    const byGroup = new Map()
    for (const chunk of split) {
      const name = chunk.isEntry ? "entry" : chunk.name
      const size = sizeOf([chunk])
      const previous = byGroup.get(name) ?? { minBytes: 0, gzipBytes: 0 }
      byGroup.set(name, {
        minBytes: previous.minBytes + size.minBytes,
        gzipBytes: previous.gzipBytes + size.gzipBytes
      })
    }
    const contributors = [...byGroup.entries()]
      .map(([name, size]) => ({ name, ...size }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
    // A section tree-shaken away leaves no module, or one that renders to nothing.
    const sections = [...modules]
      .filter(([id, bytes]) => groupOf(id) === "domain messages" && bytes > 0)
      .map(([id]) => basename(id.replace(/^\0/, ""), ".ts"))
      .filter((name) => name !== "index")
      .sort()
    const topModules = [...modules]
      .map(([id, bytes]) => ({
        module: relative(repoRoot, id.replace(/^\0/, "")),
        group: groupOf(id),
        bytes
      }))
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 12)
    return {
      ...sizes,
      oneForm: {
        ...one,
        goalBytes: oneFormGoalBytes,
        goalMet: one.gzipBytes <= oneFormGoalBytes,
        hasForm: form.hasForm,
        fieldsFrom: form.fieldsFrom,
        tags: form.tags,
        contributors,
        sections,
        topModules
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
