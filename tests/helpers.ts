// Shared test helpers: the CLI run in-process against in-memory streams.
import { PassThrough, Readable } from "node:stream";
import fs from "node:fs";
import path from "node:path";
import { run } from "../src/cli/main.js";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const FIXTURES = path.join(ROOT, "fixtures");

export function fixtureFiles(): string[] {
  return ["en", "nl"].flatMap((l) =>
    fs
      .readdirSync(path.join(FIXTURES, l))
      .sort()
      .map((f) => path.join(FIXTURES, l, f)),
  );
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], stdin = ""): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on("data", (c) => chunks.push(String(c)));
  err.on("data", (c) => errs.push(String(c)));
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout: out, stderr: err, isTTY: false });
  return { code, stdout: chunks.join(""), stderr: errs.join("") };
}

/** Code-point slice, as the contract defines offsets. */
export const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");
