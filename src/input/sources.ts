// Raw documents from the paths on the command line, streamed: a plain file is
// one document, a JSONL file one per line, an archive (tar, zip, WARC, gzip)
// one per member. Nothing is decoded or parsed here, that happens in a worker;
// nothing is read ahead of the consumer, so memory stays flat. Archive readers
// load only when an archive is met (cold start of the text path).
import fs from "node:fs";
import { promisify } from "node:util";
import path from "node:path";
import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import type { SourceT } from "../schema.js";
import { decodeBytes, utf16WithoutBom } from "./decode.js";
import { describe, formatOf, fsPath, looksLikeFeed, oneLine, type InputFormat, type RawDocument } from "./documents.js";
import { splitLines } from "./lines.js";

// the callback API, promised: fs/promises would load with it node's stream and readline
// modules, a few milliseconds of every start
const statOf = promisify(fs.stat);
const openOf = promisify(fs.open);
const fstatOf = promisify(fs.fstat);
const closeOf = promisify(fs.close);
const readFileOf = promisify(fs.readFile) as (fd: number) => Promise<Buffer>;
/** Plain files up to this size are read whole rather than streamed. */
const WHOLE_FILE = 4 * 1024 * 1024;

export interface ReadOptions {
  forced: InputFormat;
  maxBytes: number;
  stdin: Readable;
  /** the stream currently read from disk, so progress can ask how far it is */
  onStream?: (stream: { bytesRead: number }) => void;
  signal?: AbortSignal;
  /** paths named on the command line (read even when they are not regular files) */
  explicit?: ReadonlySet<string>;
}

export type ArchiveKind = "jsonl" | "tar" | "zip" | "warc" | "gzip";

/** The kind of container by file name; null for a plain document. */
export function archiveKind(name: string): ArchiveKind | null {
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(name)) return "jsonl";
  if (/\.(tar|tar\.gz|tgz)$/i.test(name)) return "tar";
  if (/\.zip$/i.test(name)) return "zip";
  // (Common Crawl's text extracts are WARC files too: `CC-MAIN-….warc.wet.gz`)
  if (/\.(warc|wet)(\.gz)?$/i.test(name)) return "warc";
  if (/\.gz$/i.test(name)) return "gzip";
  return null;
}

const SNIFF_BYTES = 65536;

function isDirectoryFd(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isDirectory();
  } catch {
    return false; // a closed descriptor: reading it says so
  }
}

export async function* rawDocuments(files: readonly string[], opts: ReadOptions): AsyncGenerator<RawDocument> {
  for (const file of files) {
    if (opts.signal?.aborted) return;
    yield* rawDocumentsOfFile(file, opts);
  }
}

