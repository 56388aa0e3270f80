/**
 * The durable adapters' shared Desk check: a workflow runs through `createDesk`, and a desk opened
 * again on the same database finds its records, history and indexes.
 */
import type { Desk } from "@frontdesk/storage"
import { expect } from "vitest"
import * as fixtures from "../fixtures.js"

export const deskSurvivesReopen = async (open: () => Desk.Desk): Promise<void> => {
  const desk = open()
  await desk.create(fixtures.task, "t-1", { phone: "13800138000" }, fixtures.supervisor)
  await desk.run(fixtures.task, "t-1", "start", {}, fixtures.specialist)
  await desk.run(fixtures.task, "t-1", "note", { text: "客户要求下午回电" }, fixtures.specialist)
  const stale = await desk
    .run(fixtures.task, "t-1", "complete", {}, fixtures.specialist)
    .then(() => undefined)
  expect(stale).toBeUndefined()
  await desk.close()
  const again = open()
  expect(await again.get("tasks", "t-1")).toMatchObject({
    id: "t-1",
    version: 4,
    state: "completed",
    data: { phone: "13800138000", notes: ["客户要求下午回电"] }
  })
  expect((await again.history("tasks", "t-1")).map((entry) => entry.command)).toEqual([
    "create",
    "start",
    "note",
    "complete"
  ])
  const done = await again.query("tasks", { index: "byState", where: { eq: "completed" } })
  expect(done.items.map((item) => item.id)).toEqual(["t-1"])
  await again.close()
}
