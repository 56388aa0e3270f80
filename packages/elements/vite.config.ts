/**
 * Builds the bundles for pages without a build step, one per run: each registers its elements,
 * with Lit and Effect inside, as one minified ES module a page can load with a single
 * `<script type="module">`. The mode picks the bundle:
 *
 * - `vite build` — `dist/frontdesk.bundle.js`, every element (`src/bundle.ts`);
 * - `vite build --mode customer-care` — `dist/frontdesk-customer-care.bundle.js`;
 * - `vite build --mode recruitment` — `dist/frontdesk-recruitment.bundle.js`.
 *
 * `pnpm run build:bundle` builds all three.
 */
import { defineConfig } from "vite"

const bundles: Record<string, { readonly entry: string; readonly fileName: string }> = {
  production: { entry: "src/bundle.ts", fileName: "frontdesk.bundle.js" },
  "customer-care": { entry: "src/bundles/customer-care.ts", fileName: "frontdesk-customer-care.bundle.js" },
  recruitment: { entry: "src/bundles/recruitment.ts", fileName: "frontdesk-recruitment.bundle.js" }
}

export default defineConfig(({ mode }) => {
  const bundle = bundles[mode]
  if (bundle === undefined)
    throw new Error(`No bundle for mode "${mode}"; one of: ${Object.keys(bundles).join(", ")}`)
  return {
    resolve: { conditions: ["source", "module", "browser", "production"] },
    build: {
      outDir: "dist",
      // `tsc -b` writes the per-module files into dist/ too, and the bundles are built one by one
      // into it: a build must not wipe them.
      emptyOutDir: false,
      target: "es2022",
      minify: true,
      sourcemap: true,
      lib: {
        entry: bundle.entry,
        formats: ["es"],
        fileName: () => bundle.fileName
      },
      rolldownOptions: {
        // Everything is bundled; a page without a build step has nothing to resolve bare imports.
        external: [],
        // Reading a property has no side effect in this code or its dependencies, and saying so
        // lets the bundler drop effect's unused schema constants (net addresses, cookies, durations).
        treeshake: { propertyReadSideEffects: false },
        output: { codeSplitting: false, minify: true }
      }
    }
  }
})