async function* rawDocumentsOfFile(file: string, opts: ReadOptions): AsyncGenerator<RawDocument> {
  const sourcePath = file === "-" ? null : file;
  const base: SourceT = { path: sourcePath, format: opts.forced === "auto" ? "text" : opts.forced };
  let kind = file === "-" ? null : archiveKind(file);
  if (kind === "jsonl" && opts.forced !== "auto" && opts.forced !== "jsonl") kind = null;
  let stream: Readable;
  if (file === "-") {
    stream = opts.stdin;
    // `kzbe extract - < somedir` gives a directory on standard input, which reads as nothing at all
    const fd = (stream as { fd?: unknown }).fd;
    if (typeof fd === "number" && isDirectoryFd(fd)) {
      yield unreadable(base, "unreadable", "standard input is a directory");
      return;
    }
  } else {
    let fd: number;
    let size: number;
    try {
      // a FIFO or socket met in a directory walk would block the run: only one named on the command line is read
      const stat = await statOf(fsPath(file));
      size = stat.isFile() ? stat.size : Infinity;
      if (!stat.isFile() && !stat.isDirectory() && !opts.explicit?.has(file)) {
        throw new Error("not a regular file (FIFO, socket or device)");
      }
      fd = await openOf(fsPath(file), "r");
      if ((await fstatOf(fd)).isDirectory()) {
        await closeOf(fd);
        throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      }
    } catch (e) {
      yield unreadable(base, "unreadable", describe(e));
      return;
    }
    if (kind === "zip") {
      await closeOf(fd); // yauzl reads by offset, from its own descriptor
      yield* guard(base, async function* () {
        const { zipMembers } = await import("./archives/zip.js");
        yield* zipMembers(fsPath(file), base, opts);
      });
      return;
    }
    if (kind === null && size <= WHOLE_FILE) {
      // a plain file of a few megabytes is read at once: a file stream would load fs/promises
      // and the stream and readline modules with it, a few milliseconds of a one-file run
      let bytes: Buffer;
      try {
        bytes = await readFileOf(fd);
      } catch (e) {
        yield unreadable(base, "unreadable", describe(e));
        return;
      } finally {
        await closeOf(fd);
      }
      opts.onStream?.({ bytesRead: bytes.length });
      yield* guard(base, () => documentsOfStream((async function* () { yield bytes; })(), file, base, opts));
      return;
    }
    const fileStream = fs.createReadStream(file, { fd, highWaterMark: 256 * 1024 });
    opts.onStream?.(fileStream);
    stream = fileStream;
  }
  try {
    if (kind === "tar" || kind === "warc") {
      yield* guard(base, () => streamedArchive(kind, stream, file, base, opts));
    } else {
      // a `.gz` must be gzip (as for `gzip -d`); a gzip under another name is found by its magic bytes
      const gz = kind === "gzip" || (kind === "jsonl" && /\.gz$/i.test(file));
      const name = gz ? file.replace(/\.gz$/i, "") : file;
      yield* guard(base, () => documentsOfStream(gz ? gunzipMembers(stream) : stream, name, base, opts, kind === "jsonl", false, gz));
    }
  } finally {
    if (file !== "-") stream.destroy();
  }
}

/**
 * The documents of one byte stream (a file, standard input, an archive member):
 * JSONL (by name, --input-format or content) gives one per line, anything else
 * one document of at most `maxBytes` bytes. Reading a document stops past
 * `maxBytes` (an endless stream, `/dev/zero` or `yes |`, or a gzip bomb would
 * never end), unless `readToEnd`: a tar member is read to its end, so the
 * archive can go on to its next member.
 */
