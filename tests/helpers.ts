// Shared test helpers: the CLI run in-process against in-memory streams.
import { PassThrough, Readable } from "node:stream";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import crypto from "node:crypto";
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

export async function runCli(argv: string[], stdin: string | Buffer = "", io: { stderrIsTTY?: boolean; signal?: AbortSignal } = {}): Promise<CliResult> {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errs: string[] = [];
  out.on("data", (c) => chunks.push(String(c)));
  err.on("data", (c) => errs.push(String(c)));
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout: out, stderr: err, isTTY: false, ...io });
  return { code, stdout: chunks.join(""), stderr: errs.join("") };
}

/**
 * Milliseconds of CPU this process has spent since `since` (process.cpuUsage of the test file's own process):
 * a bound on the work an input costs that holds however loaded the machine is, where wall time does not.
 */
export const cpuMs = (since: NodeJS.CpuUsage = { user: 0, system: 0 }) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** Code-point slice, as the contract defines offsets. */
export const cpSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join("");

export const recordsOf = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

export function tmpDir(prefix = "kzbe-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Press-release-like sentences of our own, in both languages, to build inputs from. */
export const SENTENCES = [
  "On 12 March 2021 the Ambassador of Kazakhstan to Belgium, Mr Nurlan Seitkali, visited the Port of Antwerp.",
  "The two companies signed a memorandum of understanding on logistics cooperation.",
  "Trade between the countries grew by 14.5% to more than 2 billion euros in 2022.",
  "Op 4 mei 2020 bezocht minister Jan De Smet de haven van Aktau met een delegatie van 25 bedrijven.",
  "De partijen ondertekenden een overeenkomst over de bouw van een windpark van 100 MW.",
  "Meer dan 1,5 miljoen ton graan werd vorig jaar via de haven verscheept.",
];

export function article(i: number): string {
  const n = SENTENCES.length;
  return [SENTENCES[i % n], SENTENCES[(i + 1) % n], SENTENCES[(i + 3) % n], `Document number ${i}.`].join(" ");
}

/** A stored (uncompressed) zip archive, written by hand so the tests need no zip tool. */
export function storedZip(members: { name: string; data: Buffer; method?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const name = Buffer.from(m.name, "utf8");
    const crc = crc32(m.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(m.method ?? 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(m.method ?? 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(m.data.length, 20);
    central.writeUInt32LE(m.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, m.data);
    centrals.push(central, name);
    offset += 30 + name.length + m.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** One WARC response record holding an HTTP response. */
export function warcResponse(url: string, date: string, contentType: string, body: string, status = "200 OK"): Buffer {
  const http = Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${contentType}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const head =
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: ${date}\r\n` +
    `WARC-Record-ID: <urn:uuid:${crypto.randomUUID()}>\r\nContent-Type: application/http; msgtype=response\r\n` +
    `Content-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from("\r\n\r\n")]);
}
