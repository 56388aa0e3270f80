/** Starts the service in its own process, as `npm start` does, for the end-to-end tests. */
import { type ChildProcessByStdio, spawn } from "node:child_process"
import { dirname, join } from "node:path"
import type { Readable } from "node:stream"
import { fileURLToPath } from "node:url"
import { afterAll } from "vitest"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const children = new Set<ChildProcessByStdio<null, Readable, Readable>>()

// Whatever a failed test left running goes with the file.
afterAll(() => {
  for (const child of children) child.kill("SIGKILL")
})

export interface Started {
  readonly url: string
  /** The line it printed on listening. */
  readonly line: string
  /** Sends SIGTERM; resolves to the exit code. */
  readonly stop: () => Promise<number | null>
}

/** Starts the service on a free port with `env` and waits until it listens. */
export const startService = (env: Record<string, string>) =>
  new Promise<Started>((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=source", "--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    children.add(child)
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)))
    let out = ""
    let err = ""
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString()
    })
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString()
      const url = /listening on (\S+)/.exec(out)?.[1]
      if (url !== undefined) {
        resolve({
          url,
          line: out.trim(),
          stop: () => {
            child.kill("SIGTERM")
            return exited.then((code) => {
              children.delete(child)
              return code
            })
          }
        })
      }
    })
    void exited.then((code) => reject(new Error(`the service exited with ${code} before listening: ${err}`)))
  })
