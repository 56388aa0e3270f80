/**
 * The HTTP service: a Store and the Runner behind a small JSON API of web-standard requests and
 * responses, so any host (node:http, a serverless function, a framework's route) can mount it.
 */
import type { Actor, Workflow } from "@frontdesk/domain"
import { History, Messages } from "@frontdesk/domain"
import { httpTexts } from "@frontdesk/domain/messages"
import { Cause, Effect, Exit, Schema, Scope } from "effect"
import type { Service, ServiceOptions } from "../http.js"
import * as Runner from "../Runner.js"
import * as Store from "../Store.js"
import { actorHeader, decodeActor, encodeError, revive, type ServiceRefusal } from "./httpWire.js"

Messages.register(httpTexts)

/** How large a request body may be, by default: far above any form, far below harm. */
export const defaultMaxBodyBytes = 1024 * 1024

/** How often an idle change stream says it is alive, by default, so proxies keep it open. */
export const defaultHeartbeat = 15_000

/**
 * How many records one untrusted read returns at most, by default: a query's page, or the ids of
 * one batch read. Far above any list a person reads at once, far below a whole collection.
 */
export const defaultMaxQueryLimit = 500

/** How many unsent events a change stream may hold before it is closed for a reader too slow. */
const maxQueuedEvents = 10_000

const refusal = (status: number, code: string, message: Messages.Message): ServiceRefusal => ({
  _tag: "ServiceRefusal",
  status,
  code,
  message
})

const badRequest = (detail: string) =>
  refusal(400, "BadRequest", { code: "http.badRequest", params: { detail } })

const trustedOnly = (operation: string) =>
  refusal(403, "TrustedOnly", { code: "http.trustedOnly", params: { operation } })

const limitTooLarge = (limit: number, max: number) =>
  refusal(400, "LimitTooLarge", { code: "http.limitTooLarge", params: { limit, max } })

const tooManyIds = (count: number, max: number) =>
  refusal(400, "LimitTooLarge", { code: "http.tooManyIds", params: { count, max } })

const jsonHeaders = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: jsonHeaders })

const failure = (error: unknown): Response => {
  const { status, body } = encodeError(error)
  return json(status, body)
}

/** The answer to a body larger than `limit` bytes. */
export const tooLargeResponse = (limit: number): Response =>
  failure(refusal(413, "BadRequest", tooLarge(limit)))

const tooLarge = (limit: number): Messages.Message => ({
  code: "http.badRequest",
  params: { detail: `the body is larger than ${limit} bytes` }
})

const Version = Schema.Number.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))

const CommitBody = Schema.Struct({
  writes: Schema.Array(
    Schema.Union([
      Schema.Struct({
        collection: Schema.String,
        id: Schema.String,
        expectedVersion: Version,
        delete: Schema.Literal(true)
      }),
      Schema.Struct({
        collection: Schema.String,
        id: Schema.String,
        expectedVersion: Version,
        value: Schema.Unknown
      })
    ])
  ),
  history: Schema.optional(
    Schema.Array(Schema.Struct({ ...History.EntrySchema.fields, collection: Schema.String }))
  ),
  unstorable: Schema.optional(Schema.String)
})

const CommandBody = Schema.Struct({
  workflow: Schema.String,
  id: Schema.String.check(Schema.isMinLength(1)),
  command: Schema.String.check(Schema.isMinLength(1)),
  input: Schema.optional(Schema.Unknown)
})

const decodeBody = <S extends Schema.Decoder<unknown>>(schema: S, body: unknown): S["Type"] => {
  const exit = Schema.decodeUnknownExit(schema)(body, { errors: "all" })
  if (Exit.isSuccess(exit)) return exit.value
  const error = Cause.squash(exit.cause)
  throw badRequest(error instanceof Error ? error.message : String(error))
}

/** Drafts of one user live under ids that start with theirs, so nobody reaches another's drafts. */
const draftPrefix = (actor: Actor.Actor) => `${encodeURIComponent(actor.id)}/`

