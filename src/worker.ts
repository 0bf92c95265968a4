// The piscina worker: a task of raw documents (bytes or JSONL lines) in, their
// records out as JSON, in order. The run's options come once, as workerData.
// Before each document the worker writes into the task's shared `progress`
// which one it is on and since when: the main thread's watchdog reads it to
// start each document's --timeout clock when its processing starts (run/batch.ts).
import v8 from "node:v8";
import { workerData } from "node:worker_threads";
import { processRaw, type RawRunOptions } from "./process.js";
import { outcomeOf, type Outcome } from "./run/outcome.js";
import { taskProgress, type WorkerTask } from "./run/task.js";
import { expectManyDocuments } from "./rule-starts.js";

const options = (workerData ?? {}) as RawRunOptions;

// This isolate was created with its young generation at full size (run/batch.ts);
// from here on no isolate of the process grows its young generation, the main
// thread's included (V8 reset this flag when it created this isolate).
v8.setFlagsFromString("--semi-space-growth-factor=1");
// a worker is started for a batch
expectManyDocuments();

export default async function processInWorker(task: WorkerTask): Promise<Outcome[]> {
  const { at, since } = taskProgress(task.progress);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < task.raws.length; i++) {
    since[0] = Date.now();
    Atomics.store(at, 0, i); // after the time: who reads this index reads its time
    outcomes.push(outcomeOf(await processRaw(task.raws[i], options)));
  }
  return outcomes;
}