export async function* documentsOfStream(
  stream: AsyncIterable<Uint8Array>,
  name: string,
  source: SourceT,
  opts: ReadOptions,
  isJsonl = false,
  readToEnd = false,
  gunzipped = false,
): AsyncGenerator<RawDocument> {
  // a slow stream (a pipe kept open) is sniffed on what it gave: a kilobyte and a whole line do
  const { head: headBytes, it, whole: rest } = await peek(stream, SNIFF_BYTES, 1024);
  // gzip by its magic bytes where no name said so: `cat dump.jsonl.gz |`, a gzipped archive member,
  // a gzip saved as `.txt` (once: a gzip quine, which inflates to itself, would never end)
  if (!gunzipped && isGzip(headBytes)) {
    const inner = name.replace(/\.gz$/i, "");
    yield* documentsOfStream(gunzipMembers(rest()), inner, source, opts, isJsonl || archiveKind(inner) === "jsonl", readToEnd, true);
    // what follows the last gzip member is not read by the inflater: a member of an archive is read to its end all the same
    if (readToEnd) await drain(it);
    return;
  }
  // an archive by its magic bytes where no name said so: `tar cf - dir |`, a WARC or zip on standard
  // input, a `.tar.gz` saved as `.gz`, an archive member named `.bin`
  const magic = archiveByMagic(headBytes);
  if (magic && nestedDepth(source) <= MAX_NESTING && !(magic === "zip" && PACKAGE_EXT.test(name))) {
    yield* archiveDocuments(magic, rest(), name, source, opts);
    if (readToEnd) await drain(it);
    return;
  }
  // a JSON array (or one object over several lines) saved as `.jsonl` is read as JSON, not as lines that each fail
  const format = isJsonl ? (jsonShape(headText(headBytes)) ?? "jsonl") : sniffFormat(name, headBytes, opts.forced);
  const utf16 =
    (headBytes.length >= 2 && ((headBytes[0] === 0xff && headBytes[1] === 0xfe) || (headBytes[0] === 0xfe && headBytes[1] === 0xff))) ||
    utf16WithoutBom(headBytes) !== null;
  if (format === "jsonl" && !utf16) {
    for await (const line of splitLines(rest(), opts.maxBytes)) {
      if (opts.signal?.aborted) break;
      const at: SourceT = { ...source, format: "jsonl", line: line.number };
      if (line.text === null) {
        yield unreadable(at, "too_large", `line ${line.number}: ${line.bytes} bytes, over --max-bytes (${opts.maxBytes})`);
        continue;
      }
      if (!line.text.trim()) continue;
      yield { source: at, name, line: line.text, warnings: line.warnings };
    }
    await drain(it);
    return;
  }
  // one document: keep at most maxBytes, read (and drop) the rest
  const kept: Buffer[] = [];
  let size = 0;
  let stopped = false;
  for await (const chunk of rest()) {
    if (size < opts.maxBytes) kept.push(Buffer.from(chunk.buffer, chunk.byteOffset, Math.min(chunk.length, opts.maxBytes - size)));
    size += chunk.length;
    if (size > opts.maxBytes && !readToEnd) {
      stopped = true;
      break;
    }
  }
  if (stopped) await it.return?.(); // a file or member stream is closed, not read on
  const warnings: string[] = [];
  let bytes: Buffer = Buffer.concat(kept);
  if (size > opts.maxBytes) {
    bytes = cutOnCharacter(bytes, utf16);
    const total = stopped ? "more than --max-bytes" : `${size} bytes, over --max-bytes`;
    warnings.push(`truncated: ${total} (${opts.maxBytes}); only the first ${bytes.length} bytes read`);
  }
  if (format === "jsonl") {
    // UTF-16 JSONL is rare enough to be split in memory
    const text = decodeBytes(bytes).text;
    let n = 0;
    for (const line of text.split(/\r\n|\r|\n/)) {
      n++;
      if (line.trim()) yield { source: { ...source, format: "jsonl", line: n }, name, line, warnings: [...warnings] };
    }
    return;
  }
  if (format === "feed") {
    yield* feedDocuments(bytes, name, source, warnings);
    return;
  }
  if (format === "json") {
    // (a `.jsonl` that only opens like JSON, `[…]` on each line, is read line by line after all)
    yield* jsonArrayDocuments(bytes, name, source, warnings, isJsonl && size <= opts.maxBytes);
    return;
  }
  yield { source, name, bytes, warnings };
}

/** Archives inside archives are read this many levels deep (a zip that holds itself, as a zip quine does, would never end). */
const MAX_NESTING = 3;

/**
 * The documents of an archive member (`source.entry` names it): those of an archive
 * inside the archive (monthly zips in a yearly tar), each named `outer!inner`, else
 * what documentsOfStream makes of it. A tar or WARC member is streamed; a zip member
 * is read whole (a zip is read from its end), so one over --max-bytes is an error.
 */
export async function* memberDocuments(stream: AsyncIterable<Uint8Array>, name: string, source: SourceT, opts: ReadOptions, readToEnd: boolean): AsyncGenerator<RawDocument> {
  const kind = archiveKind(name);
  if (nestedDepth(source) <= MAX_NESTING && (kind === "tar" || kind === "warc" || kind === "zip")) {
    yield* archiveDocuments(kind, stream, name, source, opts);
  } else {
    yield* documentsOfStream(stream, name, source, opts, kind === "jsonl", readToEnd);
  }
}

/** How many archives deep a stream is: 1 for a file's own stream or a member of a file's archive. */
const nestedDepth = (source: SourceT) => (source.entry ?? "").split("!").length;

/** The documents of an archive in a stream (a member, standard input): a zip, read from its end, is read whole up to --max-bytes. */
async function* archiveDocuments(kind: "tar" | "warc" | "zip", stream: AsyncIterable<Uint8Array>, name: string, source: SourceT, opts: ReadOptions): AsyncGenerator<RawDocument> {
  if (kind !== "zip") {
    yield* streamedArchive(kind, stream, name, source, opts);
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size <= opts.maxBytes) parts.push(Buffer.from(chunk));
  }
  if (size > opts.maxBytes) {
    const what = source.entry !== undefined ? `member '${name}': a zip inside an archive` : "a zip on standard input";
    yield unreadable(source, "too_large", `${what} is read whole, and it is ${size} bytes, over --max-bytes (${opts.maxBytes})`);
    return;
  }
  const { zipMembers } = await import("./archives/zip.js");
  yield* zipMembers(Buffer.concat(parts), source, opts, true);
}

