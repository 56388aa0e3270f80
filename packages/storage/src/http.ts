/**
 * The HTTP adapter: a service that puts a Store and the Runner behind a small JSON API, and a
 * Store (and a Desk) that talk to it, so the elements work against a server instead of IndexedDB.
 *
 * The acting user comes from the `X-Frontdesk-Actor` header (see {@link encodeActor}), which the
 * host's own login sets in front of the service. Commands are decided on the service, with the
 * roles of that actor; raw commits would bypass those checks, so the service accepts them only for
 * the caller's own drafts unless it is started `trusted`.
 *
 * | request                                   | does                                                         |
 * | ----------------------------------------- | ------------------------------------------------------------ |
 * | `POST commands` `{ workflow, id, command, input }` | create (`command: "create"`, 201) or run a command (200) → `{ record }` |
 * | `GET records/<collection>/<id>`           | `{ item }` (`null` when missing)                             |
 * | `GET records/<collection>?id=a&id=b`      | `{ items }`, in the order asked; untrusted: at most `maxQueryLimit` ids |
 * | `GET records/<collection>?index=&where=&order=&limit=&cursor=` | a page `{ items, cursor? }` (`where` is JSON); untrusted: `limit` at most `maxQueryLimit`, and that when absent |
 * | `GET history/<collection>/<id>`           | `{ entries }`, oldest first                                  |
 * | `GET changes`                             | Server-Sent Events: `ready` once listening, then one change per event |
 * | `GET export`, `POST import`               | the export document; import only when trusted               |
 * | `POST commit` `{ writes, history? }`      | raw commit: drafts only, unless trusted → `{ changes }`      |
 * | `GET schema`                              | the store's collections, the service's workflows, and `maxQueryLimit` when capped |
 *
 * A refusal has the status of its kind (401 no actor, 403 role or trust, 400 bad input, 404 not
 * found, 409 conflict or wrong state, 422 rule violated) and a body
 * `{ code, text: { "zh-CN", en }, issues?, detail? }` with every issue in both languages.
 *
 * An untrusted caller reads at most `maxQueryLimit` records per request (500 by default): a query
 * without `limit` gets that many and a `cursor` to continue, and one asking for more, or a batch
 * read of more ids, is refused with 400 `LimitTooLarge` rather than quietly cut short. The HTTP
 * Store reads the cap from `GET schema` and splits its requests to fit, so it still reads whole
 * collections and pages of any size — in several requests.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { actorHeader, encodeActor, makeDesk } from "@frontdesk/storage/http"
 * const me = Actor.make("u-1", "王芳", ["receptionist"])
 * // Behind the host's login the proxy sets the header; a page on one's own machine may send it.
 * const desk = makeDesk({ url: "http://127.0.0.1:8787/", headers: { [actorHeader]: encodeActor(me) } })
 * const stop = desk.watch((change) => console.log(change.id))
 * ```
 * @module
 * @since 0.1.0
 */
import type { Actor, Calendar, Workflow } from "@frontdesk/domain"
import type { Scope } from "effect"
import { Effect, Layer } from "effect"
import * as Desk from "./Desk.js"
import { clientOf, defaultReconnectDelay, defaultTimeout, makeClient } from "./internal/httpClient.js"
import {
  defaultHeartbeat,
  defaultMaxBodyBytes,
  defaultMaxQueryLimit,
  makeService as makeServiceImpl,
  tooLargeResponse
} from "./internal/httpServer.js"
import * as Wire from "./internal/httpWire.js"
import * as Store from "./Store.js"

// ---------------------------------------------------------------------------------------------
// the actor header
// ---------------------------------------------------------------------------------------------

/**
 * The header that names the acting user: base64url of the UTF-8 JSON `{ id, name?, roles }`.
 * The host's login (a reverse proxy, a gateway, its own server) must set it — and drop any value
 * the browser sent — since the service believes it.
 *
 * @example
 * ```ts
 * import { actorHeader, encodeActor } from "@frontdesk/storage/http"
 * const headers = { [actorHeader]: encodeActor({ id: "u-1", name: "王芳", roles: ["receptionist"] }) }
 * ```
 * @category actor
 * @since 0.1.0
 */
export const actorHeader = "X-Frontdesk-Actor"

