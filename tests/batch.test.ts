// Batch runs: the worker pool keeps input order and gives the in-process
// output, a document over --timeout becomes a `timeout` record and the run goes
// on, shards run separately concatenate to the single run, progress only on a
// terminal, Ctrl-C writes what was finished and exits 130, `| head` is quiet.
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, article, recordsOf, runCli, tmpDir } from "./helpers.js";
import { runBatch, type BatchOptions } from "../src/run/batch.js";
import { adversarial } from "../src/bench/adversarial.js";
import type { RawDocument } from "../src/input/documents.js";

const BIN = path.join(ROOT, "bin", "kzbe.js");
const dump = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ id: `n${from + i}`, text: article(from + i) })).join("\n") + "\n";
const textDoc = (text: string): RawDocument => ({ source: { path: "d.txt", format: "text" }, name: "d.txt", bytes: Buffer.from(text), warnings: [] });
const batchJson = async (texts: string[], opts: BatchOptions) => {
  const out: string[] = [];
  for await (const o of runBatch((async function* () { yield* texts.map((t) => textDoc(t)); })(), opts)) out.push(o.json);
  return out;
};
const withoutPath = (rec: { source: Record<string, unknown> }) => ({ ...rec, source: { ...rec.source, path: null, line: null } });

describe("batch runs", () => {
  it("keeps input order with --jobs 2 and gives exactly the in-process records", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "dump.jsonl");
    fs.writeFileSync(file, dump(40) + "{broken\n" + dump(5, 40));
    const pooled = await runCli(["extract", "--jobs", "2", file]);
    const inline = await runCli(["extract", "--jobs", "0", file]);
    const recs = recordsOf(pooled.stdout);
    expect(recs).toHaveLength(46);
    expect(recs.map((r) => r.source.line)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    expect(recs[40].error.code).toBe("parse");
    expect(pooled.stdout).toBe(inline.stdout);
    expect(pooled.code).toBe(1);
  });

  it("turns a document over --timeout into a timeout record, replaces the worker and goes on", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "dump.jsonl");
    fs.writeFileSync(file, dump(12));
    // 1 ms cannot even start a worker: every document times out, and every one is accounted for
    const r = await runCli(["extract", "--jobs", "1", "--timeout", "0.001", file]);
    const recs = recordsOf(r.stdout);
    expect(recs).toHaveLength(12);
    for (const rec of recs) expect(rec.error).toMatchObject({ code: "timeout", message: expect.stringMatching(/--timeout/) });
    expect(r.code).toBe(1);
    const ok = await runCli(["extract", "--jobs", "1", "--timeout", "30", file]);
    expect(recordsOf(ok.stdout).filter((x) => x.error)).toEqual([]);
  });

  it("gives, over shards run separately and concatenated, the single run's records", async () => {
    const all = dump(30);
    const lines = all.trimEnd().split("\n");
    const shards = [lines.slice(0, 7), lines.slice(7, 19), lines.slice(19)].map((s) => s.join("\n") + "\n");
    const single = recordsOf((await runCli(["extract", "-"], all)).stdout);
    const parts: unknown[] = [];
    for (const shard of shards) parts.push(...recordsOf((await runCli(["extract", "-"], shard)).stdout));
    // line numbers count within each input; everything else is the same
    expect(parts.map((r) => withoutPath(r as never))).toEqual(single.map(withoutPath));
    expect(single).toHaveLength(30);
  });

  it("shows progress only on a terminal and not with --quiet; --verbose adds a summary line", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "a.txt");
    fs.writeFileSync(file, article(1));
    const tty = await runCli(["extract", "--jobs", "0", file, file], "", { stderrIsTTY: true });
    expect(tty.stderr).toMatch(/docs\/s/);
    const quiet = await runCli(["extract", "--jobs", "0", "--quiet", file], "", { stderrIsTTY: true });
    expect(quiet.stderr).toBe("");
    const pipe = await runCli(["extract", "--jobs", "0", file]);
    expect(pipe.stderr).toBe("");
    const verbose = await runCli(["extract", "--jobs", "0", "--verbose", file, file]);
    expect(verbose.stderr).toMatch(/^kzbe: 2 documents, 0 errors, [\d.]+ s \(in-process\)\n$/);
  });

  it("runs a few hundred documents in-process by default, and in workers when --jobs asks", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "dump.jsonl");
    fs.writeFileSync(file, dump(40));
    // a pool's workers each compile the rules again: for 40 documents that costs more than it saves
    const auto = await runCli(["extract", "--verbose", file]);
    expect(auto.stderr).toMatch(/^kzbe: 40 documents, 0 errors, [\d.]+ s \(in-process\)\n$/);
    const asked = await runCli(["extract", "--verbose", "--jobs", "2", file]);
    expect(asked.stderr).toMatch(/\(2 workers\)\n$/);
    expect(asked.stdout).toBe(auto.stdout);
  });

  it("starts no more than twice the cores' workers, however many --jobs asks for", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "dump.jsonl");
    fs.writeFileSync(file, dump(300));
    const r = await runCli(["extract", "--verbose", "--jobs", "256", file]);
    const { maxWorkers } = await import("../src/run/batch.js");
    expect(r.stderr).toMatch(new RegExp(`\\(${maxWorkers()} workers\\)\n$`));
    expect(maxWorkers()).toBeLessThan(256);
    expect(recordsOf(r.stdout)).toHaveLength(300);
  });

  it("runs a single document over the in-process limit in a worker, where --timeout holds", async () => {
    const dir = tmpDir();
    const file = path.join(dir, "huge.txt");
    // ~4.5 MB of press releases: several seconds of work, which nothing could stop in-process
    fs.writeFileSync(file, Array.from({ length: 15_000 }, (_, i) => article(i)).join("\n\n"));
    const r = await runCli(["extract", "--verbose", "--timeout", "1", file]);
    expect(recordsOf(r.stdout).map((x) => x.error?.code)).toEqual(["timeout"]);
    expect(r.stderr).toMatch(/\(1 worker\)\n$/);
    expect(r.code).toBe(1);
  }, 30_000);

  it("starts each document's --timeout clock when its worker starts it, not when its task was queued", async () => {
    // forty 100 KB runs of digits take ~0.15 s each (a first one in a new worker ~0.5 s): a task of
    // all forty takes twice the 3 s limit, each document far under it, on a busy machine too
    const texts = Array.from({ length: 40 }, () => adversarial(100_000).digitRun);
    const pooled = await batchJson(texts, { jobs: 1, timeoutMs: 3000, task: { docs: 40, bytes: 1 << 30 } });
    const [inline] = await batchJson(texts.slice(0, 2), { jobs: 0, timeoutMs: 3000 });
    expect(pooled).toHaveLength(40);
    expect(pooled.filter((j) => j !== inline)).toEqual([]);
  }, 60_000);

  it("gives a timeout record to the slow document alone and runs the rest of its task in the new worker", async () => {
    // 3 MB of digits take ~5 s; a press release takes milliseconds, a first one in a new worker well under 2 s
    const texts = Array.from({ length: 40 }, (_, i) => (i === 10 ? adversarial(3_000_000).digitRun : article(i)));
    const pooled = await batchJson(texts, { jobs: 1, timeoutMs: 2000 });
    const codes = pooled.map((j) => JSON.parse(j).error?.code ?? "ok");
    expect(codes.filter((c) => c !== "ok")).toEqual(["timeout"]);
    expect(codes[10]).toBe("timeout");
    const inline = await batchJson(texts.filter((_, i) => i !== 10), { jobs: 0, timeoutMs: 2000 });
    expect(pooled.filter((_, i) => i !== 10)).toEqual(inline);
  }, 60_000);

  it("rejects bad --jobs, --timeout and --max-bytes as usage errors", async () => {
    for (const argv of [["--jobs", "two"], ["--timeout", "0"], ["--timeout", "soon"], ["--max-bytes", "lots"], ["--max-bytes", "0"]]) {
      const r = await runCli(["extract", ...argv, "-"], "text");
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
  });
});

