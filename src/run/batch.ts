// Runs raw documents through extraction and yields their outcomes in input
// order. A few small documents run in-process (no pool to start: a fast cold
// start); more go to a pool of worker threads (piscina) of `jobs` threads, in
// tasks of up to 16 small documents. Each document has its own --timeout clock,
// started when the worker starts it: a document over it becomes a `timeout`
// error record, its worker is terminated and replaced, the rest of its task runs
// again in the new one, and the run goes on. At most 2 × `jobs` tasks are in
// flight and `window` outcomes wait for their turn, so memory stays flat and one
// slow document does not stall the others.
//
// Memory: each worker is a V8 isolate of its own, and by default every one may
// grow a 32 MB young generation and an old generation up to the machine's limit,
// letting garbage pile up to several times the live data (~35 MB: lexicons,
// compiled patterns) before a full collection. `workerLimits` caps both: a 16 MB
// young generation (8 MB costs ~1.5x the copying for ~8 MB less), and an old
// generation sized from --max-bytes, which also makes V8 collect at ~1.5x the
// live data instead of ~4x. A document that needs more than that becomes a
// `too_large` record and its worker is replaced.
// The main thread only reads, orders and writes, but V8 grows its young generation
// to 32 MB all the same (a few MB of records in flight survive each scavenge).
// No per-isolate limit exists for the main thread once it runs, so `youngGenerationFrozen`
// uses two process-wide V8 flags: workers are created at their full young size
// (--min-semi-space-size), and once they run, no isolate grows its young
// generation any more (--semi-space-growth-factor=1, set by each worker as it
// starts, since V8 resets it whenever an isolate is created).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ResourceLimits } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { DEFAULT_MAX_BYTES, type RawDocument } from "../input/documents.js";
import { processRaw, type RawRunOptions } from "../process.js";
import { SCHEMA_VERSION } from "../contract.js";
import { outcomeOf, type Outcome } from "./outcome.js";
import { expectManyDocuments } from "../rule-starts.js";
import { TASK_PROGRESS_BYTES, taskProgress, type WorkerTask } from "./task.js";

export interface BatchOptions extends RawRunOptions {
  /** worker threads; 0 processes every document in-process */
  jobs: number;
  /** `jobs` was chosen by default, not asked for: a few hundred documents then stay in-process */
  defaultJobs?: boolean;
  /** told how many workers the run uses (0: in-process) once it has decided */
  onWorkers?: (workers: number) => void;
  /** per document, in milliseconds (enforced by the workers) */
  timeoutMs: number;
  /** aborting stops reading; outcomes already finished are still yielded */
  signal?: AbortSignal;
  /** documents and bytes a worker task may hold (default TASK) */
  task?: { docs: number; bytes: number };
}

/**
 * Inputs up to this size stay in-process. Each worker of a pool compiles the rules'
 * patterns and warms up its own code, which costs more than a second worker saves on
 * up to about a thousand press releases on this 2-core machine (500 of them: 2.9 s
 * in-process, 3.2–3.3 s with two workers; 1,000: 4.1–4.7 s and 4.4–5.0 s; 2,000:
 * 6.7–6.9 s and 6.4–7.1 s); beyond that the pool is faster.
 * With `--jobs` given, only a few small documents stay in-process.
 */
const IN_PROCESS = { docs: 1000, bytes: 4 * 1024 * 1024 };
const IN_PROCESS_WITH_JOBS = { docs: 8, bytes: 256 * 1024 };

const MB = 1024 * 1024;
/** Young generation of each worker: the new space is 16 MB instead of 32 MB. */
const WORKER_YOUNG_MB = 16;
/** Old generation of each worker: at least this, whatever --max-bytes says. */
const WORKER_OLD_MIN_MB = 256;
/** Heap a document needs per byte of input, with room to spare (a 5 MB text peaks at ~150 MB of heap). */
const HEAP_PER_INPUT_BYTE = 32;