/** Files that are zips but are one document each, not archives of documents (office files, e-books, packages): one `decode` error, as before. */
const PACKAGE_EXT = /\.(docx|docm|xlsx|xlsm|pptx|odt|ods|odp|odg|epub|jar|war|apk|ipa|xpi|whl|nupkg|vsix|kmz|pages|numbers|key)$/i;

/**
 * An archive by the bytes it opens with: a WARC's version line, a zip's first local header (or
 * the end record of an empty zip), a POSIX tar's `ustar` magic in a header whose checksum holds.
 */
function archiveByMagic(head: Uint8Array): "tar" | "zip" | "warc" | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6))) return "zip";
  if (head.length >= 10 && /^WARC\/\d+\.\d+\r?\n/.test(Buffer.from(head.subarray(0, 16)).toString("latin1"))) return "warc";
  if (head.length >= 512 && Buffer.from(head.subarray(257, 262)).toString("latin1") === "ustar") {
    const stored = parseInt(Buffer.from(head.subarray(148, 156)).toString("latin1").replace(/[\0 ]+$/, "").trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : head[i];
    if (stored === sum) return "tar";
  }
  return null;
}

/** The documents of a tar or WARC archive, read as a stream: gunzipped when its name says so or its bytes are gzip. */
async function* streamedArchive(kind: "tar" | "warc", stream: AsyncIterable<Uint8Array>, name: string, source: SourceT, opts: ReadOptions): AsyncGenerator<RawDocument> {
  if (kind === "tar") {
    const { tarMembers } = await import("./archives/tar.js");
    yield* tarMembers(await ungzipped(stream, /\.(tgz|gz)$/i.test(name)), source, opts);
  } else {
    const { warcRecords } = await import("./archives/warc.js");
    // gunzipped here, not by warcio: warcio ends quietly at a cut gzip member, dropping its record
    yield* warcRecords(await ungzipped(stream, /\.gz$/i.test(name)), source, opts);
  }
}

/** A member's entry: its name, after the entry of the archive member it is in (`inner.zip!a.txt`). */
export function memberEntry(base: SourceT, name: string): string {
  return base.entry !== undefined ? `${base.entry}!${name}` : name;
}

const FEED_EXT = /\.(rss|atom)$/i;

function sniffFormat(name: string, head: Buffer, forced: InputFormat): "text" | "html" | "jsonl" | "feed" | "json" {
  if (forced !== "auto") return forced;
  const text = headText(head);
  if (FEED_EXT.test(name) || looksLikeFeed(text.slice(0, 1024))) return "feed";
  return jsonShape(text) ?? formatOf(name, text, forced);
}

/** The first bytes of a stream as text ("" when they are binary: the document fails with `decode` when it is decoded). */
function headText(head: Buffer): string {
  try {
    return decodeBytes(head).text;
  } catch {
    return "";
  }
}

/**
 * `json` when a text opens as a JSON array of documents (`[{"text": …}, …]`, as a dump or an API
 * answer gives them) or as one JSON object written over several lines (`json.dump(doc, indent=2)`):
 * one document, not a JSONL file of broken lines, since its first line, read whole, is no object of its own.
 */
