// The piscina worker: one raw document (bytes or a JSONL line) in, its record
// out as JSON. The run's options come once, as workerData.
import v8 from "node:v8";
import { workerData } from "node:worker_threads";
import { processRaw, type RawRunOptions } from "./process.js";
import type { RawDocument } from "./input/documents.js";
import { outcomeOf, type Outcome } from "./run/outcome.js";
import { expectManyDocuments } from "./rule-starts.js";

const options = (workerData ?? {}) as RawRunOptions;

// This isolate was created with its young generation at full size (run/batch.ts);
// from here on no isolate of the process grows its young generation, the main
// thread's included (V8 reset this flag when it created this isolate).
v8.setFlagsFromString("--semi-space-growth-factor=1");
// a worker is started for a batch
expectManyDocuments();

export default async function processInWorker(raw: RawDocument): Promise<Outcome> {
  return outcomeOf(await processRaw(raw, options));
}
