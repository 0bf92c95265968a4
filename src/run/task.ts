// What the main thread and a worker share of a running task: the index of the
// document the worker is on (-1 before the first) and the Date.now() at which
// it started it, in a SharedArrayBuffer the worker writes and the main thread's
// watchdog reads (run/batch.ts, worker.ts).

import type { RawDocument } from "../input/documents.js";

/** What a worker is handed: documents in order, and where it says which one it is on. */
export interface WorkerTask {
  raws: RawDocument[];
  /** TASK_PROGRESS_BYTES, read through taskProgress */
  progress: SharedArrayBuffer;
}

export const TASK_PROGRESS_BYTES = 16;

export function taskProgress(buffer: SharedArrayBuffer): { at: Int32Array; since: Float64Array } {
  return { at: new Int32Array(buffer, 0, 1), since: new Float64Array(buffer, 8, 1) };
}
