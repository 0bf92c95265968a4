// Input documents from paths (files, directories walked recursively in sorted
// order) and standard input; JSONL gives one document per line. Every document
// either carries its content or the error that keeps it from being read.
import fs from "node:fs";
import path from "node:path";
import type { ErrorCodeT, SourceT } from "../schema.js";
import { decodeBytes, DecodeError } from "./decode.js";

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
}

export class MissingPathError extends Error {}

const HTML_EXT = /\.(html?|xhtml|php|aspx?)$/i;
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
    } catch {
      throw new MissingPathError(`no such file or directory: ${p}`);
    }
    if (stat.isDirectory()) walk(p, out, new Set());
    else out.push(p);
  }
  return out;
}

function walk(dir: string, out: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    out.push(dir);
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    out.push(dir); // reported as unreadable when read
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      try {
        isDir = fs.statSync(p).isDirectory();
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
  if (/^(<!doctype html|<html|<head|<body|<\?xml[^>]*>\s*<html)/i.test(head)) return "html";
  if (/^\{\s*"/.test(head) && /"(text|html)"\s*:/.test(content.slice(0, 65536))) return "jsonl";
  return "text";
}

/** Documents of one path (`-` for standard input), in order. */
export async function* documentsOf(file: string, forced: InputFormat, readStdin: () => Promise<Buffer>): AsyncGenerator<InputDocument> {
  const sourcePath = file === "-" ? null : file;
  let bytes: Buffer;
  try {
    bytes = file === "-" ? await readStdin() : await fs.promises.readFile(file);
  } catch (e) {
    yield failed({ path: sourcePath, format: forced === "auto" ? "text" : forced }, "unreadable", describe(e));
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    yield failed({ path: sourcePath, format: forced === "auto" ? "text" : forced }, "decode", describe(e));
    return;
  }
  const format = formatOf(file, decoded.text, forced);
  if (format === "jsonl") {
    yield* jsonlDocuments(decoded.text, sourcePath, decoded.warnings);
    return;
  }
  yield { source: { path: sourcePath, format }, content: decoded.text, warnings: decoded.warnings };
}

export function* jsonlDocuments(text: string, sourcePath: string | null, warnings: string[]): Generator<InputDocument> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const source: SourceT = { path: sourcePath, format: "jsonl", line: i + 1 };
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      yield failed(source, "parse", `line ${i + 1}: not JSON (${describe(e)})`);
      continue;
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
      yield failed(source, "parse", `line ${i + 1}: a JSONL document must be an object`);
      continue;
    }
    const o = obj as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
    if (str("id") !== undefined) source.id = str("id");
    else if (typeof o.id === "number") source.id = String(o.id);
    if (str("url") !== undefined) source.url = str("url");
    const html = str("html");
    const body = str("text") ?? html;
    if (body === undefined) {
      yield failed(source, "parse", `line ${i + 1}: no "text" or "html" string field`);
      continue;
    }
    const published = str("published");
    yield {
      source: { ...source, format: str("text") !== undefined ? "jsonl" : "jsonl+html" },
      content: body,
      title: str("title"),
      published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : undefined,
      lang: str("lang"),
      warnings: [...warnings],
    };
  }
}

export function failed(source: SourceT, code: ErrorCodeT, message: string): InputDocument {
  return { source, warnings: [], error: { code, message: message.split("\n")[0] } };
}

function describe(e: unknown): string {
  if (e instanceof DecodeError) return e.message;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "EACCES") return "permission denied";
  if (err?.code === "EISDIR") return "is a directory";
  if (err?.code === "ENOENT") return "no such file";
  return err?.message ?? String(e);
}
