// Input documents from paths (files, directories walked recursively in sorted
// order) and standard input; JSONL gives one document per line. Every document
// either carries its content or the error that keeps it from being read.
import fs from "node:fs";
import path from "node:path";
import type { ErrorCodeT, SourceT } from "../schema.js";
import { decodeBytes, DecodeError } from "./decode.js";
import { isHtmlFormat, loadHtmlSupport } from "./html-lazy.js";
import { wellFormed } from "../text/normalize.js";

export type InputFormat = "auto" | "text" | "html" | "jsonl";

export interface InputDocument {
  source: SourceT;
  /** plain text or HTML, decided by `source.format` */
  content?: string;
  title?: string | null;
  published?: string | null;
  lang?: string;
  warnings: string[];
  error?: { code: ErrorCodeT; message: string };
  /** anchors relative dates when the document has no publication date (a WARC record's crawl date) */
  referenceDate?: string;
}

/**
 * A document as a reader hands it on: the bytes of a file or archive member, or
 * one JSONL line, not yet decoded or parsed, so that work happens in a worker.
 */
export interface RawDocument {
  source: SourceT;
  /** file or member name, for the format by extension */
  name: string;
  bytes?: Uint8Array;
  line?: string;
  /** the format the reader already knows (a JSONL stream, a WARC HTML response) */
  format?: "text" | "html" | "jsonl";
  referenceDate?: string;
  warnings: string[];
  error?: { code: ErrorCodeT; message: string };
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export class MissingPathError extends Error {}

const HTML_EXT = /\.(html?|xhtml?|shtml|php|aspx?|jsp|cfm)$/i;
const JSONL_EXT = /\.(jsonl|ndjson)$/i;

/** Expands the paths given on the command line; a missing path is a usage error. */
export function listFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === "-") {
      out.push(p);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new MissingPathError(`no such file or directory: ${p}`);
      // there but not to be read (a symlink loop, a name too long): its error record says why
      out.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p, out, new Set());
    else out.push(p);
  }
  return out;
}

/**
 * Paths a directory walk met whose names are not UTF-8 (a Latin-1 name from an old
 * archive): node would turn their bytes into U+FFFD, and no file has that name. They
 * are listed with the name read as Latin-1, and opened by their bytes.
 */
const pathBytes = new Map<string, Buffer>();

/** The path to give the file system for a listed path. */
export function fsPath(file: string): string | Buffer {
  return pathBytes.get(file) ?? file;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function walk(dir: string, out: string[], seen: Set<string>): void {
  const dirBytes = fsPath(dir);
  // a directory is itself by its device and inode, whatever its path (a symlink loop)
  let real: string;
  try {
    const stat = fs.statSync(dirBytes, { bigint: true });
    real = `${stat.dev}:${stat.ino}`;
  } catch {
    out.push(dir);
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries: fs.Dirent<Buffer>[];
  try {
    entries = fs.readdirSync(dirBytes, { withFileTypes: true, encoding: "buffer" });
  } catch {
    out.push(dir); // reported as unreadable when read
    return;
  }
  const named = entries.map((e) => {
    try {
      return { e, name: strictUtf8.decode(e.name), utf8: true };
    } catch {
      return { e, name: e.name.toString("latin1"), utf8: false };
    }
  });
  for (const { e, name, utf8 } of named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (name.startsWith(".")) continue;
    const p = path.join(dir, name);
    if (!utf8 || typeof dirBytes !== "string") pathBytes.set(p, Buffer.concat([Buffer.from(dirBytes), Buffer.from(path.sep), e.name]));
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = fs.statSync(fsPath(p)).isDirectory();
      } catch {
        isDir = false;
      }
    }
    if (isDir) walk(p, out, seen);
    else out.push(p);
  }
}

