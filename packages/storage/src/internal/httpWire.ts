/**
 * What the HTTP service and the HTTP Store agree on: the actor header, how values travel as JSON,
 * and how a typed error travels as a status and a body and becomes the same typed error again.
 */
import { Actor, Input, Messages, Rules, Workflow } from "@frontdesk/domain"
import { Schema } from "effect"
import * as Store from "../Store.js"

/** The header that names the acting user, lower-cased as `Headers` reports it. */
export const actorHeader = "x-frontdesk-actor"

/** The largest actor header accepted; a real one is a few hundred bytes. */
export const maxActorHeader = 8192

const utf8 = new TextEncoder()
const fromUtf8 = new TextDecoder("utf-8", { fatal: true })

const base64url = (bytes: Uint8Array): string => {
  let binary = ""
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

const fromBase64url = (text: string): Uint8Array | undefined => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"))
    return Uint8Array.from(binary, (char) => char.charCodeAt(0))
  } catch {
    return undefined
  }
}

/** The header value of an actor: base64url of its UTF-8 JSON, so names in Chinese pass as ASCII. */
export const encodeActor = (actor: Actor.Actor): string =>
  base64url(utf8.encode(JSON.stringify({ id: actor.id, name: actor.name, roles: actor.roles })))

const HeaderActor = Schema.Struct({
  id: Schema.String.check(Schema.isMinLength(1)),
  name: Schema.optional(Schema.String),
  roles: Schema.Array(Schema.String)
})

/** The actor a header names, or `undefined` when it is missing or not a valid actor. */
export const decodeActor = (header: string | null | undefined): Actor.Actor | undefined => {
  if (header === null || header === undefined || header.length > maxActorHeader) return undefined
  const bytes = fromBase64url(header.trim())
  if (bytes === undefined) return undefined
  let json: unknown
  try {
    json = JSON.parse(fromUtf8.decode(bytes))
  } catch {
    return undefined
  }
  const decoded = Schema.decodeUnknownOption(HeaderActor)(json)
  if (decoded._tag === "None") return undefined
  return Actor.make(decoded.value.id, decoded.value.name ?? decoded.value.id, decoded.value.roles)
}

// ---------------------------------------------------------------------------------------------
// values as JSON
// ---------------------------------------------------------------------------------------------

/**
 * A value as JSON can carry it. What JSON would silently change — a function, a symbol, a bigint,
 * a number that is not finite, a Map or Set, a cycle — becomes `token`, so the service can fail
 * the commit the way a local store would (`StorageFailure`), but only after the version checks,
 * since a stale commit is a `Conflict` whatever else is wrong with it. Returns whether a token was
 * placed. `undefined` properties are left out, as JSON does.
 */
export const toWire = (
  value: unknown,
  token: string
): { readonly json: unknown; readonly unstorable: boolean } => {
  let unstorable = false
  const seen = new Set<object>()
  const walk = (current: unknown): unknown => {
    switch (typeof current) {
      case "string":
      case "boolean":
        return current
      case "number":
        if (Number.isFinite(current)) return current
        unstorable = true
        return token
      case "undefined":
        return undefined
      case "object": {
        if (current === null) return null
        const toJSON = (current as { toJSON?: unknown }).toJSON
        if (typeof toJSON === "function") return walk(toJSON.call(current))
        if (
          current instanceof Map ||
          current instanceof Set ||
          ArrayBuffer.isView(current) ||
          seen.has(current)
        ) {
          unstorable = true
          return token
        }
        seen.add(current)
        let out: unknown
        if (Array.isArray(current)) {
          out = current.map((item) => {
            const walked = walk(item)
            return walked === undefined ? null : walked
          })
        } else {
          const object: Record<string, unknown> = {}
          for (const [key, item] of Object.entries(current)) {
            const walked = walk(item)
            if (walked !== undefined) object[key] = walked
          }
          out = object
        }
        seen.delete(current)
        return out
      }
      default:
        unstorable = true
        return token
    }
  }
  const json = walk(value)
  return { json, unstorable }
}

/** A function in place of every `token`: a value no store can keep, so the store refuses it. */
export const revive = (value: unknown, token: string): unknown => {
  if (value === token) return unstorableValue
  if (Array.isArray(value)) return value.map((item) => revive(item, token))
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = revive(item, token)
    return out
  }
  return value
}

const unstorableValue = (): undefined => undefined

// ---------------------------------------------------------------------------------------------
// errors on the wire
// ---------------------------------------------------------------------------------------------

/** One issue of a refused input or one violated rule, in both languages. */
export interface WireIssue {
  readonly path: ReadonlyArray<string | number>
  readonly code: string
  readonly params?: Messages.Params | undefined
  readonly rule?: string | undefined
  readonly standing?: string | undefined
  readonly text: Messages.Text
}

/** The body of every refusal: a code, the text in zh-CN and en, every issue, and the error's fields. */
export interface WireError {
  readonly code: string
  readonly text: Messages.Text
  readonly issues?: ReadonlyArray<WireIssue> | undefined
  readonly detail?: { readonly [field: string]: unknown } | undefined
}

/** A refusal of the service itself, before any workflow or store is asked. */
export interface ServiceRefusal {
  readonly _tag: "ServiceRefusal"
  readonly status: number
  readonly code: string
  readonly message: Messages.Message
}