/** Sizes each worker's young generation at its maximum from the start; undoes it (for library use) when called back. */
async function youngGenerationFrozen(): Promise<() => void> {
  // loaded here: a run that stays in-process never needs it (node:v8 costs a cold start ~3 ms)
  const { default: v8 } = await import("node:v8");
  v8.setFlagsFromString(`--min-semi-space-size=${WORKER_YOUNG_MB / 2}`);
  return () => v8.setFlagsFromString("--min-semi-space-size=0 --semi-space-growth-factor=2");
}

/** V8 heap limits of each worker isolate for documents of up to `maxBytes`. */
export function workerLimits(maxBytes: number): ResourceLimits {
  return {
    maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
    maxOldGenerationSizeMb: Math.max(WORKER_OLD_MIN_MB, Math.ceil((HEAP_PER_INPUT_BYTE * maxBytes) / MB)),
  };
}

export async function* runBatch(raws: AsyncIterable<RawDocument>, opts: BatchOptions): AsyncGenerator<Outcome> {
  const it = raws[Symbol.asyncIterator]();
  const first: RawDocument[] = [];
  let size = 0;
  let exhausted = false;
  const small = opts.defaultJobs ? IN_PROCESS : IN_PROCESS_WITH_JOBS;
  // in-process, at least two are read first: a run of more than one document sets up for many
  while ((opts.jobs > 0 && first.length < small.docs && size < small.bytes) || first.length < 2) {
    const next = await untilAborted(it.next(), opts.signal);
    if (next === ABORTED) return;
    if (next.done) {
      exhausted = true;
      break;
    }
    first.push(next.value);
    size += sizeOf(next.value);
  }
  // a whole input under the limits stays in-process; one over them (a single document of
  // 10 MB too) goes to workers, where --timeout and the heap limit hold: in-process nothing
  // can stop a document, and a large one took minutes and gigabytes
  if (opts.jobs <= 0 || (exhausted && size < small.bytes)) {
    opts.onWorkers?.(0);
    if (first.length > 1) expectManyDocuments();
    yield* inProcess(first, exhausted ? null : it, opts);
    return;
  }
  const jobs = Math.max(1, Math.min(Math.floor(opts.jobs), exhausted ? first.length : Infinity, maxWorkers()));
  opts.onWorkers?.(jobs);
  yield* inPool(first, it, { ...opts, jobs });
}

/**
 * Workers beyond twice the cores do no work sooner (extraction is all CPU) and each holds its own
 * ~40 MB isolate: `--jobs 64` on a 2-core machine took 945 MB and 4× the time of `--jobs 2`, and
 * `--jobs 256` would take gigabytes.
 */
export function maxWorkers(): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length || 1;
  return Math.max(2, 2 * cores);
}

async function* inProcess(first: RawDocument[], rest: AsyncIterator<RawDocument> | null, opts: BatchOptions): AsyncGenerator<Outcome> {
  const options = runOptions(opts);
  for (const raw of first) {
    if (opts.signal?.aborted) return;
    yield outcomeOf(await processRaw(raw, options));
  }
  if (!rest) return;
  for (;;) {
    const next = await untilAborted(rest.next(), opts.signal);
    if (next === ABORTED || next.done || opts.signal?.aborted) return;
    yield outcomeOf(await processRaw(next.value, options));
  }
}

interface Slot {
  settled: boolean;
  outcome?: Outcome;
}

/**
 * Documents go to a worker several at a time: a task of one document spent ~15% of
 * a worker's time waiting for the main thread to hand it the next one and posting
 * its record back. A task holds at most this many documents and bytes (a larger
 * document goes alone), so one task is tens of milliseconds of work.
 */
const TASK = { docs: 16, bytes: 64 * 1024 };

/** Documents of one worker task and the slots their outcomes go to. */
interface Task {
  raws: RawDocument[];
  slots: Slot[];
  bytes: number;
}

/**
 * A task in a worker, as the watchdog sees it. The worker writes into `progress`
 * which of the task's documents it is on and since when (worker.ts), so that each
 * document's clock starts when the worker starts it, not when the task was handed
 * to piscina (which may hold it in its queue, and not in order, for as long as the
 * tasks before it take).
 */
