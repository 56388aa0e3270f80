/**
 * The HTTP Store: the Store contract over the service's JSON API, with changes from a stream of
 * Server-Sent Events read through `fetch` (so the actor header goes along, which `EventSource`
 * cannot send).
 */
import type { Actor, Workflow } from "@frontdesk/domain"
import type { Scope } from "effect"
import { Effect, Queue, Stream } from "effect"
import type { ClientOptions } from "../http.js"
import type * as Runner from "../Runner.js"
import * as Store from "../Store.js"
import { actorHeader, decodeError, encodeActor, toWire } from "./httpWire.js"

/** How long after a lost change stream the client tries again, by default. */
export const defaultReconnectDelay = 1000

/** How long a request may go unanswered before it fails, by default. */
export const defaultTimeout = 30_000

/** How long a change is remembered to tell its echo from news (its own commit heard back, or vice versa). */
const echoWindow = 60_000

/** The longest URL a `getMany` batch builds; servers commonly accept 8 KiB of request line. */
const maxUrlLength = 6000

/** A Store over HTTP, and the commands that go with it. */
export interface Client {
  readonly store: Store.Store
  readonly create: (
    workflow: Workflow.Any,
    id: string,
    input: unknown,
    actor: Actor.Actor
  ) => Effect.Effect<Workflow.Record<unknown>, Runner.RunError>
  readonly run: (
    workflow: Workflow.Any,
    id: string,
    command: string,
    input: unknown,
    actor: Actor.Actor
  ) => Effect.Effect<Workflow.Record<unknown>, Runner.RunError>
}

const clients = new WeakMap<Store.Store, Client>()

/** The client behind an HTTP Store, or `undefined` for any other store. */
export const clientOf = (store: Store.Store): Client | undefined => clients.get(store)

const runErrors = [
  "UnknownCommand",
  "NotAllowedInState",
  "RoleNotPermitted",
  "InvalidInput",
  "RuleViolated",
  "NotFound",
  "Conflict",
  "UnknownCollection",
  "QuotaExceeded",
  "Aborted",
  "StorageFailure"
]

/** A token no real value holds: random, and starting with a character no one types. */
const makeToken = (): string => {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return `\u0000frontdesk-unstorable-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`
}

const keyOf = (change: Store.Change) =>
  `${change.deleted === true ? "-" : "+"}${change.version} ${JSON.stringify([change.collection, change.id])}`

/** Remembers keys for a while; each is taken at most once. */
const makeMemory = () => {
  const keys = new Map<string, number>()
  return {
    add: (key: string) => {
      const now = Date.now()
      for (const [old, at] of keys) {
        if (now - at < echoWindow) break
        keys.delete(old)
      }
      keys.set(key, now)
    },
    take: (key: string): boolean => keys.delete(key)
  }
}

interface Event {
  readonly event: string
  readonly data: string
}

/** Reads Server-Sent Events from a body until it ends. */
const readEvents = async (body: ReadableStream<Uint8Array>, onEvent: (event: Event) => void) => {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let buffer = ""
  // A "\r" at the end of a chunk may be the first half of "\r\n": keep it until the next chunk.
  let carriage = false
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      let text: string = (carriage ? "\r" : "") + decoder.decode(value, { stream: true })
      carriage = text.endsWith("\r")
      if (carriage) text = text.slice(0, -1)
      buffer += text.replace(/\r\n?/g, "\n")
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        let event = "message"
        const data: Array<string> = []
        for (const line of block.split("\n")) {
          if (line.startsWith(":")) continue
          const colon = line.indexOf(":")
          const field = colon < 0 ? line : line.slice(0, colon)
          const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "")
          if (field === "event") event = text
          else if (field === "data") data.push(text)
        }
        if (data.length > 0) onEvent({ event, data: data.join("\n") })
      }
    }
  } finally {
    reader.releaseLock()
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener("abort", () => {
      clearTimeout(timer)
      resolve()
    })
  })

const isChange = (value: unknown): value is Store.Change =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Store.Change).collection === "string" &&
  typeof (value as Store.Change).id === "string" &&
  typeof (value as Store.Change).version === "number"

