// The HTML reader (htmlparser2, chardet) loads only when a document is HTML, so the
// text path of the CLI starts fast. Readers call loadHtmlSupport() before
// handing an HTML document to the (synchronous) processDocument.
import type { HtmlDocument } from "./html.js";

let html: typeof import("./html.js") | undefined;

export async function loadHtmlSupport(): Promise<void> {
  html ??= await import("./html.js");
}

export function htmlToDocument(source: string): HtmlDocument {
  if (!html) throw new Error("HTML support is not loaded (call loadHtmlSupport first)");
  return html.htmlToDocument(source);
}

export const isHtmlFormat = (format: string) => format === "html" || format === "jsonl+html" || format === "feed+html";
