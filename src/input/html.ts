// HTML to plain text with cheerio (htmlparser2 parser: fast, forgiving). Blocks
// become paragraphs separated by a blank line, so sentences and offsets stay natural.
import * as cheerio from "cheerio";
import type { AnyNode } from "domhandler";

export interface HtmlDocument {
  text: string;
  title: string | null;
  published: string | null;
  lang: string | null;
}

const DROP = "script, style, noscript, template, nav, footer, header nav, aside, form, iframe, svg, button, select";
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
  "blockquote", "pre", "figure", "figcaption", "header", "address", "dd", "dt", "dl", "br", "hr", "td", "th",
]);
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
];

export function htmlToDocument(html: string): HtmlDocument {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const title = clean($("meta[property='og:title']").attr("content")) ?? clean($("h1").first().text()) ?? clean($("title").first().text());
  let published: string | null = null;
  for (const sel of PUBLISHED_META) {
    const v = $(sel).attr("content");
    const day = v ? /^(\d{4}-\d{2}-\d{2})/.exec(v.trim()) : null;
    if (day) {
      published = day[1];
      break;
    }
  }
  if (!published) {
    const t = $("time[datetime]").first().attr("datetime");
    const day = t ? /^(\d{4}-\d{2}-\d{2})/.exec(t.trim()) : null;
    if (day) published = day[1];
  }
  const lang = clean($("html").attr("lang"))?.slice(0, 2).toLowerCase() ?? null;
  $(DROP).remove();
  const root: cheerio.Cheerio<AnyNode> = $("body").length ? $("body") : $.root();
  const parts: string[] = [];
  const walk = (nodes: cheerio.Cheerio<AnyNode>) => {
    nodes.each((_, node) => {
      if (node.type === "text") parts.push((node as unknown as { data: string }).data);
      else if (node.type === "tag") {
        const name = (node as unknown as { name: string }).name.toLowerCase();
        const block = BLOCK.has(name);
        if (block) parts.push("\n\n");
        walk($(node).contents());
        if (block) parts.push("\n\n");
      }
    });
  };
  walk(root.contents());
  const text = parts
    .join("")
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, title, published, lang };
}

function clean(s: string | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}
