// A light element tree from htmlparser2's callbacks (cheerio's own parser, used
// directly: building cheerio's DOM costs more than everything else put together).
// Elements are kept in document (pre-)order in `all`, so every later pass is a
// loop over an array: no recursion on the JS stack, however deep the nesting.
import { createRequire } from "node:module";
import type { Parser as ParserT, Handler } from "htmlparser2";

export interface El {
  tag: string;
  attrs: Record<string, string>;
  /** text nodes (entity-decoded strings) and child elements, in order */
  children: (El | string)[];
  parent: El | null;
  /** index in `Page.all` */
  index: number;
}

export interface Page {
  root: El;
  /** every element in document order (a parent before its descendants) */
  all: El[];
  title: string | null;
  /** `name`/`property`/`itemprop` of <meta> (lower-cased) → first content */
  meta: Map<string, string>;
  /** bodies of <script type="application/ld+json"> */
  jsonLd: string[];
  lang: string | null;
}

/** Content never read as text; their subtrees are not kept. */
const SKIPPED = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "video", "audio", "select", "textarea", "button", "title", "map", "dialog", "link", "input",
]);

let ParserClass: typeof ParserT | null = null;

/** htmlparser2 is loaded on the first HTML page only: text inputs never pay for it. */
function parserClass(): typeof ParserT {
  ParserClass ??= (createRequire(import.meta.url)("htmlparser2") as { Parser: typeof ParserT }).Parser;
  return ParserClass;
}

export function parsePage(html: string): Page {
  const root: El = { tag: "#root", attrs: {}, children: [], parent: null, index: 0 };
  const page: Page = { root, all: [root], title: null, meta: new Map(), jsonLd: [], lang: null };
  let cur = root;
  /** depth inside a skipped element (0: reading) */
  let skip = 0;
  let skipTag = "";
  let capture: "title" | "ldjson" | null = null;
  let captured = "";

  const handler: Partial<Handler> = {
    onopentag(name, attrs) {
      if (name === "meta") return readMeta(page, attrs);
      if (name === "html" && attrs.lang && !page.lang) page.lang = attrs.lang;
      if (name === "title" && page.title === null && !skip) {
        capture = "title";
        captured = "";
      }
      if (name === "script" && /ld\+json/i.test(attrs.type ?? "")) {
        capture = "ldjson";
        captured = "";
      }
      if (skip) {
        if (name === skipTag) skip++;
        return;
      }
      if (SKIPPED.has(name) || isHidden(attrs)) {
        skip = 1;
        skipTag = name;
        return;
      }
      const el: El = { tag: name, attrs, children: [], parent: cur, index: page.all.length };
      page.all.push(el);
      cur.children.push(el);
      if (!VOID.has(name)) cur = el;
    },
    ontext(data) {
      if (capture) captured += data;
      if (!skip) cur.children.push(data);
    },
    onclosetag(name) {
      if (capture && (name === "title" || name === "script")) {
        if (capture === "title") page.title = captured;
        else page.jsonLd.push(captured);
        capture = null;
      }
      if (skip) {
        if (name === skipTag && --skip === 0) skipTag = "";
        return;
      }
      if (VOID.has(name)) return;
      // htmlparser2 reports every close, implied ones included, in nesting order
      if (cur.tag === name && cur.parent) cur = cur.parent;
    },
  };
  const Parser = parserClass();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  // htmlparser2 keeps its open elements with unshift() and finds a closing tag with
  // indexOf(): quadratic on 100,000 unclosed tags. Fed in chunks, its stack is cut
  // back to the innermost MAX_OPEN elements between chunks, which keeps every step
  // bounded; our own tree keeps the full nesting.
  const open = (parser as unknown as { stack: string[] }).stack;
  for (let at = 0; at < html.length; at += CHUNK) {
    parser.write(html.slice(at, at + CHUNK));
    if (Array.isArray(open) && open.length > MAX_OPEN) open.length = MAX_OPEN;
  }
  parser.end();
  return page;
}

const CHUNK = 1 << 14;
const MAX_OPEN = 2048;

const VOID = new Set(["br", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "area", "base", "col", "param"]);

function readMeta(page: Page, attrs: Record<string, string>): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? "").toLowerCase();
  const content = attrs.content ?? attrs.datetime;
  if (key && content !== undefined && !page.meta.has(key)) page.meta.set(key, content);
  if (attrs.charset && !page.meta.has("charset")) page.meta.set("charset", attrs.charset);
}

function isHidden(attrs: Record<string, string>): boolean {
  if ("hidden" in attrs) return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
