/**
 * Actors: the people who perform commands, with the roles that decide what they may do.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * const supervisor = Actor.make("u-2", "李强", ["supervisor"])
 * Actor.hasAnyRole(supervisor, ["supervisor", "qa"]) // true
 * ```
 * @module
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * A role name such as `"supervisor"` or `"hrManager"`. Families declare the roles they use;
 * a workflow command lists the roles allowed to perform it.
 *
 * @example
 * ```ts
 * import type { Actor } from "@frontdesk/domain"
 * const role: Actor.Role = "supervisor"
 * ```
 * @category models
 * @since 0.1.0
 */
export type Role = string

/**
 * The person performing a command.
 *
 * @example
 * ```ts
 * import type { Actor } from "@frontdesk/domain"
 * const actor: Actor.Actor = { id: "u-1", name: "王芳", roles: ["specialist"] }
 * ```
 * @category models
 * @since 0.1.0
 */
export interface Actor {
  readonly id: string
  readonly name: string
  readonly roles: ReadonlyArray<Role>
}

/**
 * Schema of an {@link Actor}, for decoding one from a header, a session or storage.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * import { Schema } from "effect"
 * Schema.decodeUnknownSync(Actor.ActorSchema)({ id: "u-1", name: "Wang Fang", roles: ["specialist"] })
 * ```
 * @category schemas
 * @since 0.1.0
 */
export const ActorSchema = Schema.Struct({
  id: Schema.String.check(Schema.isMinLength(1)),
  name: Schema.String,
  roles: Schema.Array(Schema.String)
})

/**
 * Makes an actor.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * const supervisor = Actor.make("u-2", "李强", ["supervisor"])
 * ```
 * @category constructors
 * @since 0.1.0
 */
export const make = (id: string, name: string, roles: ReadonlyArray<Role>): Actor => ({ id, name, roles })

/**
 * Tells whether an actor holds at least one of the given roles.
 *
 * @example
 * ```ts
 * import { Actor } from "@frontdesk/domain"
 * Actor.hasAnyRole(Actor.make("u-2", "李强", ["supervisor"]), ["supervisor", "qa"]) // true
 * ```
 * @category guards
 * @since 0.1.0
 */
export const hasAnyRole = (actor: Actor, roles: ReadonlyArray<Role>): boolean =>
  roles.some((role) => actor.roles.includes(role))
