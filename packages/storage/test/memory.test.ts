import { conformance } from "@frontdesk/storage/testing"
import { type Database, layerMemory, makeDatabase } from "../src/memory.js"

const databases = new Map<string, Database>()

conformance("memory", ({ name, schema, faults }) => {
  const database = databases.get(name) ?? makeDatabase()
  databases.set(name, database)
  return layerMemory(schema, { database, faults })
})