export function formatOf(file: string, content: string, forced: InputFormat): "text" | "html" | "jsonl" {
  if (forced !== "auto") return forced;
  if (HTML_EXT.test(file)) return "html";
  if (JSONL_EXT.test(file)) return "jsonl";
  const head = content.slice(0, 1024).trimStart();
  if (looksLikeHtml(head)) return "html";
  if (/^\{\s*"/.test(head) && /"(text|html)"\s*:/.test(content.slice(0, 65536))) return "jsonl";
  return "text";
}

/**
 * A page (after leading comments and an XML prolog), or a fragment that starts
 * with a tag and closes a block or inline element within its first kilobyte.
 */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^(?:\uFEFF|\s|<!--[^]{0,512}?-->|<\?xml[^>]{0,200}>)+/, "");
  if (/^(<!doctype html|<html|<head|<body|<meta|<title)\b/i.test(start)) return true;
  return /^<[a-z]/i.test(start) && /<\/(p|div|span|a|h[1-6]|li|article|section|table|b|strong|em|i)>/i.test(start);
}

/** Whether a text opens like a news feed, RSS or Atom (after a byte-order mark, an XML prolog and comments). */
export function looksLikeFeed(head: string): boolean {
  const start = head.replace(/^(?:\uFEFF|\s|<!--[^]{0,512}?-->|<\?xml[^>]{0,300}>)+/, "");
  return /^<(?:rss|feed|rdf:RDF)\b/i.test(start);
}

/** Documents of one path (`-` for standard input), in order, read whole (the eval and small tools). */
export async function* documentsOf(file: string, forced: InputFormat, readStdin: () => Promise<Buffer>): AsyncGenerator<InputDocument> {
  const sourcePath = file === "-" ? null : file;
  let bytes: Buffer;
  try {
    bytes = file === "-" ? await readStdin() : await fs.promises.readFile(file);
  } catch (e) {
    yield failed({ path: sourcePath, format: forced === "auto" ? "text" : forced }, "unreadable", describe(e));
    return;
  }
  const doc = prepareDocument({ source: { path: sourcePath, format: "text" }, name: file, bytes, warnings: [] }, forced, Infinity);
  if (doc.source.format === "jsonl" && doc.content !== undefined && doc.error === undefined) {
    for (const d of jsonlDocuments(doc.content, sourcePath, doc.warnings)) {
      if (isHtmlFormat(d.source.format)) await loadHtmlSupport();
      yield d;
    }
    return;
  }
  if (isHtmlFormat(doc.source.format)) await loadHtmlSupport();
  yield doc;
}

/**
 * A raw document to an input document: bytes decoded and their format found,
 * a JSONL line parsed, text over `maxBytes` cut with a warning. Never throws.
 * A whole JSONL file given as bytes comes back with format `jsonl` and its text
 * as content, for the caller to split.
 */
export function prepareDocument(raw: RawDocument, forced: InputFormat, maxBytes = DEFAULT_MAX_BYTES): InputDocument {
  if (raw.error) return { source: raw.source, warnings: [], error: raw.error };
  let doc: InputDocument;
  if (raw.line !== undefined) {
    doc = jsonlLineDocument(raw.line, raw.source, raw.warnings);
  } else {
    let decoded;
    try {
      decoded = decodeBytes(raw.bytes ?? new Uint8Array(0));
    } catch (e) {
      return failed({ ...raw.source, format: forced === "auto" ? raw.format ?? "text" : forced }, "decode", describe(e));
    }
    const format = raw.format && forced === "auto" ? raw.format : formatOf(raw.name, decoded.text, forced);
    doc = { source: { ...raw.source, format }, content: decoded.text, warnings: [...raw.warnings, ...decoded.warnings] };
  }
  if (raw.referenceDate) doc.referenceDate = raw.referenceDate;
  if (doc.content !== undefined && doc.content.length > maxBytes) {
    // cut on a code point boundary, never inside a surrogate pair
    let end = maxBytes;
    const c = doc.content.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--;
    doc.content = doc.content.slice(0, end);
    doc.warnings.push(`truncated: text longer than --max-bytes (${maxBytes}); only the first ${end} characters read`);
  }
  return doc;
}

/** Every non-empty line of a JSONL text as a document. */
export function* jsonlDocuments(text: string, sourcePath: string | null, warnings: string[]): Generator<InputDocument> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    yield jsonlLineDocument(lines[i], { path: sourcePath, format: "jsonl", line: i + 1 }, warnings);
  }
}

