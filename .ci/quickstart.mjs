#!/usr/bin/env node
// The README's two commands land here: `npm run demo` and `npm test`.
// They must work on a fresh Debian machine that has only Node 20 and npm, so this script finds or
// fetches pnpm, installs the workspace from the lockfile, makes sure Chromium is there for the
// browser tests, and then starts the demo or runs every test. It uses only Node's standard library.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { findChromium } from "./chromium.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const PNPM_VERSION = "12.4.2"
const mode = process.argv[2]

const say = (text) => console.log(`\n[frontdesk] ${text}`)
const fail = (text) => {
  console.error(`\n[frontdesk] ${text}`)
  process.exit(1)
}

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options })
  if (result.error) fail(`could not run ${command}: ${result.error.message}`)
  return result.status ?? 1
}

const quiet = (command, args) => spawnSync(command, args, { cwd: root, encoding: "utf8" })

/** pnpm on PATH when it is the pinned version, otherwise the pinned version through npx. */
const findPnpm = () => {
  const onPath = quiet("pnpm", ["--version"])
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return ["pnpm", []]
  say(`using pnpm ${PNPM_VERSION} through npx (install it globally with: npm i -g pnpm@${PNPM_VERSION})`)
  return ["npx", ["--yes", `pnpm@${PNPM_VERSION}`]]
}

const [pnpmCommand, pnpmPrefix] = findPnpm()
const pnpm = (...args) => run(pnpmCommand, [...pnpmPrefix, ...args])

// Native addons build against the machine's Node headers instead of downloading them.
if (!process.env.npm_config_nodedir && existsSync("/usr/include/node/node.h")) {
  process.env.npm_config_nodedir = "/usr"
}

const install = () => {
  say("installing the workspace from the lockfile")
  if (pnpm("install", "--frozen-lockfile") !== 0) fail("pnpm install failed (see above)")
}

/** The browser tests drive Debian's Chromium; they are never silently skipped. */
const ensureChromium = () => {
  const found = findChromium()
  if (found) return found
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (!isRoot) {
    fail(
      "The browser tests need Chromium, which is not installed.\n" +
        "Install it with:  sudo apt-get install -y chromium\n" +
        "or point CHROMIUM_PATH at a Chromium binary, then run npm test again."
    )
  }
  say("installing Chromium with apt-get (needed by the browser tests)")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  if (run("apt-get", ["update", "-qq"], { env }) !== 0) fail("apt-get update failed")
  if (run("apt-get", ["install", "-y", "-qq", "chromium"], { env }) !== 0)
    fail("apt-get install chromium failed")
  const installed = findChromium()
  if (!installed) fail("Chromium was installed but no binary was found at /usr/bin/chromium")
  return installed
}

/** Debian's PostgreSQL server binaries (initdb, pg_ctl), newest version first. */
const findPostgres = () => {
  const base = "/usr/lib/postgresql"
  if (!existsSync(base)) return undefined
  const versions = readdirSync(base)
    .filter((name) => existsSync(join(base, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(base, versions[0], "bin")
}

/**
 * The PostgreSQL adapter's tests use the server DATABASE_URL names or else start a throwaway
 * cluster from Debian's binaries; they are never silently skipped.
 */
const ensurePostgres = () => {
  if (process.env.DATABASE_URL || findPostgres()) return
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (!isRoot) {
    fail(
      "The PostgreSQL tests need PostgreSQL's server binaries, which are not installed.\n" +
        "Install them with:  sudo apt-get install -y postgresql\n" +
        "or set DATABASE_URL to a server the tests may use, then run npm test again."
    )
  }
  say("installing PostgreSQL with apt-get (the tests start a throwaway cluster from it)")
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
  if (run("apt-get", ["update", "-qq"], { env }) !== 0) fail("apt-get update failed")
  if (run("apt-get", ["install", "-y", "-qq", "postgresql"], { env }) !== 0)
    fail("apt-get install postgresql failed")
  if (!findPostgres()) fail("PostgreSQL was installed but no initdb was found under /usr/lib/postgresql")
}

const steps = {
  demo() {
    install()
    say("starting the browser demo — open the URL below (Ctrl+C stops it)")
    process.exitCode = pnpm("--filter", "@frontdesk/browser-demo", "run", "dev")
  },
  test() {
    install()
    process.env.CHROMIUM_PATH = ensureChromium()
    ensurePostgres()
    const stages = [
      ["lint and format", ["run", "lint:ci"]],
      ["type check", ["run", "build"]],
      ["API docs", ["--filter", "@frontdesk/docs", "run", "check"]],
      ["element bundle", ["--filter", "@frontdesk/elements", "run", "build:bundle"]],
      ["bundle size budget", ["--filter", "@frontdesk/elements", "run", "budget"]],
      ["custom elements manifest", ["--filter", "@frontdesk/elements", "run", "analyze"]]
    ]
    for (const [name, args] of stages) {
      say(name)
      if (pnpm(...args) !== 0) fail(`${name} failed`)
    }
    say("tests: node, types, browser (Chromium) and end to end")
    const report = join(root, "node_modules", ".cache", "vitest-report.json")
    mkdirSync(dirname(report), { recursive: true })
    const status = pnpm(
      "exec",
      "vitest",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`
    )
    if (existsSync(report)) {
      const { numPassedTests, numFailedTests, numPendingTests, numTotalTests } = JSON.parse(
        readFileSync(report, "utf8")
      )
      if (numTotalTests === 0) fail("no test ran")
      console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`)
    }
    process.exitCode = status
  }
}

if (!Object.hasOwn(steps, mode)) fail("usage: node .ci/quickstart.mjs demo|test")
steps[mode]()
