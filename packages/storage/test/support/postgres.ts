/**
 * A PostgreSQL server for the tests: the one `DATABASE_URL` names, or else a throwaway cluster
 * started from Debian's binaries (initdb + pg_ctl) in a temporary directory on a free port, and
 * removed afterwards. As root the cluster runs as the `postgres` user, since PostgreSQL refuses to
 * run as root. Without either, the tests fail and say what to install; they are never skipped.
 */
import pg from "pg"
import { afterAll, beforeAll } from "vitest"
import { type Server, startCluster } from "./cluster.js"

/**
 * The server for this test file: `DATABASE_URL` or a throwaway cluster started before the file's
 * tests and stopped after them. Each call of `name()` gives a fresh PostgreSQL schema name; on a
 * server of your own they are dropped afterwards.
 */
export const usePostgres = (): { readonly url: () => string; readonly name: () => string } => {
  let server: Server | undefined
  const names: Array<string> = []
  beforeAll(async () => {
    const url = process.env.DATABASE_URL
    server = url !== undefined && url !== "" ? { url, stop: () => undefined } : await startCluster()
  }, 60_000)
  afterAll(async () => {
    if (server === undefined) return
    if (process.env.DATABASE_URL !== undefined && names.length > 0) {
      const client = new pg.Client({ connectionString: server.url })
      await client.connect()
      try {
        for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)
      } finally {
        await client.end()
      }
    }
    server.stop()
  }, 60_000)
  return {
    url: () => {
      if (server === undefined) throw new Error("the PostgreSQL server has not started")
      return server.url
    },
    name: () => {
      const name = `fd_test_${globalThis.crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`
      names.push(name)
      return name
    }
  }
}
