// `kzbe extract [paths…]`: documents in, one record per document out, streamed.
import { Option, type Command } from "commander";
import { ANCHOR_YEARS, anchorsDates, ENTITY_TYPES } from "../contract.js";
import type { EntityType, Lang } from "../schema.js";
import fs from "node:fs";
import os from "node:os";
import { describe, fsPath, listFiles, MissingPathError, DEFAULT_MAX_BYTES, type InputFormat } from "../input/documents.js";
import { rawDocuments } from "../input/sources.js";
import { runBatch } from "../run/batch.js";
import type { OutputRecordT } from "../schema.js";
import { FORMATS, makeWriter, type Format } from "../output/writers.js";
import { EXIT, UsageError } from "./errors.js";
import { startProgress } from "./progress.js";
import { write, type CliIO } from "./io.js";

interface ExtractFlags {
  format: Format;
  inputFormat: InputFormat;
  lang?: Lang;
  referenceDate?: string;
  includeText?: boolean;
  types?: string;
  explain?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  jobs?: string;
  timeout?: string;
  maxBytes?: string;
}

const EXAMPLES = `
Examples:
  $ kzbe extract fixtures/en/*.txt | jq '.people[].name'
  $ kzbe extract articles/ --format csv > items.csv
  $ cat article.txt | kzbe extract - --lang nl
  $ kzbe extract dump.jsonl --input-format jsonl --types dates,figures
  $ kzbe extract page.html --include-text --explain | jq '.figures'
  $ kzbe extract crawl.warc.gz news.tar.gz articles.zip --jobs 4 > records.jsonl
  $ kzbe extract dump.jsonl.gz --timeout 5 --max-bytes 5MB --quiet
  $ kzbe extract news.rss --types people,agreements   (one record per feed item)

Exit status: 0 all documents processed, 1 some document failed (its error
record was written), 2 usage error.`;

export function registerExtract(program: Command, io: CliIO, done: (code: number) => Promise<void> | void): void {
  program
    .command("extract")
    .description("extract dates, people, organisations, places, figures and agreements from documents")
    .argument("[paths...]", "files or directories (walked recursively); '-' or none reads standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("jsonl"))
    .addOption(new Option("-i, --input-format <format>", "input format").choices(["auto", "text", "html", "jsonl"]).default("auto"))
    .addOption(new Option("-l, --lang <lang>", "force the document language").choices(["en", "nl"]))
    .option("-r, --reference-date <date>", "YYYY-MM-DD anchoring relative dates when a document has no publication date")
    .option("--include-text", "add the plain text to each record, so offsets can be checked")
    .option("-t, --types <list>", `entity types to extract, comma-separated (${ENTITY_TYPES.join(",")})`)
    .option("--explain", "add the id of the rule that produced each item")
    .option("-j, --jobs <n>", "worker threads (default: the number of cores, and up to 1,000 documents in-process; 0: all in-process)")
    .option("--timeout <seconds>", "time limit per document; over it, the document gets a 'timeout' error record", "10")
    .option("--max-bytes <size>", "read at most this much of a document (e.g. 500KB, 20MB); the rest is cut with a warning", "20MB")
    .option("-q, --quiet", "no progress bar")
    .option("-v, --verbose", "every failed document, stack traces for internal errors, and a summary line on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      await done(await runExtract(paths, flags, io));
    });
}

function parseTypes(list: string | undefined): EntityType[] | undefined {
  if (list === undefined) return undefined;
  const types = list.split(",").map((t) => t.trim()).filter(Boolean);
  // (`--types ,` had extracted nothing and `--types ''` everything, both without a word)
  if (!types.length) throw new UsageError(`--types names no entity type (expected some of: ${ENTITY_TYPES.join(", ")})`);
  for (const t of types) {
    if (!(ENTITY_TYPES as readonly string[]).includes(t)) {
      throw new UsageError(`unknown type '${t}' in --types (expected: ${ENTITY_TYPES.join(", ")})`);
    }
  }
  return types as EntityType[];
}

function parseReferenceDate(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCDate() !== +m[3] || d.getUTCMonth() !== +m[2] - 1) {
    throw new UsageError(`--reference-date must be a date as YYYY-MM-DD, not '${s}'`);
  }
  if (!anchorsDates(s)) throw new UsageError(`--reference-date must be a day in the years ${ANCHOR_YEARS.from} to ${ANCHOR_YEARS.to}, not '${s}'`);
  return s;
}

function parseJobs(s: string | undefined): number {
  if (s === undefined) return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length || 1;
  if (!/^\d+$/.test(s.trim()) || +s > 256) throw new UsageError(`--jobs must be a whole number from 0 to 256, not '${s}'`);
  return +s;
}

