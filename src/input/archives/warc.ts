// Documents of a web crawl (WARC / WARC.gz, read with warcio): every HTML (or
// plain text) response with a 2xx status is a document with its URL; the
// record's WARC-Date anchors relative dates when the page gives no date; so is
// the text of a conversion record (Common Crawl's WET files). A response without
// a Content-Type is a document when its body opens as an HTML page does.
// Requests, metadata, redirects, images and scripts are not documents.
// warcio reads on silently where a crawl is broken, so its breaks are checked
// here: a file that is no WARC, or goes on with something that is no record
// (or that warcio cannot read as one and drops in silence), is a `parse` error; a response cut short keeps its text with a warning; a
// stream that fails (a cut gzip member) gives the record it was reading an error.
import type { Readable } from "node:stream";
import type { SourceT } from "../../schema.js";
import type { RawDocument } from "../documents.js";
import { errorCode, unreadable, type ReadOptions } from "../sources.js";
import { looksLikeHtml } from "../documents.js";

export async function* warcRecords(stream: Readable, base: SourceT, opts: ReadOptions): AsyncGenerator<RawDocument> {
  const { WARCParser } = await import("warcio");
  const parser = new WARCParser(stream);
  let records = 0;
  for await (const record of parser) {
    if (!/^WARC\/\d/.test(record.warcHeaders.protocol ?? "")) {
      const what = records ? `no WARC record after record ${records}` : "not a WARC file";
      yield unreadable(base, "parse", `${what} (it reads '${record.warcHeaders.statusline.slice(0, 40)}')`);
      return;
    }
    records++;
    // (a record whose header block never ends, as in a WARC with bare line feeds, is one record with every header)
    if (!/^\s*\d+\s*$/.test(record.warcHeader("Content-Length") ?? "")) {
      const url = record.warcTargetURI ?? "";
      yield unreadable({ ...base, ...(url ? { url } : {}) }, "parse", `record ${records}${url ? ` ${url}` : ""}: no Content-Length that is a number (it reads '${(record.warcHeader("Content-Length") ?? "").slice(0, 40)}'; a WARC with bare line feeds?)`);
      continue;
    }
    if (record.warcType !== "response" && record.warcType !== "resource" && record.warcType !== "conversion") continue;
    // an HTTP response whose head is not one (a crawler that stored the page alone) was read
    // as a status line of garbage and skipped as a redirect or error page, in silence
    if (record.httpHeaders && !/^HTTP\/\d/i.test(record.httpHeaders.protocol ?? "")) {
      const url = record.warcTargetURI ?? "";
      yield unreadable({ ...base, format: "html", ...(url ? { url } : {}) }, "parse", `record ${url}: no HTTP response head (it reads '${(record.httpHeaders.statusline ?? "").slice(0, 40)}')`);
      continue;
    }
    const status = record.httpHeaders?.statusCode;
    if (typeof status === "number" && (status < 200 || status >= 300)) continue;
    const type = (record.httpHeaders ? record.httpHeaders.headers.get("content-type") : record.warcHeader("Content-Type")) ?? "";
    const typed = /html/i.test(type) ? "html" : /^\s*text\/plain/i.test(type) ? "text" : null;
    // a server that sent no type: browsers sniff the body, and so does this (an image or a script stays skipped)
    if (!typed && type.trim()) continue;
    const url = record.warcTargetURI ?? undefined;
    const date = record.warcDate ?? undefined;
    let source: SourceT = { ...base, format: typed ?? "html", ...(url ? { url } : {}), ...(date ? { date } : {}) };
    const referenceDate = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
    let content: { bytes: Uint8Array; total: number; cut: boolean };
    try {
      content = await readContent(record, opts.maxBytes);
    } catch (e) {
      yield unreadable(source, errorCode(e), `record ${url ?? ""}: ${(e as Error)?.message ?? e}`);
      // the stream itself failed: nothing after this record can be read
      return;
    }
    const format = typed ?? (looksLikeHtml(Buffer.from(content.bytes.subarray(0, 1024)).toString("latin1").trimStart()) ? "html" : null);
    if (!format) continue;
    source = { ...source, format };
    const warnings: string[] = [];
    // the record's own reader (the `reader` getter refuses once the content was read)
    const missing = (record._reader as { limit?: number }).limit ?? 0;
    if (content.cut) {
      warnings.push(`truncated: more than --max-bytes (${opts.maxBytes}); only the first ${opts.maxBytes} bytes read`);
    } else if (missing > 0) {
      warnings.push(`truncated: the WARC record ends ${missing} bytes short of its Content-Length`);
    }
    yield { source, name: url ?? "response.html", bytes: content.bytes, format, referenceDate, warnings };
    if (opts.signal?.aborted) return;
  }
  // warcio ends without a word at a line it cannot read as a record's first (a lone line feed
  // between records): what it left unread, more than blank lines and NUL padding, is said
  const left = await unreadBytes(parser._reader);
  if (left > 0) {
    const what = records ? `no WARC record after record ${records}` : "not a WARC file";
    yield unreadable(base, "parse", `${what}: ${left} bytes that cannot be read as a record`);
  }
}

/**
 * A record's content (its body, with chunked transfer and gzip or deflate undone) up to
 * `maxBytes`: a page of hundreds of megabytes was read whole (1.6 GB for a 400 MB page).
 * What is not read is skipped by the parser as it goes on to the next record.
 */
async function readContent(record: AsyncIterable<Uint8Array>, maxBytes: number): Promise<{ bytes: Uint8Array; total: number; cut: boolean }> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of record) {
    if (total + chunk.length > maxBytes) {
      parts.push(chunk.subarray(0, maxBytes - total));
      return { bytes: Buffer.concat(parts), total: maxBytes, cut: true };
    }
    parts.push(chunk);
    total += chunk.length;
  }
  return { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts), total, cut: false };
}

/** The bytes a reader has left, not counting line ends, spaces and NULs. */
async function unreadBytes(reader: AsyncIterable<Uint8Array>): Promise<number> {
  let left = 0;
  for await (const chunk of reader) for (const b of chunk) if (b !== 10 && b !== 13 && b !== 0 && b !== 32) left++;
  return left;
}