describe("the built binary on a stream", () => {
  it("writes the finished records and exits 130 at Ctrl-C", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "--jobs", "2", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.stdin.write(dump(20)); // and the pipe stays open, as a slow producer's would
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("no output in 20 s")), 20_000);
      child.stdout.on("data", () => {
        if (out.includes("\n")) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    const recs = recordsOf(out);
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.length).toBeLessThanOrEqual(20);
    expect(recs.map((r) => r.source.line)).toEqual(recs.map((_, i) => i + 1));
    expect(err).toBe("");
  }, 30_000);

  it("at SIGTERM (timeout, kill, a scheduler) writes the finished records, closes the JSON array and exits 143", async () => {
    const child = spawn(process.execPath, [BIN, "extract", "--jobs", "2", "--format", "json", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (err += c));
    child.stdin.write(dump(20));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("no output in 20 s")), 20_000);
      child.stdout.on("data", () => {
        if (out.includes("}")) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(143);
    // killed where it stood, the array had no `]` and no JSON reader took it
    const recs = JSON.parse(out) as { source: { line: number } }[];
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.map((r) => r.source.line)).toEqual(recs.map((_, i) => i + 1));
    expect(err).toBe("");
  }, 30_000);

  it("ends quietly when the reader closes early (| head)", () => {
    const dir = tmpDir();
    const file = path.join(dir, "dump.jsonl");
    fs.writeFileSync(file, dump(200));
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" extract --jobs 2 "${file}" | head -n 2`], { encoding: "utf8", timeout: 60_000 });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(2);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 60_000);
});