/** One JSONL line (an object with `text` or `html`, and `id`, `url`, `title`, `published`, `lang`) as a document. */
export function jsonlLineDocument(rawLine: string, at: SourceT, warnings: string[]): InputDocument {
  // a feed's items come as such lines too (input/feed.ts), and keep their format
  const kind = at.format === "feed" ? "feed" : "jsonl";
  const source: SourceT = { ...at, format: kind };
  // a JSON array's element or a feed's item is named by its number, a JSONL line by its line
  const n = source.line === undefined && source.entry !== undefined ? `entry ${source.entry}` : `line ${source.line ?? 1}`;
  const line = rawLine.replace(/^\uFEFF/, "").trim();
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return failed(source, "parse", `${n}: not JSON (${describe(e)})`);
  }
  // a document encoded twice (`"{\"text\": …}"`, a to_json column written out as a string): read once more
  let written = line;
  const notes: string[] = [];
  if (typeof obj === "string" && /^\s*\{/.test(obj)) {
    try {
      const inner: unknown = JSON.parse(obj);
      if (typeof inner === "object" && inner !== null && !Array.isArray(inner)) {
        written = obj;
        obj = inner;
        notes.push("jsonl: the line is a JSON string holding the document's object; read as that object");
      }
    } catch {
      // a string that only looks like an object: the error below
    }
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    return failed(source, "parse", `${n}: a JSONL document must be an object`);
  }
  const o = obj as Record<string, unknown>;
  // a lone surrogate escape ("\ud83d") parses, but is no text: written out it breaks strict JSON readers
  const str = (k: string) => (typeof o[k] === "string" ? wellFormed(o[k] as string) : undefined);
  if (str("id") !== undefined) source.id = str("id");
  else if (typeof o.id === "number") source.id = numberAsWritten(written, o.id);
  if (str("url") !== undefined) source.url = str("url");
  const html = str("html");
  const given = str("text");
  // a scraper that keeps the page writes an empty `text` beside it (`"text": ""`): the page is the document
  const fromHtml = html !== undefined && (given === undefined || (!given.trim() && html.trim() !== ""));
  const body = fromHtml ? html : given;
  if (body === undefined) return failed(source, "parse", `${n}: no "text" or "html" string field`);
  const day = str("published");
  const published = day && /^\d{4}-\d{2}-\d{2}/.test(day) ? day.slice(0, 10) : undefined;
  const docWarnings = [...warnings, ...notes];
  const realDay = published !== undefined && isCalendarDay(published);
  if (published !== undefined && !realDay) docWarnings.push(`published: '${oneLine(day!).slice(0, 40)}' is no calendar day; ignored`);
  return {
    source: { ...source, format: fromHtml ? `${kind}+html` : kind },
    content: body,
    title: str("title"),
    published: realDay ? published : undefined,
    // `NL`, `nl-BE`, `en_GB` as scrapers write them
    lang: str("lang")?.trim().toLowerCase().split(/[-_]/)[0],
    warnings: docWarnings,
  };
}


/** `2021-02-30` and `2021-13-45` have the form of a date, and are none. */
function isCalendarDay(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return y > 0 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A numeric id as the line writes it: JSON numbers are doubles, so `9007199254740993` (a
 * tweet's or a database's 64-bit id) would come out as `...992` and a long one as `1.2e+29`,
 * and the record could no longer be joined to its document. Taken from the text when the
 * line holds one such `"id": number` pair that parses to the same value, else as the number.
 */
function numberAsWritten(line: string, value: number): string {
  const literals = [...line.matchAll(/"id"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*[,}]/g)].map((m) => m[1]);
  return literals.length === 1 && Number(literals[0]) === value ? literals[0] : String(value);
}

export function failed(source: SourceT, code: ErrorCodeT, message: string): InputDocument {
  return { source, warnings: [], error: { code, message: oneLine(message) } };
}

/** Error messages are one line, and short. */
export function oneLine(message: string): string {
  const first = message.split(/\r?\n/)[0].trim();
  return first.length > 300 ? first.slice(0, 297) + "..." : first;
}

export function describe(e: unknown): string {
  if (e instanceof DecodeError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "EACCES" || err?.code === "EPERM") return "permission denied";
  if (err?.code === "EISDIR") return "is a directory";
  if (err?.code === "ENOENT") return "no such file";
  if (err?.code === "ELOOP") return "too many levels of symbolic links";
  if (err?.code === "ENOSPC") return "no space left on device";
  return oneLine(String(err?.message ?? e));
}
