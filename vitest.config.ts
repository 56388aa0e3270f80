import { playwright } from "@vitest/browser-playwright"
import { defineConfig } from "vitest/config"
import { launchOptions } from "./.ci/chromium.mjs"

/** Resolve workspace packages to their TypeScript sources, so tests never need a build first. */
const conditions = ["source", "module", "browser", "development|production"]

const chromium = playwright({ launchOptions: launchOptions() })

export default defineConfig({
  resolve: { conditions },
  // No "import" here: vitest hands these conditions to Node, whose require() would then load the
  // ESM build of a CommonJS dependency's own dependency (pg requires pg-pool) and break it.
  ssr: { resolve: { conditions: ["source", "node", "default"] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["packages/domain/test/**/*.test.ts", "packages/storage/test/**/*.test.ts"],
          exclude: ["**/*.browser.test.ts"]
        }
      },
      {
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ["packages/*/test/**/*.test-d.ts"],
            tsconfig: "./tsconfig.typecheck.json"
          }
        }
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["packages/elements/test/**/*.test.ts", "packages/storage/test/**/*.browser.test.ts"],
          browser: { enabled: true, headless: true, provider: chromium, instances: [{ browser: "chromium" }] }
        }
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["examples/*/test/**/*.e2e.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
})
