import "../../src/bundle.js"
import axe from "axe-core"
import { afterEach, describe, expect, it } from "vitest"
import { cleanup, mount } from "./fixtures.js"

const tags = [
  "fd-provider",
  "fd-timeline",
  "fd-deadline-badge",
  "fd-commands",
  "fd-form",
  "fd-checkbox-field",
  "fd-text-field",
  "fd-mobile-field",
  "fd-id-field",
  "fd-select",
  "fd-multi-select",
  "fd-date-field",
  "fd-datetime-field",
  "fd-money-field",
  "fd-file-field",
  "fd-chart",
  "fd-board",
  "fd-requisition-form",
  "fd-requisition-approvals",
  "fd-recruitment-plan",
  "fd-recruitment-report",
  "fd-candidate-pipeline",
  "fd-screening-form",
  "fd-interview-evaluation",
  "fd-offer",
  "fd-probation-review",
  "fd-callback-form",
  "fd-callback-queue",
  "fd-customer-list",
  "fd-complaint-form",
  "fd-complaint-board",
  "fd-qa-sample",
  "fd-callback-report"
]

describe("the all-in-one bundle", () => {
  afterEach(cleanup)

  it("has no accessibility violations in a page using the shared elements", async () => {
    const el = await mount<HTMLElement>(
      `<fd-provider locale="en"><fd-timeline></fd-timeline><fd-deadline-badge></fd-deadline-badge><fd-commands></fd-commands></fd-provider>`
    )
    expect((await axe.run(el)).violations).toEqual([])
  })

  it("registers every element under its default tag", async () => {
    expect(tags.filter((tag) => customElements.get(tag) === undefined)).toEqual([])
  })

  it("registers nothing twice when a define module is imported again", async () => {
    const before = customElements.get("fd-timeline")
    await import("../../src/define/fd-timeline.js")
    await import("../../src/bundle.js")
    expect(customElements.get("fd-timeline")).toBe(before)
  })

  it("exports everything a family's bundle exports, and a family's bundle nothing of the other family", async () => {
    const all = Object.keys(await import("../../src/bundle.js"))
    const customerCare = Object.keys(await import("../../src/bundles/customer-care.js"))
    const recruitment = Object.keys(await import("../../src/bundles/recruitment.js"))
    expect([...customerCare, ...recruitment].filter((name) => !all.includes(name))).toEqual([])
    expect(customerCare).toContain("CustomerCare")
    expect(customerCare.filter((name) => name === "Recruitment" || name.startsWith("FdRe"))).toEqual([])
    expect(recruitment).toContain("Recruitment")
    expect(recruitment.filter((name) => name === "CustomerCare" || name.startsWith("FdCallback"))).toEqual([])
  })

  it("exports classes that a host can register under its own tag", async () => {
    const { FdDeadlineBadge } = await import("../../src/index.js")
    class HostBadge extends FdDeadlineBadge {}
    customElements.define("host-deadline-badge", HostBadge)
    const el = await mount<HTMLElement>(`<host-deadline-badge lang="en"></host-deadline-badge>`)
    expect(el.shadowRoot!.textContent).toContain("no deadline")
  })
})