/**
 * The `X-Frontdesk-Actor` value of an actor.
 *
 * @example
 * ```ts
 * import { encodeActor } from "@frontdesk/storage/http"
 * encodeActor({ id: "u-1", name: "Wang", roles: ["receptionist"] })
 * // "eyJpZCI6InUtMSIsIm5hbWUiOiJXYW5nIiwicm9sZXMiOlsicmVjZXB0aW9uaXN0Il19"
 * ```
 * @category actor
 * @since 0.1.0
 */
export const encodeActor: (actor: Actor.Actor) => string = Wire.encodeActor

/**
 * The actor an `X-Frontdesk-Actor` value names, or `undefined` when it is missing or invalid.
 * A missing `name` is the id.
 *
 * @example
 * ```ts
 * import { decodeActor, encodeActor } from "@frontdesk/storage/http"
 * decodeActor(encodeActor({ id: "u-1", name: "王芳", roles: ["receptionist"] }))?.name // "王芳"
 * decodeActor("not base64 json") // undefined
 * ```
 * @category actor
 * @since 0.1.0
 */
export const decodeActor: (header: string | null | undefined) => Actor.Actor | undefined = Wire.decodeActor

// ---------------------------------------------------------------------------------------------
// the client
// ---------------------------------------------------------------------------------------------

/**
 * Where the service is and how to reach it.
 *
 * @example
 * ```ts
 * import { actorHeader, type ClientOptions, encodeActor } from "@frontdesk/storage/http"
 * const options: ClientOptions = {
 *   url: "https://example.org/frontdesk/",
 *   headers: () => ({ [actorHeader]: encodeActor({ id: "u-1", name: "王芳", roles: ["receptionist"] }) })
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ClientOptions {
  /** The service's base URL; every path of the API is relative to it. */
  readonly url: string | URL
  /**
   * Headers for every request, or a function asked before each one (for a token that changes,
   * or the person currently acting). Commands add the actor they are run for.
   */
  readonly headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>) | undefined
  /** The `fetch` to use; the global one when absent. */
  readonly fetch?: typeof globalThis.fetch | undefined
  /** How long to wait before reopening a lost change stream, in ms; 1000 when absent. */
  readonly reconnectDelay?: number | undefined
  /**
   * How long a request may go unanswered before it fails with `StorageFailure`, in ms;
   * {@link requestTimeout} when absent. A command that timed out may still have been committed.
   */
  readonly timeout?: number | undefined
}

/**
 * How long the HTTP Store waits before reopening a lost change stream, by default (ms).
 *
 * @example
 * ```ts
 * import { reconnectDelay } from "@frontdesk/storage/http"
 * reconnectDelay // 1000
 * ```
 * @category constants
 * @since 0.1.0
 */
export const reconnectDelay = defaultReconnectDelay

/**
 * How long a request of the HTTP Store may go unanswered before it fails, by default (ms).
 *
 * @example
 * ```ts
 * import { requestTimeout } from "@frontdesk/storage/http"
 * requestTimeout // 30000
 * ```
 * @category constants
 * @since 0.1.0
 */
export const requestTimeout = defaultTimeout

/**
 * Opens a Store over the service: reads its schema, and closes the change stream when the scope
 * closes. Values travel as JSON: a `Date` arrives as its ISO string, and what JSON cannot carry
 * (a function, a `Map`, a cycle) fails the commit with `StorageFailure`, as a local store would.
 *
 * Changes from this store's own commits are told to its watchers as soon as each commit returns;
 * everybody else's arrive on the change stream. Changes made while the stream is down (between
 * a lost connection and its reopening) are not replayed; reload what is shown after a reconnect.
 *
 * @example
 * ```ts
 * import { makeHttp } from "@frontdesk/storage/http"
 * import { Effect } from "effect"
 * const open = Effect.scoped(
 *   Effect.flatMap(makeHttp({ url: "http://127.0.0.1:8787/" }), (store) => store.get("enquiries", "enq-1"))
 * )
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const makeHttp = (options: ClientOptions): Effect.Effect<Store.Store, Store.OpenError, Scope.Scope> =>
  Effect.map(makeClient(options), (client) => client.store)

/**
 * A layer of a Store over the service.
 *
 * @example
 * ```ts
 * import { createDesk } from "@frontdesk/storage"
 * import { layerHttp } from "@frontdesk/storage/http"
 * const desk = createDesk({ store: layerHttp({ url: "http://127.0.0.1:8787/" }) })
 * ```
 * @category layers
 * @since 0.1.0
 */
