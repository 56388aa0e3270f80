/**
 * The service: opens the store its configuration names, serves the HTTP API of
 * `@frontdesk/storage/http` for every family over node:http, and closes both on request.
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import type { Store } from "@frontdesk/storage"
import { makeService, type Service, toNodeListener } from "@frontdesk/storage/http"
import { makeMemory } from "@frontdesk/storage/memory"
import { defaultName, makePostgres } from "@frontdesk/storage/postgres"
import { makeSqlite, type Synchronous } from "@frontdesk/storage/sqlite"
import { Effect, Exit, Scope } from "effect"
import { calendar, contextFor, safeToRetry, schema, workflows } from "./families.js"

/** Where the records live. */
export type Storage =
  | { readonly kind: "sqlite"; readonly filename: string; readonly synchronous: Synchronous }
  | { readonly kind: "postgres"; readonly url: string; readonly name?: string | undefined }
  | { readonly kind: "memory" }

export interface Config {
  readonly host: string
  /** 0 picks a free port. */
  readonly port: number
  readonly storage: Storage
  /** Accept raw commits and imports from every caller: only behind a gateway that admits trusted code. */
  readonly trusted: boolean
  /** Browser origins allowed to call the service (for the demo's dev server); none by default. */
  readonly corsOrigins: ReadonlyArray<string>
  readonly basePath: string
  /** The time of commands; the system clock when absent (a test pins it). */
  readonly clock?: (() => Date) | undefined
}

/** The default SQLite file, relative to where the service starts. */
export const defaultSqliteFile = "./frontdesk.sqlite"

/** How long a stopping service waits for requests still running, in ms. */
export const shutdownGrace = 5000

/** The default port. */
export const defaultPort = 8787

/**
 * The configuration from environment variables: `HOST` (127.0.0.1), `PORT` (8787),
 * `DATABASE_URL` (PostgreSQL when set, in the schema `FRONTDESK_PG_SCHEMA`, "frontdesk" by
 * default), `FRONTDESK_SQLITE_FILE` (./frontdesk.sqlite),
 * `FRONTDESK_SQLITE_SYNCHRONOUS` (FULL or NORMAL), `FRONTDESK_STORE=memory` (nothing kept),
 * `FRONTDESK_TRUSTED=1`, `FRONTDESK_CORS_ORIGINS` (comma-separated) and `FRONTDESK_BASE_PATH`.
 */