/** Makes the service; see `makeService` in `@frontdesk/storage/http`. */
export const makeService = (options: ServiceOptions): Service => {
  const store = options.store
  const workflows = new Map<string, Workflow.Any>()
  for (const workflow of options.workflows) {
    if (workflows.has(workflow.name)) throw new Error(`The workflow "${workflow.name}" is registered twice.`)
    workflows.set(workflow.name, workflow)
  }
  const trusted = options.trusted === true
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes
  const heartbeat = options.heartbeat ?? defaultHeartbeat
  const maxQueryLimit = options.maxQueryLimit ?? defaultMaxQueryLimit
  if (!Number.isInteger(maxQueryLimit) || maxQueryLimit < 1) {
    throw new Error(`maxQueryLimit must be a whole number of 1 or more, not ${maxQueryLimit}.`)
  }
  // Trusted callers can export the whole store anyway; a cap on their reads would protect nothing.
  const cap = trusted ? undefined : maxQueryLimit
  const authenticate =
    options.authenticate ?? ((request: Request) => decodeActor(request.headers.get(actorHeader)))
  const base = `/${(options.basePath ?? "").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/")
  const context: Workflow.Context | undefined =
    options.calendar === undefined ? options.context : { ...options.context, calendar: options.calendar }
  const runnerOptions = (workflow: Workflow.Any, command: string): Runner.Options => ({
    now: options.clock,
    context,
    safeToRetry:
      options.safeToRetry === undefined
        ? false
        : typeof options.safeToRetry === "function"
          ? options.safeToRetry(workflow, command)
          : options.safeToRetry.includes(command)
  })
  const streams = new Set<() => void>()

  const run = async <A, E>(effect: Effect.Effect<A, E, Store.Store>): Promise<A> => {
    const exit = await Effect.runPromiseExit(Effect.provideService(effect, Store.Store, store))
    if (Exit.isSuccess(exit)) return exit.value
    throw Cause.squash(exit.cause)
  }

  const readJson = async (request: Request): Promise<unknown> => {
    const declared = Number(request.headers.get("content-length") ?? "0")
    if (declared > maxBodyBytes) throw refusal(413, "BadRequest", tooLarge(maxBodyBytes))
    const text = await request.text()
    if (new TextEncoder().encode(text).length > maxBodyBytes) {
      throw refusal(413, "BadRequest", tooLarge(maxBodyBytes))
    }
    try {
      return JSON.parse(text)
    } catch {
      throw badRequest("the body is not JSON")
    }
  }

  // Untrusted callers see drafts by key under their own prefix, and nothing of anyone else's.
  const scope = (actor: Actor.Actor) => {
    const prefix = draftPrefix(actor)
    const isDrafts = (collection: string) => !trusted && collection === Store.draftsCollection
    return {
      isDrafts,
      inward: (collection: string, id: string) => (isDrafts(collection) ? `${prefix}${id}` : id),
      /** The id as this caller knows it, or `undefined` when the record is not theirs to see. */
      outward: (collection: string, id: string): string | undefined =>
        !isDrafts(collection) ? id : id.startsWith(prefix) ? id.slice(prefix.length) : undefined
    }
  }

  const item = (view: ReturnType<typeof scope>, found: Store.Item | undefined): Store.Item | null => {
    if (found === undefined) return null
    const id = view.outward(found.collection, found.id)
    return id === undefined ? null : { ...found, id }
  }

  const getOne = async (actor: Actor.Actor, collection: string, id: string) => {
    const view = scope(actor)
    const found = await run(
      Effect.flatMap(Store.Store, (s) => s.get(collection, view.inward(collection, id)))
    )
    return json(200, { item: item(view, found) })
  }

  const getMany = async (actor: Actor.Actor, collection: string, ids: ReadonlyArray<string>) => {
    if (cap !== undefined && ids.length > cap) throw tooManyIds(ids.length, cap)
    const view = scope(actor)
    const found = await run(
      Effect.flatMap(Store.Store, (s) =>
        s.getMany(
          collection,
          ids.map((id) => view.inward(collection, id))
        )
      )
    )
    return json(200, { items: found.map((one) => item(view, one)) })
  }

  const query = async (actor: Actor.Actor, collection: string, params: URLSearchParams) => {
    if (scope(actor).isDrafts(collection)) throw refusal(403, "DraftsByKey", { code: "http.draftsByKey" })
    let where: Store.Where | undefined
    const whereText = params.get("where")
    if (whereText !== null) {
      try {
        where = JSON.parse(whereText) as Store.Where
      } catch {
        throw badRequest("where is not JSON")
      }
    }
    const order = params.get("order")
    if (order !== null && order !== "asc" && order !== "desc") throw badRequest("order is asc or desc")
    const asked = params.get("limit")
    if (asked !== null && !/^\d+$/.test(asked)) throw badRequest("limit is a whole number, 0 or more")
    const limit = asked === null ? cap : Number(asked)
    if (cap !== undefined && limit !== undefined && limit > cap) throw limitTooLarge(limit, cap)
    const cursor = params.get("cursor")
    const q: Store.Query = {
      index: params.get("index") ?? Store.idIndex,
      ...(where === undefined ? {} : { where }),
      ...(order === null ? {} : { order }),
      ...(limit === undefined ? {} : { limit }),
      ...(cursor === null ? {} : { cursor })
    }
    return json(200, await run(Effect.flatMap(Store.Store, (s) => s.query(collection, q))))
  }

  const history = async (actor: Actor.Actor, collection: string, id: string) => {
    const view = scope(actor)
    const entries = await run(
      Effect.flatMap(Store.Store, (s) => s.history(collection, view.inward(collection, id)))
    )
    return json(200, { entries: entries.map((entry) => ({ ...entry, recordId: id })) })
  }

  const commit = async (actor: Actor.Actor, request: Request) => {
    const body = decodeBody(CommitBody, await readJson(request))
    const view = scope(actor)
    const touched = [
      ...body.writes.map((w) => w.collection),
      ...(body.history ?? []).map((h) => h.collection)
    ]
    if (!trusted && touched.some((collection) => collection !== Store.draftsCollection)) {
      throw trustedOnly("commit")
    }
    const token = body.unstorable
    const value = (v: unknown) => (token === undefined ? v : revive(v, token))
    const writes: Array<Store.Write> = body.writes.map((write) =>
      "delete" in write
        ? { ...write, id: view.inward(write.collection, write.id) }
        : { ...write, id: view.inward(write.collection, write.id), value: value(write.value) }
    )
    const entries = (body.history ?? []).map(
      (entry) =>
        value({ ...entry, recordId: view.inward(entry.collection, entry.recordId) }) as Store.HistoryEntry
    )
    const changes = await run(
      Effect.flatMap(Store.Store, (s) =>
        s.commit(entries.length === 0 ? { writes } : { writes, history: entries })
      )
    )
    return json(200, {
      changes: changes.map((change) => ({
        ...change,
        id: view.outward(change.collection, change.id) ?? change.id
      }))
    })
  }

  const exportAll = async (actor: Actor.Actor) => {
    const view = scope(actor)
    const document = await run(Effect.flatMap(Store.Store, (s) => s.exportAll))
    if (trusted) return json(200, document)
    const own = <A extends { readonly id: string }>(collection: string, items: ReadonlyArray<A>) =>
      items.flatMap((one) => {
        const id = view.outward(collection, one.id)
        return id === undefined ? [] : [{ ...one, id }]
      })
    const collections = Object.fromEntries(
      Object.entries(document.collections).map(([name, items]) => [name, own(name, items)])
    )
    const entries = document.history.flatMap((entry) => {
      const recordId = view.outward(entry.collection, entry.recordId)
      return recordId === undefined ? [] : [{ ...entry, recordId }]
    })
    return json(200, { ...document, collections, history: entries })
  }

  const importAll = async (request: Request) => {
    if (!trusted) throw trustedOnly("import")
    const document = await readJson(request)
    await run(Effect.flatMap(Store.Store, (s) => s.importAll(document)))
    return new Response(null, { status: 204 })
  }

  const command = async (actor: Actor.Actor, request: Request) => {
    const body = decodeBody(CommandBody, await readJson(request))
    const workflow = workflows.get(body.workflow)
    if (workflow === undefined) {
      throw refusal(404, "UnknownWorkflow", {
        code: "http.unknownWorkflow",
        params: { workflow: body.workflow }
      })
    }
    const input = body.input ?? {}
    const name = body.command
    const looked = options.contextFor
    const decide = (ctx: Workflow.Context | undefined) => {
      const runner = { ...runnerOptions(workflow, name), context: ctx }
      return name === "create"
        ? Runner.create(workflow, body.id, input, actor, runner)
        : Runner.run(workflow, body.id, name, input, actor, runner)
    }
    const record = await run(
      looked === undefined
        ? decide(context)
        : Effect.flatMap(looked(workflow, name, body.id, input), (loaded) =>
            decide({ ...context, ...loaded })
          )
    )
    return json(name === "create" ? 201 : 200, { record })
  }

  const changes = (actor: Actor.Actor): Response => {
    const view = scope(actor)
    const encoder = new TextEncoder()
    let subscription: Scope.Closeable | undefined
    let timer: ReturnType<typeof setInterval> | undefined
    let stopped = false
    let end = () => {}
    const stop = () => {
      if (stopped) return
      stopped = true
      streams.delete(end)
      if (timer !== undefined) clearInterval(timer)
      if (subscription !== undefined) Effect.runFork(Scope.close(subscription, Exit.void))
    }
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        end = () => {
          stop()
          try {
            controller.close()
          } catch {
            // already closed or cancelled
          }
        }
        streams.add(end)
        const send = (text: string) => {
          if (stopped) return
          if ((controller.desiredSize ?? 0) < -maxQueuedEvents) {
            // A reader this far behind would get stale news; it reconnects and reloads instead.
            end()
            return
          }
          controller.enqueue(encoder.encode(text))
        }
        const listener = (change: Store.Change) => {
          const id = view.outward(change.collection, change.id)
          if (id !== undefined) send(`data: ${JSON.stringify({ ...change, id })}\n\n`)
        }
        const opened = Scope.makeUnsafe()
        subscription = opened
        return Effect.runPromise(Scope.provide(opened)(store.subscribe(listener))).then(() => {
          // Only now is every later commit sure to reach this stream, so only now say so.
          send("event: ready\ndata: {}\n\n")
          if (stopped) return
          timer = setInterval(() => send(": ping\n\n"), heartbeat)
          ;(timer as { unref?: () => void }).unref?.()
        })
      },
      cancel: () => stop()
    })
    return new Response(body, {
      status: 200,
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        "x-accel-buffering": "no"
      }
    })
  }

  const schema = () =>
    json(200, {
      version: store.definition.version,
      collections: store.definition.collections,
      workflows: [...workflows.values()].map((workflow) => ({
        name: workflow.name,
        collection: workflow.collection
      })),
      // The HTTP Store reads this to split what it asks for into requests the service accepts.
      ...(cap === undefined ? {} : { maxQueryLimit: cap })
    })

  const route = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const noEndpoint = () =>
      refusal(404, "NoEndpoint", { code: "http.notFound", params: { method, path: url.pathname } })
    if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) throw noEndpoint()
    let segments: Array<string>
    try {
      segments = url.pathname
        .slice(base.length)
        .split("/")
        .filter((segment) => segment !== "")
        .map(decodeURIComponent)
    } catch {
      throw badRequest("the path is not valid percent-encoding")
    }
    const actor = await authenticate(request)
    if (actor === undefined) {
      throw refusal(401, "ActorMissing", {
        code: "http.actorMissing",
        params: { header: "X-Frontdesk-Actor" }
      })
    }
    const [head, collection, id, ...rest] = segments
    if (rest.length > 0) throw noEndpoint()
    if (method === "GET") {
      if (head === "schema" && collection === undefined) return schema()
      if (head === "changes" && collection === undefined) return changes(actor)
      if (head === "export" && collection === undefined) return exportAll(actor)
      if (head === "records" && collection !== undefined) {
        if (id !== undefined) return getOne(actor, collection, id)
        if (url.searchParams.has("id")) return getMany(actor, collection, url.searchParams.getAll("id"))
        return query(actor, collection, url.searchParams)
      }
      if (head === "history" && collection !== undefined && id !== undefined) {
        return history(actor, collection, id)
      }
    }
    if (method === "POST" && collection === undefined) {
      if (head === "commands") return command(actor, request)
      if (head === "commit") return commit(actor, request)
      if (head === "import") return importAll(request)
    }
    throw noEndpoint()
  }

  const refuse = (error: unknown): Response => {
    const { status, body } = encodeError(error)
    if (status < 500) return json(status, body)
    options.onError?.(error)
    const detail = body.detail
    return json(
      status,
      trusted || detail === undefined || !("detail" in detail)
        ? body
        : { ...body, detail: { ...detail, detail: "see the service's log" } }
    )
  }

  return {
    handle: (request) => route(request).catch(refuse),
    close: () => {
      for (const end of [...streams]) end()
    }
  }
}