export const layerHttp = (options: ClientOptions): Layer.Layer<Store.Store, Store.OpenError> =>
  Layer.effect(Store.Store)(makeHttp(options))

const notHttp = (operation: string) =>
  new Store.StorageFailure({
    operation,
    detail: "remote commands need the desk's store to be an HTTP store (layerHttp or makeHttp)"
  })

/**
 * Desk commands that the service decides: `create` and `run` send `POST commands` with the actor
 * in the header, and resolve to the record the service stored. The desk's store must be an HTTP
 * store; {@link makeDesk} sets both up.
 *
 * @example
 * ```ts
 * import { createDesk } from "@frontdesk/storage"
 * import { commands, layerHttp } from "@frontdesk/storage/http"
 * const desk = createDesk({ store: layerHttp({ url: "http://127.0.0.1:8787/" }), commands })
 * ```
 * @category desk
 * @since 0.1.0
 */
export const commands: Desk.Commands = {
  create: (workflow, id, input, actor) =>
    Effect.flatMap(Store.Store, (store) => {
      const client = clientOf(store)
      return client === undefined ? Effect.fail(notHttp("create")) : client.create(workflow, id, input, actor)
    }),
  run: (workflow, id, command, input, actor) =>
    Effect.flatMap(Store.Store, (store) => {
      const client = clientOf(store)
      return client === undefined
        ? Effect.fail(notHttp("run"))
        : client.run(workflow, id, command, input, actor)
    })
}

/**
 * A Desk over the service: reads, drafts and watching go to the HTTP Store, and `create` and
 * `run` to the service's commands, so `fd-commands`, `fd-form` and the rest work unchanged.
 * The service keeps the clock, the calendar and which commands are retried after a conflict;
 * `recomputeDeadlines` and `import` need a trusted service.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { actorHeader, encodeActor, makeDesk } from "@frontdesk/storage/http"
 * let acting = Actor.make("u-1", "王芳", ["receptionist"])
 * const desk = makeDesk({
 *   url: "http://127.0.0.1:8787/",
 *   headers: () => ({ [actorHeader]: encodeActor(acting) })
 * })
 * ```
 * @category desk
 * @since 0.1.0
 */
export const makeDesk = (options: ClientOptions): Desk.Desk =>
  Desk.createDesk({ store: layerHttp(options), commands })

// ---------------------------------------------------------------------------------------------
// the service
// ---------------------------------------------------------------------------------------------

