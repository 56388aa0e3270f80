/**
 * Starts the service from environment variables (see `configFromEnv`) and stops it cleanly on
 * SIGINT or SIGTERM. Prints one line when it listens, so scripts and tests can find the URL.
 */
import { configFromEnv, describeStorage, start } from "./server.js"

const config = configFromEnv(process.env)
const running = await start(config)
console.log(
  `Frontdesk service listening on ${running.url} — ${describeStorage(config.storage)}${config.trusted ? ", trusted" : ""}`
)

let stopping = false
const stop = () => {
  if (stopping) return
  stopping = true
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error)
      process.exit(1)
    }
  )
}
process.once("SIGINT", stop)
process.once("SIGTERM", stop)