function parseTimeout(s: string | undefined): number {
  const n = Number(s ?? 10);
  if (!s || !Number.isFinite(n) || n <= 0) throw new UsageError(`--timeout must be a number of seconds above 0, not '${s}'`);
  return Math.round(n * 1000);
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

export function parseSize(s: string | undefined): number {
  if (s === undefined) return DEFAULT_MAX_BYTES;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]{0,2})\s*$/i.exec(s);
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  const n = m && unit ? Math.floor(+m[1] * unit) : 0;
  if (!n || n < 1) throw new UsageError(`--max-bytes must be a size such as 500000, 500KB or 20MB, not '${s}'`);
  return n;
}

export async function runExtract(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  const jobs = parseJobs(flags.jobs);
  const timeoutMs = parseTimeout(flags.timeout);
  const maxBytes = parseSize(flags.maxBytes);
  const types = parseTypes(flags.types);
  const referenceDate = parseReferenceDate(flags.referenceDate);
  let files: string[];
  try {
    files = listFiles(paths.length ? paths : ["-"]);
  } catch (e) {
    if (e instanceof MissingPathError) throw new UsageError(e.message);
    throw e;
  }
  if (files.filter((f) => f === "-").length > 1) throw new UsageError("standard input ('-') can be read only once");

  const signal = io.signal;
  let doneBytes = 0;
  let current: { bytesRead: number } | null = null;
  const showProgress = Boolean(io.stderrIsTTY) && !flags.quiet;
  const totalBytes = showProgress ? files.reduce((sum, f) => sum + sizeOf(f), 0) : 0;
  const progress = await startProgress(io.stderr, showProgress, totalBytes, () => doneBytes + (current?.bytesRead ?? 0));
  const raws = rawDocuments(files, {
    forced: flags.inputFormat,
    maxBytes,
    // read only for `-`
    get stdin() {
      return io.stdin;
    },
    signal,
    explicit: new Set(paths),
    onStream: (s) => {
      doneBytes += current?.bytesRead ?? 0;
      current = s;
    },
  });
  let workers = 0;
  const outcomes = runBatch(raws, {
    jobs,
    defaultJobs: flags.jobs === undefined,
    onWorkers: (n) => (workers = n),
    timeoutMs,
    signal,
    inputFormat: flags.inputFormat,
    maxBytes,
    lang: flags.lang,
    referenceDate,
    types,
    explain: flags.explain,
    includeText: flags.includeText,
  });

  const writer = makeWriter(flags.format, { pretty: io.isTTY });
  const started = Date.now();
  let count = 0;
  let failures = 0;
  // a reader that went away (`| head`) ends the run quietly; any other write error (a full
  // disk, an I/O error) would lose records behind a success: it is said, and the run fails
  let writeError: NodeJS.ErrnoException | undefined;
  const onWriteError = (e: NodeJS.ErrnoException) => {
    if (e?.code !== "EPIPE" && e?.code !== "ERR_STREAM_DESTROYED") writeError ??= e;
  };
  io.stdout.on("error", onWriteError);
  let open = await write(io.stdout, writer.begin());
  try {
    for await (const outcome of outcomes) {
      if (outcome.failure) {
        failures++;
        if (flags.verbose) {
          progress.stop();
          io.stderr.write(`kzbe: ${outcome.failure.where}: ${outcome.failure.code}: ${outcome.failure.message}\n`);
        }
      }
      const chunk = flags.format === "jsonl" ? outcome.json + "\n" : writer.record(JSON.parse(outcome.json) as OutputRecordT, count);
      open = open && (await write(io.stdout, chunk));
      count++;
      progress.document();
      if (!open) break;
    }
  } finally {
    progress.stop();
  }
  if (open) await write(io.stdout, writer.end(count));
  else await new Promise((resolve) => setImmediate(resolve)); // the stream's 'error' follows its write's callback
  io.stdout.off("error", onWriteError);
  if (writeError) {
    io.stderr.write(`kzbe: cannot write the output: ${describe(writeError)}\n`);
    return EXIT.documentFailed;
  }
  if (flags.verbose) {
    const where = workers ? `${workers} worker${workers > 1 ? "s" : ""}` : "in-process";
    io.stderr.write(`kzbe: ${count} documents, ${failures} errors, ${((Date.now() - started) / 1000).toFixed(2)} s (${where})\n`);
  }
  if (signal?.aborted) return EXIT.interrupted;
  return failures ? EXIT.documentFailed : EXIT.ok;
}

function sizeOf(file: string): number {
  if (file === "-") return 0;
  try {
    return fs.statSync(fsPath(file)).size;
  } catch {
    return 0;
  }
}
