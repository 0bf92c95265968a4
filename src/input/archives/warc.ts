// Documents of a web crawl (WARC / WARC.gz, read with warcio): every HTML (or
// plain text) response with a 2xx status is a document with its URL; the
// record's WARC-Date anchors relative dates when the page gives no date.
// Requests, metadata, redirects, images and scripts are not documents.
// warcio reads on silently where a crawl is broken, so its breaks are checked
// here: a file that is no WARC, or goes on with something that is no record,
// is a `parse` error; a response cut short keeps its text with a warning; a
// stream that fails (a cut gzip member) gives the record it was reading an error.
import type { Readable } from "node:stream";
import type { SourceT } from "../../schema.js";
import type { RawDocument } from "../documents.js";
import { errorCode, unreadable, type ReadOptions } from "../sources.js";

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
    if (record.warcType !== "response" && record.warcType !== "resource") continue;
    // an HTTP response whose head is not one (a crawler that stored the page alone) was read
    // as a status line of garbage and skipped as a redirect or error page, in silence
    if (record.httpHeaders && !/^HTTP\/\d/i.test(record.httpHeaders.protocol ?? "")) {
      const url = record.warcTargetURI ?? "";
      yield unreadable({ ...base, format: "html", ...(url ? { url } : {}) }, "parse", `record ${url}: no HTTP response head (it reads '${(record.httpHeaders.statusline ?? "").slice(0, 40)}')`);
      continue;
    }
    const status = record.httpHeaders?.statusCode;
    if (typeof status === "number" && (status < 200 || status >= 300)) continue;
    const type = (record.httpHeaders?.headers.get("content-type") ?? record.warcHeader("Content-Type") ?? "").toLowerCase();
    const format = /html/.test(type) ? "html" : /^text\/plain/.test(type) ? "text" : null;
    if (!format) continue;
    const url = record.warcTargetURI ?? undefined;
    const date = record.warcDate ?? undefined;
    const source: SourceT = { ...base, format, ...(url ? { url } : {}), ...(date ? { date } : {}) };
    const referenceDate = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : undefined;
    let bytes: Uint8Array;
    try {
      bytes = await record.readFully(true);
    } catch (e) {
      yield unreadable(source, errorCode(e), `record ${url ?? ""}: ${(e as Error)?.message ?? e}`);
      // the stream itself failed: nothing after this record can be read
      return;
    }
    const warnings: string[] = [];
    // the record's own reader (the `reader` getter refuses once the content was read)
    const missing = (record._reader as { limit?: number }).limit ?? 0;
    if (missing > 0) warnings.push(`truncated: the WARC record ends ${missing} bytes short of its Content-Length`);
    if (bytes.length > opts.maxBytes) {
      warnings.push(`truncated: ${bytes.length} bytes, over --max-bytes (${opts.maxBytes}); only the first ${opts.maxBytes} bytes read`);
      bytes = bytes.subarray(0, opts.maxBytes);
    }
    yield { source, name: url ?? "response.html", bytes, format, referenceDate, warnings };
    if (opts.signal?.aborted) break;
  }
}
