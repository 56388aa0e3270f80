import { describe, expect, it } from "vitest"
import { IncomingCall, Roles } from "../../src/customer-care/index.js"
import * as Messages from "../../src/kernel/Messages.js"

describe("an incoming call is routed to inquiry or complaint/suggestion by the voice menu", () => {
  it("an inquiry is answered by the business acceptance group", () => {
    const route = IncomingCall.route({ choice: "inquiry" })
    expect(route).toMatchObject({ _tag: "Inquiry", handler: Roles.acceptance })
    expect(Messages.render(route.message, "zh-CN")).toBe("由业务受理组解答")
  })

  it("an inquiry is transferred to a specialist department when needed", () => {
    const route = IncomingCall.route({ choice: "inquiry", transferTo: " 财务部 " })
    expect(route).toMatchObject({ _tag: "Inquiry", handler: Roles.department, department: "财务部" })
    expect(Messages.render(route.message, "en")).toBe("Transferred to 财务部")
  })

  it("a complaint or suggestion is recorded as a complaint of that kind", () => {
    expect(IncomingCall.route({ choice: "complaint" })).toMatchObject({
      _tag: "Complaint",
      workflow: "complaint",
      kind: "complaint"
    })
    expect(IncomingCall.route({ choice: "suggestion" })).toMatchObject({
      _tag: "Complaint",
      kind: "suggestion"
    })
  })
})
