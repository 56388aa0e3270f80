/**
 * The shared elements over the real memory desk of `@frontdesk/storage`, with `fd-form` registered
 * so commands with input use it: what a page built from these parts does end to end.
 */
import "../../src/define/fd-provider.js"
import "../../src/define/fd-commands.js"
import "../../src/define/fd-timeline.js"
import "../../src/define/fd-deadline-badge.js"
import "../../src/define/fd-form.js"
import { Workflow } from "@frontdesk/domain"
import { Desk, Store } from "@frontdesk/storage"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { userEvent } from "vitest/browser"
import type { FdCommands } from "../../src/common/fd-commands.js"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdTimeline } from "../../src/common/fd-timeline.js"
import type { FieldElement } from "../../src/fields/field-element.js"
import type { FdForm } from "../../src/form/fd-form.js"
import { callback, specialist, supervisor } from "./callback-workflow.js"
import { cleanup, mount, settle } from "./fixtures.js"

const schema = Store.define({ version: 1, collections: [{ name: "callbacks" }] })

const page = async (lang: string) => {
  // The desk's clock advances one minute per read, so every entry has its own time.
  let now = Date.parse("2026-03-02T01:00:00.000Z")
  const desk = Desk.memory(schema, {
    clock: () => {
      now += 60_000
      return new Date(now)
    }
  })
  await desk.create(callback, "cb-1", { phone: "13800138000" }, supervisor)
  const provider = await mount<FdProvider>(`<fd-provider locale="${lang}">
    <fd-deadline-badge name="callback"></fd-deadline-badge>
    <fd-commands record-id="cb-1"></fd-commands>
    <fd-timeline collection="callbacks" record-id="cb-1"></fd-timeline>
  </fd-provider>`)
  const commands = provider.querySelector("fd-commands")!
  const timeline = provider.querySelector("fd-timeline")!
  const badge = provider.querySelector("fd-deadline-badge")!
  commands.workflow = callback
  timeline.workflow = callback
  badge.workflow = callback
  badge.now = "2026-03-03T02:00:00Z"
  provider.desk = desk
  provider.actor = specialist
  await settle(provider)
  await commands.reload()
  await timeline.load()
  badge.record = commands.record
  await settle(provider)
  return { desk, provider, commands, timeline, badge }
}

const entries = (timeline: FdTimeline) =>
  [...timeline.shadowRoot!.querySelectorAll("li [part=command]")].map((e) => e.textContent)
const form = (commands: FdCommands) => commands.shadowRoot!.querySelector<FdForm>("fd-form")!

describe("shared elements over the memory desk", () => {
  afterEach(cleanup)

  it("has no accessibility violations", async () => {
    const { provider, desk } = await page("zh-CN")
    expect((await axe.run(provider)).violations).toEqual([])
    await desk.close()
  })

  it("completes a callback through fd-form, then the timeline and badge follow the stored record", async () => {
    const { desk, commands, timeline, badge } = await page("zh-CN")
    expect(entries(timeline)).toEqual(["新建"])
    expect(badge.getAttribute("status")).toBe("on-track")
    commands.addEventListener("fd-command", (e) => {
      badge.record = (e as CustomEvent).detail.record
    })

    commands.shadowRoot!.querySelector<HTMLButtonElement>('[data-command="complete"]')!.click()
    await settle(commands)
    const outcome = form(commands).fieldElement("outcome") as FieldElement
    await userEvent.fill(outcome.shadowRoot!.querySelector<HTMLElement>("#control")!, "客户满意")
    form(commands).shadowRoot!.querySelector<HTMLButtonElement>("[part~=submit]")!.click()

    await expect.poll(() => commands.record?.state).toBe("completed")
    expect((await desk.get<{ outcome: string }>("callbacks", "cb-1"))?.data.outcome).toBe("客户满意")
    await expect.poll(() => entries(timeline)).toEqual(["新建", "完成"])
    await settle(badge)
    expect(badge.getAttribute("status")).toBe("met")
    await desk.close()
  })

  it("shows the real desk's refusal in the page's language", async () => {
    const { desk, commands } = await page("en")
    await commands.run(Workflow.command(callback, "complete")!, {})
    const alert = commands.shadowRoot!.querySelector("[role=alert]")!
    expect(alert.textContent).toContain("outcome")
    expect(alert.textContent).toContain("required")
    expect(commands.record?.state).toBe("open")
    await desk.close()
  })

  it("offers a supervisor only what a supervisor may do, and follows another user's change", async () => {
    const { desk, provider, commands } = await page("en")
    provider.actor = supervisor
    await settle(provider)
    const names = () =>
      [...commands.shadowRoot!.querySelectorAll<HTMLElement>("[part=command]")].map((b) => b.dataset.command)
    expect(names()).toEqual(["cancel"])
    await desk.run(callback, "cb-1", "complete", { outcome: "ok" }, specialist)
    await expect.poll(names).toEqual(["close", "cancel"])
    await desk.close()
  })
})
