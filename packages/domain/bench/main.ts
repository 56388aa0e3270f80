/**
 * Runs the domain benchmarks and prints one JSON line with their results, for `.ci/bench.mjs`.
 * Run alone with `node --import tsx packages/domain/bench/main.ts`.
 */
import * as CalendarBench from "./calendar.bench.js"
import * as WorkflowBench from "./workflow.bench.js"

const workflow = WorkflowBench.run()
const calendar = CalendarBench.run()
console.log(JSON.stringify({ workflow, calendar }))
