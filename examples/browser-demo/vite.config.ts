import { defineConfig } from "vite"

// Workspace packages resolve to their TypeScript sources, so the demo runs without building them.
export default defineConfig({
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  server: { host: "127.0.0.1", port: 5173 },
  preview: { host: "127.0.0.1", port: 4173 }
})
