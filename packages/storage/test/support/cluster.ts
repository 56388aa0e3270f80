/**
 * A throwaway PostgreSQL cluster from Debian's binaries (initdb + pg_ctl) in a temporary directory
 * on a free port, for the tests and the benchmark. As root it runs as the `postgres` user, since
 * PostgreSQL refuses to run as root.
 */
import { spawnSync } from "node:child_process"
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freePort } from "../../../../.ci/net.mjs"

/** Where the Debian package puts the server binaries; the newest version wins. */
const binaries = (root: string): string | undefined => {
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(root, versions[0], "bin")
}

/** A running server and how to stop it. */
export interface Server {
  readonly url: string
  readonly stop: () => void
}

const postgresUser = (): { uid: number; gid: number } | undefined => {
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" })
  const uid = id("-u")
  const gid = id("-g")
  return uid.status === 0 && gid.status === 0
    ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
    : undefined
}

/** Starts a throwaway cluster, or explains why it cannot. */
export const startCluster = async (root = "/usr/lib/postgresql"): Promise<Server> => {
  const bin = binaries(root)
  if (bin === undefined) {
    throw new Error(
      "The PostgreSQL tests need a server. Either set DATABASE_URL to one " +
        "(e.g. postgresql://user:password@localhost:5432/frontdesk_test), or install PostgreSQL's " +
        "binaries so the tests can start a throwaway cluster: sudo apt-get install -y postgresql"
    )
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const owner = isRoot ? postgresUser() : undefined
  if (isRoot && owner === undefined) {
    throw new Error(
      "Running as root, the throwaway PostgreSQL cluster needs the `postgres` user (apt-get install postgresql creates it)"
    )
  }
  const directory = mkdtempSync(join(tmpdir(), "frontdesk-pg-"))
  if (owner !== undefined) chownSync(directory, owner.uid, owner.gid)
  const data = join(directory, "data")
  const as = (command: string, args: ReadonlyArray<string>) => {
    const result =
      owner === undefined
        ? spawnSync(join(bin, command), args, { encoding: "utf8" })
        : spawnSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { encoding: "utf8" })
    if (result.status !== 0) {
      throw new Error(
        `${command} failed (${result.status}): ${result.stderr || result.stdout || result.error?.message}`
      )
    }
  }
  const stop = () => {
    if (existsSync(join(data, "postmaster.pid"))) {
      try {
        as("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
      } catch {
        // already gone
      }
    }
    rmSync(directory, { recursive: true, force: true })
  }
  try {
    as("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"])
    const port = await freePort()
    // fsync off: a test cluster is thrown away, so durability would only cost time.
    const settings = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`
    as("pg_ctl", ["-D", data, "-o", settings, "-l", join(directory, "server.log"), "-w", "start"])
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, stop }
  } catch (error) {
    stop()
    throw error
  }
}