function jsonShape(text: string): "json" | null {
  if (/^\uFEFF?\s*\[\s*\{/.test(text) && /"(text|html)"\s*:/.test(text)) return "json";
  const firstLine = /^\uFEFF?\s*(\{[^\n]*)\n/.exec(text)?.[1].trim();
  if (firstLine !== undefined && !firstLine.endsWith("}") && /"(text|html)"\s*:/.test(text)) return "json";
  return null;
}

/** A container read whole (a feed, a JSON array) as text, its decoding warnings added to `warnings`; the error record when it cannot be decoded. */
function decodedWhole(bytes: Buffer, source: SourceT, warnings: string[]): string | RawDocument {
  try {
    const decoded = decodeBytes(bytes);
    warnings.push(...decoded.warnings);
    return decoded.text;
  } catch (e) {
    return unreadable(source, "decode", describe(e));
  }
}

/**
 * A JSON array's objects as documents, each read as a JSONL line would be (`source.entry` is its number, from 1);
 * one JSON object is one document. When it does not parse, `orLines` reads it as JSONL lines instead.
 */
async function* jsonArrayDocuments(bytes: Buffer, name: string, source: SourceT, warnings: string[], orLines = false): AsyncGenerator<RawDocument> {
  const text = decodedWhole(bytes, { ...source, format: "json" }, warnings);
  if (typeof text !== "string") {
    yield text;
    return;
  }
  let items: unknown;
  try {
    items = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    if (orLines) {
      let n = 0;
      for (const line of text.split(/\r\n|\r|\n/)) {
        n++;
        if (line.trim()) yield { source: { ...source, format: "jsonl", line: n }, name, line, warnings: [...warnings] };
      }
      return;
    }
    yield unreadable({ ...source, format: "json" }, "parse", `not a JSON array or object of documents (${describe(e)})`);
    return;
  }
  if (!Array.isArray(items)) {
    if (typeof items === "object" && items !== null) yield { source: { ...source, format: "jsonl" }, name, line: JSON.stringify(items), warnings };
    else yield unreadable({ ...source, format: "json" }, "parse", "not a JSON array of documents");
    return;
  }
  for (const [i, item] of items.entries()) {
    yield { source: { ...source, format: "jsonl", entry: String(i + 1) }, name, line: JSON.stringify(item) ?? "null", warnings: [...warnings] };
  }
}

/** A feed's items as documents (`source.entry` is the item's number), or the file as a page when it holds none. */
async function* feedDocuments(bytes: Buffer, name: string, source: SourceT, warnings: string[]): AsyncGenerator<RawDocument> {
  const xml = decodedWhole(bytes, source, warnings);
  if (typeof xml !== "string") {
    yield xml;
    return;
  }
  const { feedItems } = await import("./feed.js");
  const items = feedItems(xml);
  if (!items.length) {
    yield { source: { ...source, format: "html" }, name, bytes, format: "html", warnings };
    return;
  }
  for (const [i, item] of items.entries()) {
    // a headline-only item is its headline
    const body = item.body || item.title || "";
    const fields = { [/<[a-z!/]/i.test(body) ? "html" : "text"]: body, title: item.title, published: item.published, url: item.url, id: item.id };
    yield { source: { ...source, format: "feed", entry: String(i + 1) }, name, line: JSON.stringify(fields), warnings: [...warnings] };
  }
}

/** A cut of UTF-8 (or UTF-16) bytes that ends on a whole character. */
function cutOnCharacter(bytes: Buffer, utf16: boolean): Buffer {
  if (utf16) return bytes.subarray(0, bytes.length - (bytes.length % 2));
  let end = bytes.length;
  let back = 0;
  while (end > 0 && back < 4 && (bytes[end - 1] & 0xc0) === 0x80) {
    end--;
    back++;
  }
  // drop a lead byte whose sequence was cut
  if (end > 0 && bytes[end - 1] >= 0xc0) {
    const lead = bytes[end - 1];
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (back + 1 < need) end--;
    else end += back;
  } else end += back;
  return bytes.subarray(0, end);
}

async function drain(it: AsyncIterator<unknown>): Promise<void> {
  for (let next = await it.next(); !next.done; next = await it.next());
}

// node:zlib only for gzipped inputs: loading it cost a few ms of every start
const require = createRequire(import.meta.url);

/** Whether bytes open with a gzip member's magic number and its deflate method. */
function isGzip(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 8;
}

/** An archive's stream gunzipped when its name says so (`named`: it must be gzip), or when it opens with gzip's magic bytes (a gzipped member). */
export async function ungzipped(stream: AsyncIterable<Uint8Array>, named: boolean): Promise<Readable> {
  const { Readable: ReadableStream } = require("node:stream") as typeof import("node:stream");
  const { head, whole } = await peek(stream, 3);
  return ReadableStream.from(named || isGzip(head) ? gunzipMembers(whole()) : whole(), { objectMode: false });
}

/**
 * The first bytes of a stream, `size` of them or all it has (or, past `lineAfter` bytes, up to the end of the
 * piece that holds a line end), and the whole stream again from its first byte.
 */
async function peek(
  stream: AsyncIterable<Uint8Array>,
  size: number,
  lineAfter = Infinity,
): Promise<{ head: Buffer; it: AsyncIterator<Uint8Array>; whole: () => AsyncGenerator<Uint8Array> }> {
  const it = stream[Symbol.asyncIterator]();
  const pieces: Buffer[] = [];
  let got = 0;
  let ended = false;
  while (got < size) {
    const next = await it.next();
    if (next.done) {
      ended = true;
      break;
    }
    pieces.push(Buffer.from(next.value));
    got += next.value.length;
    if (got >= lineAfter && next.value.includes(10)) break;
  }
  const head = Buffer.concat(pieces);
  const whole = async function* () {
    yield head;
    if (!ended) for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  };
  return { head, it, whole };
}

/**
 * The bytes of a gzip stream, member after member. What follows the last member
 * and opens no other (trailing garbage: a download's padding, an appended
 * signature) is ignored, as `gzip -d` does; node's own gunzip fails there, and
 * drops with its error what it had decompressed of the chunk it was reading, so
 * a small file lost all its documents. Each member's trailer is checked, as
 * `gzip -d` does: a corrupt member whose deflate data happened to end early, or
 * a file cut inside a trailer, is an error (it read as the input's end, and the
 * members after it were lost in silence). Pulled by the consumer: one piece of
 * input is inflated only when the output before it has been read.
 */
/** Compressed bytes given to the inflater at a time: its output, read before the next, stays small. */
const PIECE = 16 * 1024;
/** A gzip member's trailer: CRC-32 and length. */
const TRAILER = 8;

async function* gunzipMembers(input: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const { createInflateRaw, crc32 } = require("node:zlib") as typeof import("node:zlib");
  let pending: Buffer = Buffer.alloc(0);
  let members = 0;
  /** the member that ended and whose trailer is still to be read: its CRC-32 and length */
  let ended: { crc: number; size: number } | null = null;
  let member: { inflate: import("node:zlib").InflateRaw; out: Buffer[]; done: Promise<void>; crc: number; size: number } | null = null;
  const open = () => {
    const inflate = createInflateRaw();
    const out: Buffer[] = [];
    const m = { inflate, out, done: Promise.resolve(), crc: 0, size: 0 };
    inflate.on("data", (b: Buffer) => {
      out.push(b);
      m.crc = crc32(b, m.crc);
      m.size = (m.size + b.length) >>> 0;
    });
    // (listened to from the start: the end can come before the write's callback returns)
    m.done = new Promise<void>((resolve, reject) => {
      inflate.once("end", resolve);
      inflate.once("error", reject);
    });
    m.done.catch(() => {});
    return m;
  };
  const write = (inflate: import("node:zlib").InflateRaw, b: Buffer) =>
    new Promise<void>((resolve, reject) => inflate.write(b, (e) => (e ? reject(e) : resolve())));

  for await (const chunk of input) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    pending = pending.length ? Buffer.concat([pending, bytes]) : bytes;
    while (pending.length) {
      if (!member) {
        if (ended) {
          if (pending.length < TRAILER) break;
          const crc = pending.readUInt32LE(0);
          const size = pending.readUInt32LE(4);
          if (crc !== ended.crc >>> 0 || size !== ended.size) throw gzipError(`invalid compressed data (the CRC-32 or length of gzip member ${members} does not match its data)`);
          ended = null;
          pending = pending.subarray(TRAILER);
        }
        // zero bytes between or after members pad a block (tape archives)
        if (members > 0) {
          let z = 0;
          while (z < pending.length && pending[z] === 0) z++;
          pending = pending.subarray(z);
        }
        if (!pending.length) break;
        const header = gzipHeaderLength(pending);
        if (header === 0) break;
        if (header < 0) {
          if (members === 0) throw gzipError("not in gzip format (incorrect header check)");
          return; // trailing garbage
        }
        pending = pending.subarray(header);
        member = open();
      }
      const piece = pending.subarray(0, PIECE);
      pending = pending.subarray(piece.length);
      const before = member.inflate.bytesWritten;
      await write(member.inflate, piece);
      yield* member.out.splice(0);
      const left = piece.length - (member.inflate.bytesWritten - before);
      if (left > 0) {
        // the member ended within this piece: the rest is its trailer, then another member or the end
        await member.done;
        yield* member.out.splice(0);
        pending = pending.length ? Buffer.concat([piece.subarray(piece.length - left), pending]) : piece.subarray(piece.length - left);
        ended = { crc: member.crc, size: member.size };
        member = null;
        members++;
      }
    }
    // a header still incomplete after a megabyte is no header
    if (!member && pending.length > 1024 * 1024) {
      if (members === 0) throw gzipError("not in gzip format (incorrect header check)");
      return;
    }
  }
  if (member) {
    member.inflate.end();
    await member.done;
    yield* member.out.splice(0);
    // (what the inflater gave of a cut member is kept above; its end is the error)
    ended = { crc: member.crc, size: member.size };
  }
  if (ended) {
    // a member cut inside its deflate data or its trailer (gzip -d: "unexpected end of file")
    throw gzipError("unexpected end of file");
  } else if (!member && (members === 0 || pending.length >= 2)) {
    // nothing at all, or a member cut inside its header (what is left here opens one, or it would have been returned on)
    throw gzipError("unexpected end of file");
  }
}

/** The length of the gzip member header that opens `b`: 0 when more bytes are needed to tell, -1 when none opens it. */
function gzipHeaderLength(b: Buffer): number {
  if ((b.length > 0 && b[0] !== 0x1f) || (b.length > 1 && b[1] !== 0x8b) || (b.length > 2 && b[2] !== 8)) return -1;
  if (b.length < 10) return 0;
  const flags = b[3];
  let p = 10;
  if (flags & 4) {
    if (b.length < p + 2) return 0;
    p += 2 + b.readUInt16LE(p);
  }
  for (const field of [8, 16]) {
    if (!(flags & field)) continue;
    const end = b.indexOf(0, p);
    if (end < 0) return 0;
    p = end + 1;
  }
  if (flags & 2) p += 2;
  return b.length >= p ? p : 0;
}

function gzipError(message: string): Error {
  return Object.assign(new Error(message), { code: "Z_DATA_ERROR" });
}

/** Runs a reader; a failure after some documents gives one error record and the run goes on. */
async function* guard(source: SourceT, read: () => AsyncGenerator<RawDocument>): AsyncGenerator<RawDocument> {
  let last: SourceT = source;
  try {
    for await (const doc of read()) {
      last = doc.source;
      yield doc;
    }
  } catch (e) {
    const at: SourceT = { path: source.path, format: source.format };
    if (last.entry !== undefined) at.entry = last.entry;
    yield unreadable(at, errorCode(e), readError(e, last));
  }
}

export function unreadable(source: SourceT, code: NonNullable<RawDocument["error"]>["code"], message: string): RawDocument {
  return { source, name: source.entry ?? source.path ?? "-", warnings: [], error: { code, message: oneLine(message) } };
}

/** zlib failures are `decode`, a malformed archive `parse`, the file system `unreadable`. */
export function errorCode(e: unknown): "decode" | "parse" | "unreadable" {
  const code = String((e as NodeJS.ErrnoException)?.code ?? "");
  if (code.startsWith("Z_") || /incorrect header check|unexpected end of file|invalid (block|distance|stored)/i.test(String((e as Error)?.message))) {
    return "decode";
  }
  if (/^E[A-Z]+$/.test(code) && code !== "ERR_STREAM_PREMATURE_CLOSE") return "unreadable";
  return "parse";
}

function readError(e: unknown, last: SourceT): string {
  const after = last.entry !== undefined ? ` after member '${last.entry}'` : last.line !== undefined ? ` after line ${last.line}` : "";
  return `${path.basename(last.path ?? "stdin")}: ${describe(e)}${after}`;
}
