/**
 * Where the demo keeps its data: this browser's IndexedDB database, holding every section's
 * collections — or, with `?store=<url>` in the address (e.g. `?store=http://127.0.0.1:8787/`),
 * the node service of examples/node-service, which decides every command with the acting
 * person's roles.
 */
import type { Actor, Messages } from "@frontdesk/domain"
import { Desk, Store } from "@frontdesk/storage"
import { actorHeader, encodeActor, makeDesk } from "@frontdesk/storage/http"
import { sections } from "./sections/index.js"

/**
 * The schema version. Bump it whenever a section adds a collection or an index: the store then
 * upgrades the browser's database in place, keeping everything already in it.
 */
export const storeVersion = 3

export const storeSchema = Store.define({
  version: storeVersion,
  collections: sections.flatMap((section) => section.collections)
})

/** The service named by `?store=`, or `undefined` for IndexedDB (also `?store=indexeddb`). */
export const serviceUrl: string | undefined = (() => {
  const named = new URLSearchParams(location.search).get("store")?.trim()
  return named === undefined || named === "" || named === "indexeddb" ? undefined : named
})()

/**
 * The desk the demo runs on. Against the service, the role switcher's person goes along as the
 * `X-Frontdesk-Actor` header — fine for a demo on one's own machine; in production the host's
 * login sets that header, never the page. The service keeps its own clock.
 */
export const openDesk = (options: {
  readonly clock: () => Date
  readonly actor: () => Actor.Actor
}): Desk.Desk =>
  serviceUrl === undefined
    ? Desk.indexedDb({ name: "frontdesk-demo", schema: storeSchema, clock: options.clock })
    : makeDesk({ url: serviceUrl, headers: () => ({ [actorHeader]: encodeActor(options.actor()) }) })

/** What the data card says when the data is on the service. */
export const serviceHint: Messages.Text = {
  "zh-CN":
    "数据保存在服务 {url}，由服务按当前身份的角色执行每个操作（演示时钟对服务无效）。导出为 JSON 文件备份。",
  en: "Data is kept by the service at {url}, which runs every command with the acting person's roles (the demo clock does not apply there). Export it as a JSON file."
}