/**
 * What the service serves and how it trusts its callers.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * import { Store } from "@frontdesk/storage"
 * import type { ServiceOptions } from "@frontdesk/storage/http"
 * import { Effect } from "effect"
 * declare const store: Store.Store
 * declare const enquiry: Workflow.Any
 * const options: ServiceOptions = {
 *   store,
 *   workflows: [enquiry],
 *   safeToRetry: ["hold", "resume"],
 *   // A follow-up reads the enquiry it is for: the record with the id the command names.
 *   contextFor: (_workflow, command, id) =>
 *     command === "followUp"
 *       ? Effect.flatMap(Store.Store, (s) => Effect.map(s.get("enquiries", id), (item) => ({ enquiry: item?.value })))
 *       : Effect.succeed({})
 * }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface ServiceOptions {
  /** The opened store the service reads and commits. */
  readonly store: Store.Store
  /** The workflows `POST commands` may name, each by its `name`. */
  readonly workflows: ReadonlyArray<Workflow.Any>
  /**
   * Accept raw commits to every collection and imports, and show every draft — only for callers
   * that are themselves trusted code (another server, a test); never behind a browser.
   */
  readonly trusted?: boolean | undefined
  /**
   * Who is acting: the `X-Frontdesk-Actor` header when absent. A host that verifies a session
   * or a token itself returns the actor here; `undefined` is a 401.
   */
  readonly authenticate?:
    | ((request: Request) => Actor.Actor | undefined | Promise<Actor.Actor | undefined>)
    | undefined
  /** The time of commands; Effect's clock (the system clock) when absent. */
  readonly clock?: (() => Date) | undefined
  /** The business calendar deadlines count on; the domain's default when absent. */
  readonly calendar?: Calendar.Calendar | undefined
  /** Whatever else the workflows' guards look up. */
  readonly context?: Workflow.Context | undefined
  /**
   * What a command's guards look up in the store itself, read before each command of `workflow`
   * and laid over `context` — such as the resident IDs of a blacklist kept in a collection, or
   * another record about the one the command is for. It is told the record's `id` (the new id
   * for `"create"`) and the command's `input` as the request sent it, not yet decoded: check its
   * shape before reading from it.
   */
  readonly contextFor?:
    | ((
        workflow: Workflow.Any,
        command: string,
        id: string,
        input: unknown
      ) => Effect.Effect<Workflow.Context, Store.StoreError, Store.Store>)
    | undefined
  /** Commands decided again after a `Conflict`; see `Runner.Options.safeToRetry`. */
  readonly safeToRetry?:
    | ReadonlyArray<string>
    | ((workflow: Workflow.Any, command: string) => boolean)
    | undefined
  /** The path the service is mounted at, e.g. `"/api/frontdesk"`; `/` when absent. */
  readonly basePath?: string | undefined
  /** The largest request body accepted, in bytes; {@link maxBodyBytes} when absent. */
  readonly maxBodyBytes?: number | undefined
  /**
   * The most records one request of an untrusted caller reads: a query's `limit` (and the page
   * size of a query without one) and the ids of one batch read; {@link maxQueryLimit} when
   * absent. Asking for more is refused with 400. Trusted callers are not capped, since they may
   * export the whole store anyway.
   */
  readonly maxQueryLimit?: number | undefined
  /** How often an idle change stream sends a comment, in ms; {@link heartbeat} when absent. */
  readonly heartbeat?: number | undefined
  /**
   * Told of every failure answered with a 5xx status, for the service's log. Its details go to
   * untrusted callers only as "see the service's log", since they may name files or statements.
   */
  readonly onError?: ((error: unknown) => void) | undefined
}

/**
 * The service: a web-standard request handler, and `close` to end every open change stream (so
 * a server can shut down).
 *
 * @example
 * ```ts
 * import type { Service } from "@frontdesk/storage/http"
 * declare const service: Service
 * const response = await service.handle(new Request("http://localhost/schema"))
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Service {
  /** Answers one request; never rejects (a failure is an answer with its status and body). */
  readonly handle: (request: Request) => Promise<Response>
  /** Ends every open change stream, so the server around the service can stop. */
  readonly close: () => void
}

/**
 * The largest request body the service accepts, by default (bytes).
 *
 * @example
 * ```ts
 * import { maxBodyBytes } from "@frontdesk/storage/http"
 * maxBodyBytes // 1048576
 * ```
 * @category constants
 * @since 0.1.0
 */
export const maxBodyBytes = defaultMaxBodyBytes

/**
 * The most records one request of an untrusted caller reads, by default: a query's page, or the
 * ids of one batch read.
 *
 * @example
 * ```ts
 * import { maxQueryLimit } from "@frontdesk/storage/http"
 * maxQueryLimit // 500
 * ```
 * @category constants
 * @since 0.1.0
 */
export const maxQueryLimit = defaultMaxQueryLimit

/**
 * How often an idle change stream sends a comment so that proxies keep it open, by default (ms).
 *
 * @example
 * ```ts
 * import { heartbeat } from "@frontdesk/storage/http"
 * heartbeat // 15000
 * ```
 * @category constants
 * @since 0.1.0
 */
export const heartbeat = defaultHeartbeat

/**
 * Makes the service over an opened store and the workflows it runs. Mount `handle` wherever the
 * host serves requests (see {@link toNodeListener} for node:http), behind the host's login.
 *
 * @example
 * ```ts
 * import type { Workflow } from "@frontdesk/domain"
 * import type { Store } from "@frontdesk/storage"
 * import { makeService, toNodeListener } from "@frontdesk/storage/http"
 * import { createServer } from "node:http"
 * declare const store: Store.Store
 * declare const enquiry: Workflow.Any
 * const service = makeService({ store, workflows: [enquiry] })
 * createServer(toNodeListener(service)).listen(8787, "127.0.0.1")
 * ```
 * @category service
 * @since 0.1.0
 */
export const makeService = (options: ServiceOptions): Service => makeServiceImpl(options)