/** Opens an HTTP Store: reads the service's schema, and closes the change stream with the scope. */
export const makeClient = (options: ClientOptions): Effect.Effect<Client, Store.OpenError, Scope.Scope> =>
  Effect.gen(function* () {
    const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis)
    const base = new URL(String(options.url))
    if (!base.pathname.endsWith("/")) base.pathname = `${base.pathname}/`
    const reconnectDelay = options.reconnectDelay ?? defaultReconnectDelay
    const timeout = options.timeout ?? defaultTimeout
    const path = (...segments: ReadonlyArray<string>) =>
      new URL(segments.map(encodeURIComponent).join("/"), base)

    const headersOf = async (actor?: Actor.Actor): Promise<Headers> => {
      const given = typeof options.headers === "function" ? await options.headers() : options.headers
      const headers = new Headers(given)
      if (actor !== undefined) headers.set(actorHeader, encodeActor(actor))
      return headers
    }

    const call = <E>(
      operation: string,
      allowed: ReadonlyArray<string>,
      method: "GET" | "POST",
      url: URL,
      body?: string,
      actor?: Actor.Actor
    ): Effect.Effect<unknown, E | Store.StorageFailure> =>
      Effect.flatMap(
        Effect.tryPromise({
          try: async (signal) => {
            const headers = await headersOf(actor)
            headers.set("accept", "application/json")
            if (body !== undefined) headers.set("content-type", "application/json")
            const response = await fetchImpl(url, {
              method,
              headers,
              signal,
              ...(body === undefined ? {} : { body })
            })
            const text = await response.text()
            let parsed: unknown
            try {
              parsed = text === "" ? undefined : JSON.parse(text)
            } catch {
              parsed = undefined
            }
            return { ok: response.ok, status: response.status, body: parsed }
          },
          catch: (cause) =>
            new Store.StorageFailure({
              operation,
              detail: `the service at ${base.href} cannot be reached: ${cause instanceof Error ? cause.message : String(cause)}`,
              cause
            })
        }),
        (response): Effect.Effect<unknown, E | Store.StorageFailure> =>
          response.ok
            ? Effect.succeed(response.body)
            : Effect.fail(
                decodeError<E | Store.StorageFailure>(response.status, response.body, operation, allowed)
              )
      ).pipe(
        // Interrupting the request aborts its fetch. A command that timed out may still have been
        // committed: read the record again before trying it once more.
        Effect.timeoutOrElse({
          duration: timeout,
          orElse: () =>
            Effect.fail(
              new Store.StorageFailure({
                operation,
                detail: `${base.href} gave no answer within ${timeout} ms`
              })
            )
        })
      )

    const described = (yield* call<Store.OpenError>("open", [], "GET", path("schema"))) as {
      readonly version?: unknown
      readonly collections?: unknown
      readonly maxQueryLimit?: unknown
    }
    if (typeof described?.version !== "number" || !Array.isArray(described.collections)) {
      return yield* new Store.StorageFailure({
        operation: "open",
        detail: `${base.href} does not describe a store`
      })
    }
    const definition = Store.define({
      version: described.version,
      collections: described.collections as ReadonlyArray<Store.CollectionDefinition>
    })
    const declared = new Set(definition.collections.map((collection) => collection.name))
    // The most records the service reads per request for us, when it caps them (it does for
    // untrusted callers): every read is split into requests of at most that many.
    const cap =
      typeof described.maxQueryLimit === "number" &&
      Number.isInteger(described.maxQueryLimit) &&
      described.maxQueryLimit >= 1
        ? described.maxQueryLimit
        : undefined

    // -- changes: own commits are told at once, everybody's arrive on the stream ---------------
    const listeners = new Set<(change: Store.Change) => void>()
    const publish = (change: Store.Change) => {
      for (const listener of [...listeners]) {
        try {
          listener(change)
        } catch (error) {
          queueMicrotask(() => {
            throw error
          })
        }
      }
    }
    // A change of our own is told when its commit returns, and again when the stream brings it
    // back; whichever comes second is an echo and is dropped.
    const toldOwn = makeMemory()
    const heardRemote = makeMemory()
    const publishOwn = (changes: ReadonlyArray<Store.Change>) => {
      for (const change of changes) {
        const key = keyOf(change)
        if (heardRemote.take(key)) continue
        if (listeners.size > 0) toldOwn.add(key)
        publish(change)
      }
    }
    const onRemote = (change: Store.Change) => {
      const key = keyOf(change)
      if (toldOwn.take(key)) return
      heardRemote.add(key)
      publish(change)
    }

    let connection: { readonly ready: Promise<void>; readonly abort: () => void } | undefined
    const connect = (): Promise<void> => {
      if (connection !== undefined) return connection.ready
      const controller = new AbortController()
      let markReady = () => {}
      const ready = new Promise<void>((resolve) => {
        markReady = resolve
      })
      const loop = async () => {
        while (!controller.signal.aborted) {
          try {
            const headers = await headersOf()
            headers.set("accept", "text/event-stream")
            const response = await fetchImpl(path("changes"), { headers, signal: controller.signal })
            if (!response.ok || response.body === null) {
              await response.body?.cancel()
              throw new Error(`the change stream answered ${response.status}`)
            }
            await readEvents(response.body, ({ event, data }) => {
              if (event === "ready") markReady()
              else if (event === "message") {
                try {
                  const change: unknown = JSON.parse(data)
                  if (isChange(change)) onRemote(change)
                } catch {
                  // not a change: ignore it rather than lose the stream
                }
              }
            })
          } catch {
            // The stream failed or ended; try again below unless closed.
          }
          // A subscriber waits for the stream, not for a service that is away.
          markReady()
          if (controller.signal.aborted) return
          await sleep(reconnectDelay, controller.signal)
        }
      }
      void loop()
      connection = { ready, abort: () => controller.abort() }
      return ready
    }
    const disconnect = () => {
      connection?.abort()
      connection = undefined
    }
    yield* Effect.addFinalizer(() => Effect.sync(disconnect))

    const subscribe = (listener: (change: Store.Change) => void): Effect.Effect<void, never, Scope.Scope> =>
      Effect.acquireRelease(
        Effect.sync(() => {
          const own = (change: Store.Change) => listener(change)
          listeners.add(own)
          return own
        }),
        (own) =>
          Effect.sync(() => {
            listeners.delete(own)
            if (listeners.size === 0) disconnect()
          })
      ).pipe(Effect.andThen(Effect.promise(connect)), Effect.asVoid)

    // -- the contract ----------------------------------------------------------------------------
    const readErrors = ["UnknownCollection", "StorageFailure"]

    const get = (collection: string, id: string) =>
      Effect.map(
        call<Store.UnknownCollection>("get", readErrors, "GET", path("records", collection, id)),
        (body) =>
          ((body as { item?: Store.Item | null } | undefined)?.item ?? undefined) as Store.Item | undefined
      )

    const getMany = (collection: string, ids: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        if (!declared.has(collection)) return yield* new Store.UnknownCollection({ collection })
        const items: Array<Store.Item | undefined> = []
        let batch: Array<string> = []
        let length = 0
        const flush = Effect.suspend(() => {
          if (batch.length === 0) return Effect.void
          const url = path("records", collection)
          for (const id of batch) url.searchParams.append("id", id)
          batch = []
          length = 0
          return Effect.map(call<Store.UnknownCollection>("getMany", readErrors, "GET", url), (body) => {
            for (const one of (body as { items: ReadonlyArray<Store.Item | null> }).items) {
              items.push(one ?? undefined)
            }
          })
        })
        for (const id of ids) {
          const size = encodeURIComponent(id).length + 4
          if (batch.length > 0 && (length + size > maxUrlLength || batch.length === cap)) yield* flush
          batch.push(id)
          length += size
        }
        yield* flush
        return items as ReadonlyArray<Store.Item | undefined>
      })

    const page = (collection: string, q: Store.Query) => {
      const url = path("records", collection)
      url.searchParams.set("index", q.index)
      if (q.where !== undefined) url.searchParams.set("where", JSON.stringify(q.where))
      if (q.order !== undefined) url.searchParams.set("order", q.order)
      if (q.limit !== undefined) url.searchParams.set("limit", String(q.limit))
      if (q.cursor !== undefined) url.searchParams.set("cursor", q.cursor)
      return Effect.map(
        call<Store.UnknownCollection | Store.UnknownIndex>(
          "query",
          ["UnknownCollection", "UnknownIndex", "StorageFailure"],
          "GET",
          url
        ),
        (body) => body as Store.Page
      )
    }

    // A capped service answers a query without a limit with one page and a cursor, and refuses a
    // limit above its cap: follow cursors until the limit asked for (or the end) is reached.
    const query = (collection: string, q: Store.Query) =>
      Effect.gen(function* () {
        const wanted = q.limit ?? Number.POSITIVE_INFINITY
        const items: Array<Store.Item> = []
        let cursor = q.cursor
        for (;;) {
          const remaining = wanted - items.length
          const limit =
            remaining === Number.POSITIVE_INFINITY
              ? cap
              : cap === undefined
                ? remaining
                : Math.min(remaining, cap)
          const got = yield* page(collection, { ...q, limit, cursor })
          items.push(...got.items)
          cursor = got.cursor
          // An empty page with a cursor would never end; a well-behaved service sends none.
          if (cursor === undefined || items.length >= wanted || got.items.length === 0) break
        }
        return (cursor === undefined ? { items } : { items, cursor }) as Store.Page
      })

    const history = (collection: string, recordId: string) =>
      Effect.map(
        call<Store.UnknownCollection>("history", readErrors, "GET", path("history", collection, recordId)),
        (body) => (body as { entries: ReadonlyArray<Store.HistoryEntry> }).entries
      )

    const commit = (commit: Store.Commit) =>
      Effect.suspend(() => {
        const token = makeToken()
        let unstorable = false
        const wire = (value: unknown) => {
          const result = toWire(value, token)
          unstorable ||= result.unstorable
          return result.json
        }
        const body = {
          writes: commit.writes.map((write) =>
            Store.isDelete(write)
              ? {
                  collection: write.collection,
                  id: write.id,
                  expectedVersion: write.expectedVersion,
                  delete: true
                }
              : {
                  collection: write.collection,
                  id: write.id,
                  expectedVersion: write.expectedVersion,
                  value: wire(write.value)
                }
          ),
          ...(commit.history === undefined ? {} : { history: commit.history.map(wire) })
        }
        return Effect.map(
          call<Store.CommitError>(
            "commit",
            ["Conflict", "UnknownCollection", "QuotaExceeded", "Aborted", "StorageFailure"],
            "POST",
            path("commit"),
            JSON.stringify(unstorable ? { ...body, unstorable: token } : body)
          ),
          (response) => {
            const changes = (response as { changes: ReadonlyArray<Store.Change> }).changes
            publishOwn(changes)
            return changes
          }
        )
      })

    const exportAll = Effect.map(
      call<never>("export", ["StorageFailure"], "GET", path("export")),
      (body) => body as Store.ExportDocument
    )

    const importAll = (document: unknown) =>
      Effect.suspend(() => {
        let body: string
        try {
          body = JSON.stringify(document) ?? "null"
        } catch (error) {
          return Effect.fail(new Store.InvalidImport({ detail: `not JSON: ${String(error)}` }))
        }
        return Effect.asVoid(
          call<Store.InvalidImport | Store.UnknownCollection | Store.QuotaExceeded | Store.Aborted>(
            "import",
            ["InvalidImport", "UnknownCollection", "QuotaExceeded", "Aborted", "StorageFailure"],
            "POST",
            path("import"),
            body
          )
        )
      })

    const command = (
      operation: "create" | "run",
      workflow: Workflow.Any,
      id: string,
      name: string,
      input: unknown,
      actor: Actor.Actor
    ) =>
      Effect.suspend(() => {
        const wired = toWire({ workflow: workflow.name, id, command: name, input }, "")
        return Effect.map(
          call<Runner.RunError>(
            operation,
            runErrors,
            "POST",
            path("commands"),
            JSON.stringify(wired.json),
            actor
          ),
          (body) => {
            const record = (body as { record: Workflow.Record<unknown> }).record
            publishOwn([{ collection: workflow.collection, id, version: record.version }])
            return record
          }
        )
      })

    const store = Store.Store.of({
      definition,
      get,
      getMany,
      commit,
      query,
      history,
      watch: Stream.callback<Store.Change>((queue) =>
        subscribe((change) => {
          Queue.offerUnsafe(queue, change)
        })
      ),
      subscribe,
      exportAll,
      importAll
    })
    const client: Client = {
      store,
      create: (workflow, id, input, actor) => command("create", workflow, id, "create", input, actor),
      run: (workflow, id, name, input, actor) => command("run", workflow, id, name, input, actor)
    }
    clients.set(store, client)
    return client
  })