interface Running {
  abort: AbortController;
  /** index of the document the worker is on, -1 before the first */
  at: Int32Array;
  /** Date.now() when it started that document */
  since: Float64Array;
  /** the document found over --timeout, -1 while none is */
  overdue: number;
}

async function* inPool(first: RawDocument[], rest: AsyncIterator<RawDocument>, opts: BatchOptions): AsyncGenerator<Outcome> {
  const { Piscina } = await import("piscina");
  const jobs = Math.max(1, Math.floor(opts.jobs));
  const limits = workerLimits(opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const unfreeze = await youngGenerationFrozen();
  const pool = new Piscina({
    filename: workerFile(),
    workerData: runOptions(opts),
    minThreads: jobs,
    maxThreads: jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    resourceLimits: limits,
    recordTiming: false,
  });
  // each worker has a next task waiting beside the one it runs, so that it never idles
  // while the main thread writes records and reads the next lines
  const inFlight = jobs * 2;
  const limit = opts.task ?? TASK;
  const window = (inFlight + jobs) * limit.docs;
  const queue: Slot[] = [];
  let sourceDone = false;
  let wake: (() => void) | null = null;
  const signalled = () => {
    wake?.();
    wake = null;
  };
  const onAbort = () => signalled();
  opts.signal?.addEventListener("abort", onAbort);
  const settle = (slot: Slot, outcome: Outcome) => {
    slot.settled = true;
    slot.outcome = outcome;
    signalled();
  };
  // one timer for the pool: a document over --timeout is found within an eighth of it
  // (a timer per task would be set and cleared thousands of times, and could not tell
  // when the task started)
  const running = new Set<Running>();
  const watchdog = setInterval(
    () => {
      const now = Date.now();
      for (const r of running) {
        const at = Atomics.load(r.at, 0);
        if (at >= 0 && r.overdue < 0 && now - r.since[0] >= opts.timeoutMs) {
          r.overdue = at;
          r.abort.abort();
        }
      }
    },
    Math.max(1, Math.min(1000, opts.timeoutMs / 8)),
  );
  const retries: Task[] = [];
  let closed = false;
  const run = (task: Task) => {
    const progress = new SharedArrayBuffer(TASK_PROGRESS_BYTES);
    const r: Running = { abort: new AbortController(), ...taskProgress(progress), overdue: -1 };
    r.at[0] = -1;
    running.add(r);
    pool
      .run({ raws: task.raws, progress } satisfies WorkerTask, { signal: r.abort.signal })
      .then(
        (outcomes: Outcome[]) => outcomes.forEach((o, i) => settle(task.slots[i], o)),
        (e: unknown) => {
          // the document the worker was on gets the error (over --timeout, out of memory);
          // the others' records went down with the worker: they run again as a task of their own
          const culprit = r.overdue >= 0 ? r.overdue : Atomics.load(r.at, 0);
          const fail = (i: number) => settle(task.slots[i], failure(task.raws[i], e, opts.timeoutMs, limits.maxOldGenerationSizeMb!));
          if (culprit < 0) return task.raws.forEach((_, i) => fail(i));
          fail(culprit);
          const others = task.raws.flatMap((_, i) => (i === culprit ? [] : [i]));
          if (others.length) retries.push({ raws: others.map((i) => task.raws[i]), slots: others.map((i) => task.slots[i]), bytes: 0 });
        },
      )
      .finally(() => {
        running.delete(r);
        // once the run is over (as at Ctrl-C) nobody waits for the retried documents
        while (retries.length && running.size < inFlight && !closed) run(retries.shift()!);
        signalled();
      });
  };
  let open: Task | null = null;
  const flush = () => {
    if (open) run(open);
    open = null;
  };
  const submit = (raw: RawDocument) => {
    const slot: Slot = { settled: false };
    queue.push(slot);
    if (raw.error) {
      // nothing to extract: the error record is made here
      void processRaw(raw, {}).then((r) => settle(slot, outcomeOf(r)));
      return;
    }
    const bytes = sizeOf(raw);
    if (open && open.bytes + bytes > limit.bytes) flush();
    open ??= { raws: [], slots: [], bytes: 0 };
    open.raws.push(raw);
    open.slots.push(slot);
    open.bytes += bytes;
    if (open.raws.length >= limit.docs || open.bytes >= limit.bytes) flush();
  };
  let pending = first;
  const pull = async (): Promise<RawDocument | null> => {
    if (pending.length) return pending.shift()!;
    const next = await rest.next();
    return next.done ? null : next.value;
  };
  // reading runs beside the writing: finished records go out while the input is slow to come
  let pulling = false;
  let pulled: RawDocument | null | typeof ABORTED | undefined;
  let readError: unknown;
  try {
    for (;;) {
      while (queue.length && queue[0].settled) yield queue.shift()!.outcome!;
      if (readError) throw readError;
      if (opts.signal?.aborted) return; // what was finished in order is written; the rest is dropped
      if (pulled !== undefined) {
        const raw = pulled;
        pulled = undefined;
        if (raw === ABORTED) return;
        if (raw) submit(raw);
        else sourceDone = true;
        continue;
      }
      // a task that is not full goes when a worker is free or nothing more will come
      if (open && (running.size < jobs || sourceDone)) flush();
      if (sourceDone && !queue.length) return;
      if (!sourceDone && !pulling && queue.length < window && running.size < inFlight) {
        pulling = true;
        untilAborted(pull(), opts.signal).then(
          (raw) => {
            pulling = false;
            pulled = raw;
            signalled();
          },
          (e) => {
            pulling = false;
            readError = e ?? new Error("read failed");
            signalled();
          },
        );
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (queue[0]?.settled || pulled !== undefined || readError || opts.signal?.aborted) signalled();
      });
    }
  } finally {
    closed = true;
    clearInterval(watchdog);
    opts.signal?.removeEventListener("abort", onAbort);
    await pool.destroy();
    unfreeze();
  }
}

