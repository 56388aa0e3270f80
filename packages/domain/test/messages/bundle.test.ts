/**
 * Registration only splits the catalogue if a bundler keeps each module's top-level
 * `Messages.register(...)` call and drops sections no module in the bundle registers. This builds
 * a bundle of the domain's sources (whose package declares `"sideEffects": false`) to check both.
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { build, type Rolldown } from "vite"
import { expect, it } from "vitest"
import * as sections from "../../src/messages/index.js"

const domainDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..")
const index = join(domainDir, "src", "index.ts")
/** The entry exists only in the build: Vite makes the library entry absolute before resolving it. */
const entry = join(domainDir, "bundle-entry.js")

/** Bundles `source` (an ES module importing the domain's index) with dependencies left out. */
const bundle = async (source: string): Promise<string> => {
  const result = await build({
    configFile: false,
    logLevel: "silent",
    root: domainDir,
    plugins: [
      {
        name: "entry",
        resolveId: (id) => (id === entry ? entry : undefined),
        load: (id) => (id === entry ? source : undefined)
      }
    ],
    build: {
      write: false,
      // Minified so doc comments, which quote texts in their examples, are gone.
      minify: true,
      lib: { entry, formats: ["es"], fileName: "entry" },
      rolldownOptions: { external: [/^effect/, /^@date-fns\//, /^date-fns/] }
    }
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Array<Rolldown.RolldownOutput>
  return outputs
    .flatMap((output) => output.output)
    .map((item) => (item.type === "chunk" ? item.code : ""))
    .join("\n")
}

/** The sections whose texts are in `code`; short texts such as "to" are left out, being found anywhere. */
const sectionsIn = (code: string) =>
  Object.entries(sections)
    .filter(([, section]) =>
      Object.values(section).some((text) => text.en.length >= 20 && code.includes(text.en))
    )
    .map(([name]) => name)

it("a bundle that uses Field and Input carries the field texts, registered, and no other section", async () => {
  const code = await bundle(
    `import { Field, Input, Messages } from ${JSON.stringify(index)}
export const check = (value) => Input.decode(Field.Mobile, value)
export const say = (code) => Messages.format(code, "en")`
  )
  // The texts' only use is the `Messages.register(fieldTexts)` call, so they are here if it is.
  expect(sectionsIn(code)).toEqual(["fieldTexts"])
}, 30_000)

it("a bundle that also uses Workflow carries the workflow texts too, but not storage's or the elements'", async () => {
  const code = await bundle(
    `import { Field, Workflow } from ${JSON.stringify(index)}
export { Field, Workflow }`
  )
  expect(sectionsIn(code)).toEqual(expect.arrayContaining(["fieldTexts", "workflowTexts"]))
  expect(sectionsIn(code)).not.toContain("storageTexts")
  expect(sectionsIn(code)).not.toContain("elementsFormTexts")
}, 30_000)
