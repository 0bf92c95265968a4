// Output formats: each writer turns records into chunks of text, streamed one
// record at a time.
import type { OutputRecordT } from "../schema.js";
import { csvHeader, csvRows } from "./csv.js";

export const FORMATS = ["jsonl", "json", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export interface Writer {
  begin(): string;
  record(r: OutputRecordT, index: number): string;
  end(count: number): string;
}

export function makeWriter(format: Format, opts: { pretty: boolean }): Writer {
  const writers: Record<Format, () => Writer> = {
    jsonl: () => ({ begin: () => "", record: (r) => JSON.stringify(r) + "\n", end: () => "" }),
    json: () => ({
      begin: () => "[",
      record: (r, i) => (i ? "," : "") + "\n" + (opts.pretty ? indent(JSON.stringify(r, null, 2)) : JSON.stringify(r)),
      end: (n) => (n ? "\n]\n" : "]\n"),
    }),
    csv: () => ({ begin: csvHeader, record: (r) => csvRows(r), end: () => "" }),
  };
  return writers[format]();
}

const indent = (s: string) => s.replace(/^/gm, "  ");