// ---------------------------------------------------------------------------------------------
// node:http
// ---------------------------------------------------------------------------------------------

/**
 * The part of node:http's `IncomingMessage` the listener reads.
 *
 * @example
 * ```ts
 * import type { NodeRequest } from "@frontdesk/storage/http"
 * import type { IncomingMessage } from "node:http"
 * const fits = (request: IncomingMessage): NodeRequest => request
 * ```
 * @category node
 * @since 0.1.0
 */
export interface NodeRequest extends AsyncIterable<unknown> {
  readonly method?: string | undefined
  readonly url?: string | undefined
  readonly headers: { readonly [name: string]: string | ReadonlyArray<string> | undefined }
}

/**
 * The part of node:http's `ServerResponse` the listener writes.
 *
 * @example
 * ```ts
 * import type { NodeResponse } from "@frontdesk/storage/http"
 * import type { ServerResponse } from "node:http"
 * const fits = (response: ServerResponse): NodeResponse => response
 * ```
 * @category node
 * @since 0.1.0
 */
export interface NodeResponse {
  /** Sends the status line and headers. */
  writeHead(status: number, headers: Record<string, string | Array<string>>): unknown
  /** Sends part of the body; `false` asks the writer to wait for `drain`. */
  write(chunk: Uint8Array): boolean
  /** Ends the body. */
  end(chunk?: Uint8Array | string): unknown
  /** Hears when the body may go on (`drain`) or the connection is gone (`close`). */
  once(event: "drain" | "close", listener: () => void): unknown
  readonly writableEnded: boolean
  readonly destroyed: boolean
}

const toRequest = async (request: NodeRequest, limit: number): Promise<Request | Response> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(":")) continue
    if (typeof value === "string") headers.set(name, value)
    else for (const one of value) headers.append(name, one)
  }
  const method = (request.method ?? "GET").toUpperCase()
  const url = new URL(request.url ?? "/", `http://${headers.get("host") ?? "localhost"}`)
  if (method === "GET" || method === "HEAD") return new Request(url, { method, headers })
  const chunks: Array<Uint8Array> = []
  let size = 0
  for await (const chunk of request) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : (chunk as Uint8Array)
    size += bytes.length
    if (size > limit) return tooLargeResponse(limit)
    chunks.push(bytes)
  }
  const body = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.length
  }
  return new Request(url, { method, headers, body })
}

const send = async (response: Response, out: NodeResponse): Promise<void> => {
  const headers: Record<string, string | Array<string>> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  out.writeHead(response.status, headers)
  if (response.body === null) {
    out.end()
    return
  }
  const reader = response.body.getReader()
  let closed = false
  out.once("close", () => {
    closed = true
    // The client went away: stop the body (an event stream unsubscribes).
    void reader.cancel().catch(() => undefined)
  })
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done || closed) break
      if (!out.write(value)) {
        await new Promise<void>((resolve) => {
          out.once("drain", resolve)
          out.once("close", resolve)
        })
      }
    }
  } catch {
    // the body failed or was cancelled: end what was sent
  }
  if (!out.writableEnded && !out.destroyed) out.end()
}

/**
 * A node:http request listener for the service: `createServer(toNodeListener(service))`.
 * Bodies larger than `maxBodyBytes` are refused with 413 before they are read whole.
 *
 * @example
 * ```ts
 * import type { Service } from "@frontdesk/storage/http"
 * import { toNodeListener } from "@frontdesk/storage/http"
 * import { createServer } from "node:http"
 * declare const service: Service
 * createServer(toNodeListener(service)).listen(8787, "127.0.0.1")
 * ```
 * @category node
 * @since 0.1.0
 */
export const toNodeListener =
  (service: Service, options: { readonly maxBodyBytes?: number | undefined } = {}) =>
  (request: NodeRequest, response: NodeResponse): void => {
    const limit = options.maxBodyBytes ?? defaultMaxBodyBytes
    void toRequest(request, limit)
      .then((converted) => (converted instanceof Response ? converted : service.handle(converted)))
      .then((answer) => send(answer, response))
      .catch(() => {
        if (!response.writableEnded && !response.destroyed) {
          response.writeHead(500, { "content-type": "text/plain; charset=utf-8" })
          response.end("internal error")
        }
      })
  }
