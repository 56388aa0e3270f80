/**
 * Builds `dist/frontdesk.bundle.js`: every element registered, with Lit and Effect inside, as one
 * minified ES module a page can load with a single `<script type="module">`.
 */
import { defineConfig } from "vite"

export default defineConfig({
  resolve: { conditions: ["source", "module", "browser", "production"] },
  build: {
    outDir: "dist",
    // `tsc -b` writes the per-module files into dist/ too; the bundle must not wipe them.
    emptyOutDir: false,
    target: "es2022",
    minify: true,
    sourcemap: true,
    lib: {
      entry: "src/bundle.ts",
      formats: ["es"],
      fileName: () => "frontdesk.bundle.js"
    },
    rolldownOptions: {
      // Everything is bundled; a page without a build step has nothing to resolve bare imports.
      external: [],
      // Reading a property has no side effect in this code or its dependencies, and saying so lets
      // the bundler drop effect's unused schema constants (net addresses, cookies, durations).
      treeshake: { propertyReadSideEffects: false },
      output: { codeSplitting: false, minify: true }
    }
  }
})