export const configFromEnv = (env: NodeJS.ProcessEnv): Config => {
  const databaseUrl = env.DATABASE_URL?.trim()
  const synchronous = (env.FRONTDESK_SQLITE_SYNCHRONOUS ?? "FULL").toUpperCase()
  if (synchronous !== "FULL" && synchronous !== "NORMAL") {
    throw new Error(`FRONTDESK_SQLITE_SYNCHRONOUS must be FULL or NORMAL, not ${synchronous}`)
  }
  const port = Number(env.PORT ?? defaultPort)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env.PORT}`)
  const storage: Storage =
    env.FRONTDESK_STORE === "memory"
      ? { kind: "memory" }
      : databaseUrl !== undefined && databaseUrl !== ""
        ? { kind: "postgres", url: databaseUrl, name: env.FRONTDESK_PG_SCHEMA }
        : { kind: "sqlite", filename: env.FRONTDESK_SQLITE_FILE ?? defaultSqliteFile, synchronous }
  return {
    host: env.HOST ?? "127.0.0.1",
    port,
    storage,
    trusted: env.FRONTDESK_TRUSTED === "1",
    corsOrigins: (env.FRONTDESK_CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ""),
    basePath: env.FRONTDESK_BASE_PATH ?? "/"
  }
}

/** Where the records are, for the start-up line (never the password of a database URL). */
export const describeStorage = (storage: Storage): string => {
  switch (storage.kind) {
    case "sqlite":
      return `SQLite ${storage.filename} (synchronous=${storage.synchronous})`
    case "postgres": {
      const url = new URL(storage.url)
      return `PostgreSQL ${url.hostname}:${url.port || "5432"}${url.pathname} (schema ${storage.name ?? defaultName})`
    }
    case "memory":
      return "memory (nothing is kept)"
  }
}

const openStore = (storage: Storage): Effect.Effect<Store.Store, unknown, Scope.Scope> => {
  switch (storage.kind) {
    case "sqlite":
      return makeSqlite({ filename: storage.filename, schema, synchronous: storage.synchronous })
    case "postgres":
      return makePostgres({ connection: storage.url, schema, ...(storage.name && { name: storage.name }) })
    case "memory":
      return makeMemory(schema)
  }
}

/** Answers CORS preflights and marks answers for the allowed origins; other origins get no CORS headers. */
const withCors = (service: Service, origins: ReadonlyArray<string>): Service => {
  if (origins.length === 0) return service
  const allowedFor = (request: Request) => {
    const origin = request.headers.get("origin")
    return origin !== null && origins.includes(origin) ? origin : undefined
  }
  const cors = (origin: string): Record<string, string> => ({
    "access-control-allow-origin": origin,
    "access-control-allow-methods": "GET, POST",
    "access-control-allow-headers": "content-type, x-frontdesk-actor",
    "access-control-max-age": "600",
    vary: "origin"
  })
  return {
    close: service.close,
    handle: async (request) => {
      const origin = allowedFor(request)
      if (request.method === "OPTIONS") {
        return new Response(null, {
          status: origin === undefined ? 403 : 204,
          ...(origin && { headers: cors(origin) })
        })
      }
      const response = await service.handle(request)
      if (origin !== undefined)
        for (const [name, value] of Object.entries(cors(origin))) response.headers.set(name, value)
      return response
    }
  }
}

export interface Running {
  /** The base URL the service answers on. */
  readonly url: string
  readonly store: Store.Store
  /** Ends the change streams, stops listening and closes the store. */
  readonly close: () => Promise<void>
}

/** Opens the store and starts listening. */
export const start = async (config: Config): Promise<Running> => {
  const scope = Scope.makeUnsafe()
  const closeStore = () => Effect.runPromise(Scope.close(scope, Exit.void))
  let store: Store.Store
  try {
    store = await Effect.runPromise(
      Scope.provide(scope)(openStore(config.storage)) as Effect.Effect<Store.Store>
    )
  } catch (error) {
    await closeStore()
    throw error
  }
  const service = withCors(
    makeService({
      store,
      workflows,
      safeToRetry,
      contextFor,
      // The demo's calendar, one for every command, so what it works out about days is worked
      // out once.
      calendar,
      ...(config.clock && { clock: config.clock }),
      trusted: config.trusted,
      basePath: config.basePath,
      onError: (error) => console.error(error)
    }),
    config.corsOrigins
  )
  // Requests still being answered, so a shutdown can let them finish and cut the rest at once.
  let answering = 0
  let answered = () => {}
  const listener = toNodeListener(service)
  const server = createServer((request, response) => {
    answering++
    response.once("close", () => {
      answering--
      if (answering === 0) answered()
    })
    listener(request, response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(config.port, config.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const host = config.host.includes(":") ? `[${config.host}]` : config.host
  const path = `/${config.basePath.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/")
  return {
    url: `http://${host}:${port}${path}`,
    store,
    close: async () => {
      // Stop listening and end the change streams; requests still running get a grace period;
      // then every connection is closed, idle keep-alive ones included.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      service.close()
      if (answering > 0) {
        await new Promise<void>((resolve) => {
          const cut = setTimeout(resolve, shutdownGrace)
          answered = () => {
            clearTimeout(cut)
            resolve()
          }
        })
      }
      server.closeAllConnections()
      await closed
      await closeStore()
    }
  }
}