const statusOfTag: { readonly [tag: string]: number } = {
  Conflict: 409,
  NotAllowedInState: 409,
  NotFound: 404,
  UnknownCollection: 404,
  UnknownIndex: 404,
  RoleNotPermitted: 403,
  InvalidInput: 400,
  UnknownCommand: 400,
  InvalidImport: 400,
  RuleViolated: 422,
  QuotaExceeded: 507,
  Aborted: 503
}

const textOf = (render: (locale: Messages.Locale) => string): Messages.Text => ({
  "zh-CN": render("zh-CN"),
  en: render("en")
})

const issueOf = (path: ReadonlyArray<string | number>, message: Messages.Message) => ({
  path,
  code: message.code,
  ...(message.params === undefined ? {} : { params: message.params }),
  text: Messages.texts(message)
})

/** The fields of a tagged error that rebuild it on the other side (its cause stays here). */
const fieldsOf = (error: object): { readonly [field: string]: unknown } => {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(error)) {
    if (key !== "_tag" && key !== "cause" && key !== "stack") fields[key] = value
  }
  return fields
}

/** The status and body of a typed error of the Store, the Runner or the service. */
export const encodeError = (error: unknown): { readonly status: number; readonly body: WireError } => {
  if (typeof error === "object" && error !== null && (error as ServiceRefusal)._tag === "ServiceRefusal") {
    const refusal = error as ServiceRefusal
    return {
      status: refusal.status,
      body: { code: refusal.code, text: Messages.texts(refusal.message) }
    }
  }
  if (error instanceof Input.InvalidInput) {
    return {
      status: 400,
      body: {
        code: error._tag,
        text: textOf((locale) => error.texts(locale).join("; ")),
        issues: error.issues.map((issue) => issueOf(issue.path, issue.message)),
        detail: fieldsOf(error)
      }
    }
  }
  if (error instanceof Rules.RuleViolated) {
    return {
      status: 422,
      body: {
        code: error._tag,
        text: textOf((locale) => error.texts(locale).join("; ")),
        issues: error.violations.map((violation) => ({
          ...issueOf(violation.path ?? [], violation.message),
          rule: violation.code,
          ...(violation.standing === undefined ? {} : { standing: violation.standing })
        })),
        detail: fieldsOf(error)
      }
    }
  }
  const tagged = error as { _tag?: unknown; texts?: unknown; text?: unknown }
  if (typeof error === "object" && error !== null && typeof tagged._tag === "string") {
    const text =
      typeof tagged.texts === "function"
        ? textOf((locale) => (error as Workflow.WorkflowError).texts(locale).join("; "))
        : typeof tagged.text === "function"
          ? textOf((locale) => (error as Store.StorageFailure).text(locale))
          : undefined
    if (text !== undefined) {
      return {
        status: statusOfTag[tagged._tag] ?? 500,
        body: { code: tagged._tag, text, detail: fieldsOf(error) }
      }
    }
  }
  const failure = new Store.StorageFailure({ operation: "service", detail: String(error) })
  return { status: 500, body: { code: failure._tag, text: textOf((locale) => failure.text(locale)) } }
}

type Rebuild = (detail: any) => unknown

const rebuilders: { readonly [tag: string]: Rebuild } = {
  Conflict: (detail) => new Store.Conflict(detail),
  NotFound: (detail) => new Store.NotFound(detail),
  UnknownCollection: (detail) => new Store.UnknownCollection(detail),
  UnknownIndex: (detail) => new Store.UnknownIndex(detail),
  QuotaExceeded: (detail) => new Store.QuotaExceeded(detail),
  Aborted: (detail) => new Store.Aborted(detail),
  UpgradeBlocked: (detail) => new Store.UpgradeBlocked(detail),
  MigrationRefused: (detail) => new Store.MigrationRefused(detail),
  InvalidImport: (detail) => new Store.InvalidImport(detail),
  StorageFailure: (detail) => new Store.StorageFailure(detail),
  UnknownCommand: (detail) => new Workflow.UnknownCommand(detail),
  NotAllowedInState: (detail) => new Workflow.NotAllowedInState(detail),
  RoleNotPermitted: (detail) => new Workflow.RoleNotPermitted(detail),
  InvalidInput: (detail) => new Input.InvalidInput(detail),
  RuleViolated: (detail) => new Rules.RuleViolated(detail)
}

const isWireError = (body: unknown): body is WireError =>
  typeof body === "object" &&
  body !== null &&
  typeof (body as WireError).code === "string" &&
  typeof (body as WireError).text === "object"

/**
 * The typed error a refusal stands for, when it is one the operation can report (`allowed`);
 * anything else — a refusal of the service itself, a proxy's error page — is a `StorageFailure`
 * whose detail says what came back.
 */
export const decodeError = <E>(
  status: number,
  body: unknown,
  operation: string,
  allowed: ReadonlyArray<string>
): E => {
  if (isWireError(body)) {
    const rebuild = rebuilders[body.code]
    if (rebuild !== undefined && allowed.includes(body.code) && typeof body.detail === "object") {
      return rebuild(body.detail) as E
    }
    return new Store.StorageFailure({
      operation,
      detail: `the service answered ${status} ${body.code}: ${body.text.en}`
    }) as E
  }
  return new Store.StorageFailure({ operation, detail: `the service answered ${status}` }) as E
}
