#!/usr/bin/env node
/**
 * The size budget of one embedded form, checked in CI (`pnpm --filter @frontdesk/elements run
 * budget`): builds the bundles as the bundle benchmark does (bench/bundle.mjs), reports the sizes
 * of the all-in-one bundle, of each family's bundle and of one form, and exits with 1 when one form
 * is over its budget, min + gzip.
 */
import { bundleLines, explainOneForm, runBundleBench } from "./bundle.mjs"

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const bytes = (n) => `${n.toLocaleString("en-US")} bytes`

const result = await runBundleBench({ log: (line) => console.log(line) })
const { oneForm } = result

for (const line of bundleLines(result)) console.log(line)
console.log(
  `one form (${oneForm.tags.join(", ")}): ${kB(oneForm.gzipBytes)} min + gzip` +
    ` (${bytes(oneForm.gzipBytes)}; ${kB(oneForm.minBytes)} min), budget ${kB(oneForm.goalBytes)}`
)

if (oneForm.goalMet) {
  console.log(`within budget, ${bytes(oneForm.goalBytes - oneForm.gzipBytes)} to spare`)
} else {
  for (const line of explainOneForm(oneForm)) console.error(line)
  console.error(
    `\nOne form is ${bytes(oneForm.gzipBytes - oneForm.goalBytes)} over its budget of ${kB(oneForm.goalBytes)}` +
      ` (${bytes(oneForm.gzipBytes)} against ${bytes(oneForm.goalBytes)}, min + gzip).` +
      " See above what it carries (a module pulling in more of the domain, a catalogue section it" +
      " does not show, a new dependency); if the growth is worth it, raise oneFormGoalBytes in" +
      " packages/elements/bench/bundle.mjs and say why in docs/guides/benchmarks.md."
  )
  process.exitCode = 1
}
