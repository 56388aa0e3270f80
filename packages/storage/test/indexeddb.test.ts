import "fake-indexeddb/auto"
import { conformance } from "@frontdesk/storage/testing"
import { layerIndexedDb } from "../src/indexeddb.js"

conformance("indexeddb (fake-indexeddb)", (open) => layerIndexedDb(open))
