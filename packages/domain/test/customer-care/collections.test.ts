import { describe, expect, it } from "vitest"
import { Callback, Complaint, Customer, collections, QaSample } from "../../src/customer-care/index.js"
import * as Workflow from "../../src/kernel/Workflow.js"
import { acceptance, local, newCallback, ok, qa, supervisor, wang } from "./fixtures.js"

const at = (value: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value)

describe("store collections", () => {
  it("one collection per workflow of the family", () => {
    for (const workflow of [
      Customer.workflow,
      Callback.workflow,
      Complaint.workflow,
      QaSample.workflow
    ] as ReadonlyArray<Workflow.Any>) {
      expect(collections.map((c) => c.name)).toContain(workflow.collection)
    }
  })

  it("the callback queue index finds one specialist's open callbacks by due time", () => {
    const callbacks = collections.find((c) => c.name === "callbacks")!
    const queue = callbacks.indexes.find((i) => i.name === "byAssigneeDue")!
    expect(queue.keyPath).toEqual(["data.assignee", "dueAt"])
    const record = newCallback()
    expect((queue.keyPath as ReadonlyArray<string>).map((path) => at(record, path))).toEqual([
      "u-1",
      record.dueAt
    ])
  })

  it("every index path names a field the family's records have once they are in the indexed state", () => {
    let customer = ok(
      Workflow.create(Customer.workflow, {
        id: "c-1",
        input: { name: "张伟", mobile: "13800138000", membership: "member", category: "vip" },
        actor: wang,
        now: local("2026-03-02T09:00")
      })
    ).record
    customer = ok(
      Workflow.decide(
        Customer.workflow,
        customer,
        "sort",
        { category: "vip", custodian: "u-3" },
        supervisor,
        local("2026-03-02T10:00")
      )
    ).record
    customer = ok(
      Workflow.decide(
        Customer.workflow,
        customer,
        "assign",
        { specialist: "u-1" },
        supervisor,
        local("2026-03-02T11:00")
      )
    ).record
    let complaint = ok(
      Workflow.create(Complaint.workflow, {
        id: "cp-1",
        input: { customerName: "张伟", phone: "13800138000", kind: "complaint", summary: "漏水" },
        actor: acceptance,
        now: local("2026-03-02T10:00")
      })
    ).record
    complaint = ok(
      Workflow.decide(
        Complaint.workflow,
        complaint,
        "route",
        { department: "工程部" },
        acceptance,
        local("2026-03-02T11:00")
      )
    ).record
    const sample = ok(
      Workflow.create(QaSample.workflow, {
        id: "qa-1",
        input: { callId: "cb-1", agent: "u-1", period: "2026-03", seed: "s" },
        actor: qa,
        now: local("2026-04-01T10:00")
      })
    ).record
    const examples: Record<string, unknown> = {
      customers: customer,
      callbacks: newCallback(),
      complaints: complaint,
      qaSamples: sample
    }
    for (const collection of collections) {
      for (const index of collection.indexes) {
        const paths = typeof index.keyPath === "string" ? [index.keyPath] : index.keyPath
        for (const path of paths)
          expect(
            at(examples[collection.name], path),
            `${collection.name}.${index.name}: ${path}`
          ).toBeDefined()
      }
    }
  })
})
