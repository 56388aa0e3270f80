import "../../src/define/fd-provider.js"
import "../../src/define/fd-timeline.js"
import type { History } from "@frontdesk/domain"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import type { FdProvider } from "../../src/common/fd-provider.js"
import type { FdTimeline } from "../../src/common/fd-timeline.js"
import { FakeDesk } from "./fake-desk.js"
import { cleanup, mount, settle, textOf } from "./fixtures.js"

const wang = { id: "u-1", name: "王芳", roles: ["specialist"] }
const entry: History.Entry = {
  recordId: "cb-1",
  version: 2,
  at: "2026-03-02T01:30:00.000Z",
  actor: wang,
  command: "complete",
  from: "open",
  to: "completed"
}

/** A page component whose own shadow root holds a timeline, to prove context crosses shadow roots. */
class ShadowHost extends HTMLElement {
  constructor() {
    super()
    this.attachShadow({
      mode: "open"
    }).innerHTML = `<div><fd-timeline collection="callbacks" record-id="cb-1"></fd-timeline></div>`
  }
}
if (customElements.get("test-shadow-host") === undefined)
  customElements.define("test-shadow-host", ShadowHost)

const inner = (provider: FdProvider): FdTimeline =>
  provider.querySelector("test-shadow-host")!.shadowRoot!.querySelector("fd-timeline")!

describe("fd-provider", () => {
  afterEach(cleanup)

  it("has no accessibility violations", async () => {
    const el = await mount<FdProvider>(`<fd-provider><fd-timeline></fd-timeline></fd-provider>`)
    expect((await axe.run(el)).violations).toEqual([])
  })

  it("renders its children in place (display: contents)", async () => {
    const el = await mount<FdProvider>(`<fd-provider><p>hi</p></fd-provider>`)
    expect(getComputedStyle(el).display).toBe("contents")
  })

  it("hands its desk to elements nested in other shadow roots", async () => {
    const desk = new FakeDesk()
    desk.put("callbacks", { id: "cb-1", version: 2, state: "completed" }, [entry])
    const el = await mount<FdProvider>(`<fd-provider><test-shadow-host></test-shadow-host></fd-provider>`)
    el.desk = desk
    el.actor = wang
    await settle(el)
    await inner(el).load()
    expect(textOf(inner(el))).toContain("王芳")
  })

  it("re-provides when its desk changes", async () => {
    const first = new FakeDesk()
    first.put("callbacks", { id: "cb-1", version: 2, state: "completed" }, [entry])
    const second = new FakeDesk()
    second.put("callbacks", { id: "cb-1", version: 2, state: "completed" }, [
      { ...entry, actor: { id: "u-2", name: "李强", roles: ["supervisor"] } }
    ])
    const el = await mount<FdProvider>(`<fd-provider><test-shadow-host></test-shadow-host></fd-provider>`)
    el.desk = first
    await settle(el)
    await inner(el).load()
    expect(textOf(inner(el))).toContain("王芳")
    el.desk = second
    await settle(el)
    await inner(el).load()
    expect(textOf(inner(el))).toContain("李强")
    expect(first.watcherCount).toBe(0)
    expect(second.watcherCount).toBe(1)
  })
})

describe("locale", () => {
  afterEach(cleanup)

  it("follows the nearest lang, and changes when that lang changes", async () => {
    const el = await mount<HTMLElement>(`<section lang="en"><fd-timeline></fd-timeline></section>`)
    const timeline = el.querySelector("fd-timeline")!
    expect(textOf(timeline)).toBe("No history yet")
    el.lang = "zh-CN"
    await settle(el)
    expect(textOf(timeline)).toBe("暂无处理记录")
  })

  it("uses the provider's locale over the page's lang, and the lang again when it is cleared", async () => {
    document.documentElement.lang = "zh-CN"
    const el = await mount<FdProvider>(`<fd-provider locale="en"><fd-timeline></fd-timeline></fd-provider>`)
    const timeline = el.querySelector("fd-timeline")!
    expect(textOf(timeline)).toBe("No history yet")
    el.removeAttribute("locale")
    await settle(el)
    expect(textOf(timeline)).toBe("暂无处理记录")
  })
})
