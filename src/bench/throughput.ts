// Throughput section of `npm run bench`, measured in one run on the fixtures
// cycled to 5,000 documents: kzbe end to end in one process on one core, against
// compromise's bare nlp(text) on the same documents; cold start of the CLI;
// peak RSS over 100,000 documents; the speed-up of --jobs 2 over --jobs 1; and
// the slowest rule on adversarial input.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { processRaw } from "../process.js";
import type { RawDocument } from "../input/documents.js";
import { adversarial, timeRules } from "./adversarial.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = path.join(ROOT, "bin", "kzbe.js");
const DOCS = 5000;

function corpus(): string[] {
  const texts = ["en", "nl"].flatMap((l) =>
    fs
      .readdirSync(path.join(ROOT, "fixtures", l))
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => fs.readFileSync(path.join(ROOT, "fixtures", l, f), "utf8")),
  );
  return Array.from({ length: DOCS }, (_, i) => texts[i % texts.length]);
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function kzbeInProcess(docs: string[]): Promise<{ seconds: number; bytes: number }> {
  const raws: RawDocument[] = docs.map((text, i) => ({ source: { path: `doc${i}.txt`, format: "text" }, name: `doc${i}.txt`, bytes: Buffer.from(text), warnings: [] }));
  for (const raw of raws.slice(0, 200)) JSON.stringify(await processRaw(raw, {})); // warm-up
  const started = performance.now();
  for (const raw of raws) JSON.stringify(await processRaw(raw, {}));
  return { seconds: (performance.now() - started) / 1000, bytes: raws.reduce((s, r) => s + r.bytes!.length, 0) };
}

async function compromiseBare(docs: string[]): Promise<{ seconds: number; bytes: number; n: number }> {
  const { default: nlp } = (await import("compromise")) as unknown as { default: (t: string) => unknown };
  const sample = docs.slice(0, 600); // at ~6 ms a document, a sample says the same as all 5,000
  for (const t of sample.slice(0, 20)) nlp(t);
  const started = performance.now();
  for (const t of sample) nlp(t);
  return { seconds: (performance.now() - started) / 1000, bytes: sample.reduce((s, t) => s + Buffer.byteLength(t), 0), n: sample.length };
}

/** Median wall milliseconds of each command, run in turns so that both meet the same load (the first turn warms the file cache). */
function walls(commands: string[][], runs: number): number[] {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < runs + 1; i++) {
    commands.forEach((argv, c) => {
      const started = performance.now();
      spawnSync(argv[0], argv.slice(1), { stdio: "ignore" });
      if (i > 0) times[c].push(performance.now() - started);
    });
  }
  return times.map(median);
}

/** Runs the CLI on a stream of `n` JSONL documents; wall seconds and peak RSS (MB) from /usr/bin/time when there is one. */
async function cliRun(docs: string[], n: number, jobs: number): Promise<{ seconds: number; rssMb: number | null; records: number }> {
  const hasTime = fs.existsSync("/usr/bin/time");
  const args = [BIN, "extract", "--jobs", String(jobs), "--quiet", "--input-format", "jsonl", "-"];
  const child = hasTime
    ? spawn("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { stdio: ["pipe", "pipe", "pipe"] })
    : spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
  let records = 0;
  let err = "";
  child.stdout.on("data", (c: Buffer) => {
    for (const b of c) if (b === 10) records++;
  });
  child.stderr.on("data", (c) => (err += c));
  const started = performance.now();
  const lines = docs.map((text, i) => JSON.stringify({ id: String(i), text }) + "\n");
  for (let i = 0; i < n; i++) {
    if (!child.stdin.write(lines[i % lines.length])) await new Promise((r) => child.stdin.once("drain", r));
  }
  child.stdin.end();
  await new Promise((r) => child.on("close", r));
  const seconds = (performance.now() - started) / 1000;
  const kb = hasTime ? Number(/(\d+)\s*$/.exec(err.trim())?.[1]) : NaN;
  return { seconds, rssMb: Number.isFinite(kb) ? kb / 1024 : null, records };
}

export async function run(): Promise<void> {
  console.log(`== throughput (fixtures cycled to ${DOCS} documents, ${os.cpus().length} cores) ==`);
  const docs = corpus();
  const k = await kzbeInProcess(docs);
  const kMbs = mb(k.bytes) / k.seconds;
  console.log(`kzbe end to end, one process, one core: ${kMbs.toFixed(2)} MB/s, ${(DOCS / k.seconds).toFixed(0)} docs/s (${((k.bytes / DOCS) / 1024).toFixed(1)} KB a document)`);
  const c = await compromiseBare(docs);
  const cMbs = mb(c.bytes) / c.seconds;
  console.log(`compromise bare nlp(text): ${cMbs.toFixed(2)} MB/s, ${(c.n / c.seconds).toFixed(0)} docs/s (on ${c.n} of the documents)`);
  console.log(`ratio kzbe / compromise: ${(kMbs / cMbs).toFixed(1)}x (target >= 15x)`);

  const file = path.join(ROOT, "fixtures", "en", fs.readdirSync(path.join(ROOT, "fixtures", "en")).sort()[0]);
  const [cold, bare] = walls([[process.execPath, BIN, "extract", file], [process.execPath, "-e", ""]], 9);
  console.log(`cold start, kzbe extract on one file: ${cold.toFixed(0)} ms vs node -e '': ${bare.toFixed(0)} ms (${(cold / bare).toFixed(2)}x, target <= 3x)`);

  const one = await cliRun(docs, DOCS, 1);
  const two = await cliRun(docs, DOCS, 2);
  console.log(
    `--jobs 1: ${(DOCS / one.seconds).toFixed(0)} docs/s, --jobs 2: ${(DOCS / two.seconds).toFixed(0)} docs/s, speed-up ${(one.seconds / two.seconds).toFixed(2)}x (target >= 1.8x)`,
  );
  const small = await cliRun(docs, 20_000, os.cpus().length);
  // over a longer run each worker's warm-up (V8 optimizing the rules' code in every worker) weighs less
  const smallOne = await cliRun(docs, 20_000, 1);
  console.log(
    `over 20,000 documents: --jobs 1: ${(20_000 / smallOne.seconds).toFixed(0)} docs/s, --jobs ${os.cpus().length}: ${(20_000 / small.seconds).toFixed(0)} docs/s, speed-up ${(smallOne.seconds / small.seconds).toFixed(2)}x`,
  );
  const big = await cliRun(docs, 100_000, os.cpus().length);
  const rss = (r: typeof big) => (r.rssMb === null ? "n/a" : `${r.rssMb.toFixed(0)} MB`);
  console.log(
    `peak RSS: ${rss(small)} over 20,000 documents, ${rss(big)} over 100,000 (${big.records} records, ${(100_000 / big.seconds).toFixed(0)} docs/s; target <= 300 MB, flat); ` +
      `over ${DOCS}: ${rss(one)} with --jobs 1, ${rss(two)} with --jobs 2`,
  );

  const times = timeRules(adversarial(256 * 1024));
  const slowest = times.slice(0, 3).map((t) => `${t.id} on ${t.input} ${t.ms.toFixed(0)} ms`);
  console.log(`slowest rules on 256 KB adversarial inputs: ${slowest.join("; ")}`);
}
