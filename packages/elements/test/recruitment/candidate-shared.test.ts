import type { Actor, Workflow } from "@frontdesk/domain"
import { Candidate } from "@frontdesk/domain/recruitment"
import { html, LitElement } from "lit"
import { afterEach, describe, expect, it } from "vitest"
import type { DeskLike } from "../../src/internal/context.js"
import { notReady, PartCommands, RecordLoader } from "../../src/recruitment/candidate-shared.js"
import { cleanup } from "../common/fixtures.js"
import { candidate, candidatesDesk, employee, hr } from "./candidates-desk.js"

type Part = "screen" | "facts"

/** An element with two parts, showing which one runs and which are refused. */
class Host extends LitElement {
  desk: DeskLike | undefined
  actor: Actor.Actor | undefined
  context: Workflow.Context | ((record: Candidate.Record) => Workflow.Context) | undefined
  readonly loader = new RecordLoader<Candidate.Record>(this, () =>
    this.desk === undefined ? undefined : { desk: this.desk, collection: "candidates", id: "c-1" }
  )
  readonly commands = new PartCommands<Part>(this, this.loader, () => ({
    desk: this.desk,
    actor: this.actor,
    workflow: Candidate.workflow,
    context: this.context
  }))

  protected override render(): unknown {
    const refused = (["screen", "facts"] as const).filter((p) => this.commands.refusalOf(p) !== undefined)
    return html`<p id="running">${this.commands.running ?? "none"}</p>
      <p id="refused">${refused.join(" ")}</p>`
  }
}
customElements.define("part-commands-host", Host)

const start = "2026-03-10T02:00:00.000Z"

const host = async (actor: Actor.Actor | undefined, wrap: (desk: DeskLike) => DeskLike = (d) => d) => {
  const { desk: memory } = candidatesDesk(start)
  await candidate(memory, "c-1")
  const el = document.createElement("part-commands-host") as Host
  el.desk = wrap(memory)
  el.actor = actor
  el.context = { blacklist: [] }
  document.body.append(el)
  await el.updateComplete
  await el.loader.done
  return { el, memory }
}

const shown = (el: Host, id: string) => el.shadowRoot?.getElementById(id)?.textContent?.trim()

/** The memory desk, with every `run` held until `release` is called. */
const held = (desk: DeskLike) => {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  const wrapped = new Proxy(desk, {
    get(target, key) {
      if (key === "run")
        return async (...args: Parameters<DeskLike["run"]>) => {
          await gate
          return target.run(...args)
        }
      const value = Reflect.get(target, key)
      return typeof value === "function" ? value.bind(target) : value
    }
  })
  return { desk: wrapped, release: () => release() }
}

describe("PartCommands", () => {
  afterEach(cleanup)

  it("offers a command only when the acting person may run it on the record now", async () => {
    const { el } = await host(hr)
    expect(el.commands.can("screen")).toBe(true)
    expect(el.commands.can("hire")).toBe(false)
    el.actor = employee
    expect(el.commands.can("screen")).toBe(false)
    el.actor = undefined
    expect(el.commands.can("screen")).toBe(false)
  })

  it("refuses a command asked for before the page gave an actor, beside the part that asked", async () => {
    const { el, memory } = await host(undefined)
    expect(await el.commands.run("screen", "screen", { outcome: "pass", criteria: [] })).toBe(false)
    expect(el.commands.refusalOf("screen")).toBe(notReady)
    expect(el.commands.refusalOf("facts")).toBeUndefined()
    expect((await memory.get("candidates", "c-1"))?.state).toBe("applied")
  })

  it("stores the record, shows it at once and announces it as fd-command", async () => {
    const { el, memory } = await host(hr)
    const events: Array<{ command: string; record: Candidate.Record }> = []
    document.body.addEventListener("fd-command", (e) => events.push((e as CustomEvent).detail), {
      once: true
    })
    expect(await el.commands.run("screen", "screen", { outcome: "pass", criteria: [] })).toBe(true)
    const stored = await memory.get("candidates", "c-1")
    expect(stored?.state).toBe("screened")
    expect(el.loader.record?.version).toBe(stored?.version)
    expect(events.map((e) => [e.command, e.record.state])).toEqual([["screen", "screened"]])
  })

  it("runs one command at a time: another part's command is ignored while one is under way", async () => {
    let release = () => {}
    const { el, memory } = await host(hr, (desk) => {
      const gated = held(desk)
      release = gated.release
      return gated.desk
    })
    const first = el.commands.run("screen", "screen", { outcome: "pass", criteria: [] })
    await el.updateComplete
    expect(el.commands.running).toBe("screen")
    expect(shown(el, "running")).toBe("screen")
    expect(await el.commands.run("facts", "recordFacts", { documentCheck: "passed" })).toBe(false)
    expect(el.commands.refusalOf("facts")).toBeUndefined()
    release()
    expect(await first).toBe(true)
    await el.updateComplete
    expect(el.commands.running).toBeUndefined()
    expect(shown(el, "running")).toBe("none")
    expect((await memory.get<Candidate.Data>("candidates", "c-1"))?.data.facts.documentCheck).toBeUndefined()
  })

  it("keeps each part's refusal until that part's next command or until it is cleared", async () => {
    const { el } = await host(hr)
    expect(await el.commands.run("screen", "screen", { outcome: "maybe", criteria: [] })).toBe(false)
    expect(await el.commands.run("facts", "recordFacts", { documentCheck: "perhaps" })).toBe(false)
    await el.updateComplete
    expect(shown(el, "refused")).toBe("screen facts")
    expect(await el.commands.run("screen", "screen", { outcome: "pass", criteria: [] })).toBe(true)
    expect(el.commands.refusalOf("screen")).toBeUndefined()
    expect(el.commands.refusalOf("facts")).toBeDefined()
    el.commands.clear("facts")
    await el.updateComplete
    expect(shown(el, "refused")).toBe("")
  })

  it("hands the workflow the host's context, looked up for the record", async () => {
    const { el } = await host(hr)
    const asked: Array<string> = []
    el.context = (record) => {
      asked.push(record.id)
      return { blacklist: [] }
    }
    expect(await el.commands.run("screen", "screen", { outcome: "pass", criteria: [] })).toBe(true)
    expect(asked).toEqual(["c-1"])
  })
})