const ABORTED = Symbol("aborted");

/** Waiting for input (a terminal, a slow pipe) ends at Ctrl-C. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T | typeof ABORTED> {
  if (!signal) return p;
  if (signal.aborted) return Promise.resolve(ABORTED);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}

function failure(raw: RawDocument, e: unknown, timeoutMs: number, oldMb: number): Outcome {
  const aborted = (e as Error)?.name === "AbortError" || /aborted/i.test(String((e as Error)?.message));
  const outOfMemory = (e as NodeJS.ErrnoException)?.code === "ERR_WORKER_OUT_OF_MEMORY";
  const error = aborted
    ? { code: "timeout" as const, message: `processing took longer than --timeout (${timeoutMs / 1000} s)` }
    : outOfMemory
      ? { code: "too_large" as const, message: `processing needed more than a worker's ${oldMb} MB of heap` }
      : { code: "internal" as const, message: `worker failed: ${String((e as Error)?.message ?? e).split("\n")[0]}` };
  return outcomeOf({ schema: SCHEMA_VERSION, id: null, source: raw.source, error });
}

function sizeOf(raw: RawDocument): number {
  return raw.bytes?.length ?? raw.line?.length ?? 0;
}

function runOptions(opts: BatchOptions): RawRunOptions {
  const { lang, referenceDate, types, explain, includeText, inputFormat, maxBytes } = opts;
  return { lang, referenceDate, types, explain, includeText, inputFormat, maxBytes };
}

/**
 * The bundled worker (dist/bin, build-bundle.ts), which starts faster, when it is
 * newer than dist/worker.js (as bin/kzbe.js decides for the CLI), else dist/worker.js;
 * under vitest (TypeScript sources) the built ones too, since workers cannot load .ts.
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const dist = path.resolve(path.dirname(here), here.endsWith(".ts") ? "../../dist" : "..");
  const modules = path.join(dist, "worker.js");
  const bundled = path.join(dist, "bin", "worker-entry.cjs");
  const mtime = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  return mtime(bundled) >= mtime(modules) ? bundled : modules;
}
