/**
 * Runs test/support/worker.ts in child processes and reads what they report, for the tests that
 * kill a process mid-commit and race two processes on one record.
 */
import { type ChildProcessByStdio, spawn } from "node:child_process"
import { dirname, join } from "node:path"
import type { Readable, Writable } from "node:stream"
import { fileURLToPath } from "node:url"
import type { Config } from "./workload.js"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..", "..", "..", "..")

/** A worker process and its stdout, line by line. */
export interface Worker {
  readonly child: ChildProcessByStdio<Writable, Readable, Readable>
  /** Resolves with the first line (from now on, or already read) that satisfies `match`. */
  readonly waitFor: (match: (line: string) => boolean, timeout?: number) => Promise<string>
  readonly lines: ReadonlyArray<string>
  readonly send: (line: string) => void
  /** Resolves with the exit code or signal, once all of its output has been read. */
  readonly exited: Promise<number | NodeJS.Signals | null>
  readonly stderr: () => string
}

/** Starts a worker with TypeScript sources (tsx) and the workspace's `source` condition. */
export const startWorker = (config: Config): Worker => {
  const child = spawn(
    process.execPath,
    ["--conditions=source", "--import", "tsx", join(here, "worker.ts"), JSON.stringify(config)],
    { cwd: root, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } }
  )
  const lines: Array<string> = []
  const waiters: Array<{ match: (line: string) => boolean; resolve: (line: string) => void }> = []
  let pending = ""
  let errors = ""
  child.stderr.on("data", (chunk: Buffer) => {
    errors += chunk.toString()
  })
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString()
    let at = pending.indexOf("\n")
    while (at >= 0) {
      const line = pending.slice(0, at)
      pending = pending.slice(at + 1)
      lines.push(line)
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(line)
        }
      }
      at = pending.indexOf("\n")
    }
  })
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    // "close", not "exit": by then every line the worker wrote before it died has been read.
    child.on("close", (code, signal) => resolve(signal ?? code))
  )
  const waitFor = (match: (line: string) => boolean, timeout = 30_000) => {
    const seen = lines.find(match)
    if (seen !== undefined) return Promise.resolve(seen)
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`worker did not report in ${timeout} ms; stderr:\n${errors}`)),
        timeout
      )
      const done = (line: string) => {
        clearTimeout(timer)
        resolve(line)
      }
      waiters.push({ match, resolve: done })
      void exited.then((code) => {
        clearTimeout(timer)
        reject(new Error(`worker exited (${code}) before reporting; stderr:\n${errors}`))
      })
    })
  }
  return {
    child,
    lines,
    waitFor,
    send: (line) => child.stdin.write(`${line}\n`),
    exited,
    stderr: () => errors
  }
}
