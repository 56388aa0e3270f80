// A free loopback port, in one place for the benchmarks' dev servers and the test clusters that
// must be told a port before they start (Vite's strictPort, postgres -p).
import { createServer } from "node:net"

/**
 * A TCP port on 127.0.0.1 that nothing listens on now: the system picks one for a moment's
 * listener, which is closed again before the port is handed over.
 *
 * @returns {Promise<number>}
 */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
