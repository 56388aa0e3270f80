/**
 * The load for `load.e2e.ts`, sent from its own process: creates `records` enquiries, then sends
 * the rest of `commands` as holds and resumes on records picked at random, `concurrency` at a
 * time, and prints what came back as JSON — how many of each status, and how many commands each
 * record accepted.
 *
 *   node --import tsx test/load-client.ts <url> <records> <commands> <concurrency>
 *
 * It speaks node:http with a keep-alive agent rather than `fetch`, whose own cost per request
 * would otherwise dominate the run.
 */
import { Agent, request } from "node:http"

const [url, recordsArg, commandsArg, concurrencyArg] = process.argv.slice(2)
if (url === undefined) throw new Error("usage: load-client.ts <url> <records> <commands> <concurrency>")
const records = Number(recordsArg ?? 100)
const commands = Number(commandsArg ?? 10_000)
const concurrency = Number(concurrencyArg ?? 64)

const actor = { id: "load", name: "压测", roles: ["receptionist", "supervisor"] }
const headers = {
  "content-type": "application/json",
  "x-frontdesk-actor": Buffer.from(JSON.stringify(actor)).toString("base64url")
}

/** A deterministic generator, so a failing run can be repeated; its high bits are the random ones. */
let seed = 20_260_302
const next = (n: number): number => {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0
  return Math.floor((seed / 2 ** 32) * n)
}

const idOf = (i: number) => `load-${String(i).padStart(4, "0")}`

interface Command {
  readonly id: string
  readonly body: string
}

const queue: Array<Command> = []
for (let i = 0; i < records; i++) {
  const input = { name: `访客${i}`, mobile: "13800138000", topic: "repair", details: "压力测试" }
  queue.push({
    id: idOf(i),
    body: JSON.stringify({ workflow: "enquiry", id: idOf(i), command: "create", input })
  })
}
const creates = queue.length
for (let i = creates; i < commands; i++) {
  const id = idOf(next(records))
  const body =
    next(2) === 0
      ? { workflow: "enquiry", id, command: "hold", input: { reason: `第 ${i} 次暂停` } }
      : { workflow: "enquiry", id, command: "resume" }
  queue.push({ id, body: JSON.stringify(body) })
}

const statuses: Record<number, number> = {}
const accepted: Record<string, number> = {}
const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
const post = (body: string) =>
  new Promise<number>((resolve, reject) => {
    const outgoing = request(new URL("commands", url), { method: "POST", headers, agent }, (response) => {
      response.resume()
      response.on("end", () => resolve(response.statusCode ?? 0))
      response.on("error", reject)
    })
    outgoing.on("error", reject)
    outgoing.end(body)
  })
const send = async (command: Command) => {
  const status = await post(command.body)
  statuses[status] = (statuses[status] ?? 0) + 1
  if (status >= 200 && status < 300) accepted[command.id] = (accepted[command.id] ?? 0) + 1
}

/** Runs the commands from `from` to `to`, `concurrency` at a time. */
const pool = async (from: number, to: number) => {
  let at = from
  const worker = async () => {
    while (at < to) {
      const command = queue[at++]!
      await send(command)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}

// Creates first, so every later command has a record to act on.
await pool(0, creates)
await pool(creates, queue.length)
agent.destroy()
console.log(JSON.stringify({ sent: queue.length, statuses, accepted }))
