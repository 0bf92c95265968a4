// The piscina worker: one raw document (bytes or a JSONL line) in, its record
// out as JSON. The run's options come once, as workerData.
import { workerData } from "node:worker_threads";
import { processRaw, type RawRunOptions } from "./process.js";
import type { RawDocument } from "./input/documents.js";
import { outcomeOf, type Outcome } from "./run/outcome.js";

const options = (workerData ?? {}) as RawRunOptions;

export default async function processInWorker(raw: RawDocument): Promise<Outcome> {
  return outcomeOf(await processRaw(raw, options));
}
