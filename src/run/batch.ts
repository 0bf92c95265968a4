// Runs raw documents through extraction and yields their outcomes in input
// order. A few small documents run in-process (no pool to start: a fast cold
// start); more go to a pool of worker threads (piscina) of `jobs` threads, each
// document with its own --timeout: a document over it becomes a `timeout`
// error record, its worker is terminated and replaced, and the run goes on.
// At most `jobs` documents run and `window` outcomes wait for their turn, so
// memory stays flat and one slow document does not stall the others.
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
import path from "node:path";
import type { ResourceLimits } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { DEFAULT_MAX_BYTES, type RawDocument } from "../input/documents.js";
import { processRaw, type RawRunOptions } from "../process.js";
import { SCHEMA_VERSION } from "../contract.js";
import { outcomeOf, type Outcome } from "./outcome.js";
import { expectManyDocuments } from "../rule-starts.js";

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
  const jobs = Math.max(1, Math.min(Math.floor(opts.jobs), exhausted ? first.length : Infinity));
  opts.onWorkers?.(jobs);
  yield* inPool(first, it, { ...opts, jobs });
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
  const window = jobs * 32;
  const queue: Slot[] = [];
  let running = 0;
  // each worker has a next document waiting beside the one it runs, so that it never idles
  // while the main thread writes a record and reads the next line
  const inFlight = jobs * 4;
  const waiting: (() => void)[] = [];
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
  const submit = (raw: RawDocument) => {
    const slot: Slot = { settled: false };
    queue.push(slot);
    if (raw.error) {
      // nothing to extract: the error record is made here
      void processRaw(raw, {}).then((r) => settle(slot, outcomeOf(r)));
      return;
    }
    running++;
    // a timer cleared as soon as the document is done (AbortSignal.timeout would keep
    // one live timer per document for the whole --timeout, thousands of them at a time);
    // a document that waits for a free worker starts its clock when one frees up
    const timeout = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    let done = false;
    const startClock = () => {
      if (!done) timer = setTimeout(() => timeout.abort(), opts.timeoutMs);
    };
    if (running <= jobs) startClock();
    else waiting.push(startClock);
    pool
      .run(raw, { signal: timeout.signal })
      .then(
        (o: Outcome) => o,
        (e: unknown) => failure(raw, e, opts.timeoutMs, limits.maxOldGenerationSizeMb!),
      )
      .then((o: Outcome) => {
        done = true;
        clearTimeout(timer);
        running--;
        waiting.shift()?.();
        settle(slot, o);
      });
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
      if (sourceDone && !queue.length) return;
      if (!sourceDone && !pulling && queue.length < window && running < inFlight) {
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
