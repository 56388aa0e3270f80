// Where Debian's Chromium lives and how it is started headless on these machines, in one place
// for the test runner, the end-to-end tests and the benchmarks.
import { existsSync } from "node:fs"

/** Places Chromium is looked for, first match wins; CHROMIUM_PATH overrides them. */
export const chromiumCandidates = () =>
  [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean)

/** The Chromium binary to drive, or undefined when none is installed. */
export const findChromium = () => chromiumCandidates().find((path) => existsSync(path))

/**
 * Headless flags. The network flags matter: this machine has no network beyond the package
 * registries, and Chromium's background connections would otherwise be refused many at a time.
 */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

/** Playwright launch options for the installed Chromium. */
export const launchOptions = () => ({
  executablePath: findChromium() ?? "/usr/bin/chromium",
  args: chromiumArgs
})
