// News feeds (RSS 0.9x/1.0/2.0, Atom): every item or entry is a document with its
// title, link, date and body (the full content where the feed carries it, else the
// description or summary), as a JSONL line would give them. htmlparser2 reads the
// XML (it is lenient: a feed cut short still gives the items before the cut) and
// loads only when a feed is met.
import { createRequire } from "node:module";
import type { Handler, Parser as ParserT } from "htmlparser2";

export interface FeedItem {
  title?: string;
  url?: string;
  id?: string;
  /** YYYY-MM-DD as the feed writes it (the day of its own time zone) */
  published?: string;
  /** HTML, or plain text when it holds no tag */
  body: string;
}

/** Elements of an item whose text is kept, by the field they fill (the first listed wins). */
const FIELDS: Record<string, keyof Fields> = {
  title: "title",
  link: "link",
  guid: "id",
  id: "id",
  pubdate: "date",
  published: "date",
  updated: "updated",
  "dc:date": "date",
  "content:encoded": "content",
  content: "content",
  description: "summary",
  summary: "summary",
};
type Fields = { title: string; link: string; id: string; date: string; updated: string; content: string; summary: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A feed's date as YYYY-MM-DD: ISO 8601 (Atom, Dublin Core) or RFC 822 (RSS `Tue, 12 Mar 2024 10:00:00 GMT`). */
export function feedDate(s: string): string | undefined {
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(s);
  if (iso) return iso[1];
  const rfc = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(s);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) : -1;
  if (rfc && month >= 0) return `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${rfc[1].padStart(2, "0")}`;
  return undefined;
}

let parserClass: typeof ParserT | undefined;

/** The items of a feed, in order; none when the text holds no item or entry. */
export function feedItems(xml: string): FeedItem[] {
  parserClass ??= (createRequire(import.meta.url)("htmlparser2") as { Parser: typeof ParserT }).Parser;
  const items: FeedItem[] = [];
  const stack: string[] = [];
  let item: Partial<Fields> | null = null;
  let itemDepth = -1;
  let field: keyof Fields | null = null;
  let text = "";
  const handler: Partial<Handler> = {
    onopentag(name, attrs) {
      const tag = name.toLowerCase();
      stack.push(tag);
      if (tag === "item" || tag === "entry") {
        item = {};
        itemDepth = stack.length;
        return;
      }
      if (!item || stack.length !== itemDepth + 1) return;
      // Atom: <link rel="alternate" href="…"/> (a link without rel is the alternate)
      if (tag === "link" && attrs.href && (!attrs.rel || attrs.rel === "alternate")) item.link ??= attrs.href;
      const f = FIELDS[tag];
      if (f && item[f] === undefined) {
        field = f;
        text = "";
      }
    },
    ontext(data) {
      if (field) text += data;
    },
    onclosetag(name) {
      const tag = name.toLowerCase();
      if (item && field && stack.length === itemDepth + 1 && FIELDS[tag] === field) {
        const value = text.trim();
        if (value) item[field] = value;
        field = null;
      }
      if (item && stack.length === itemDepth) {
        const done = item as Partial<Fields>;
        const body = done.content ?? done.summary ?? "";
        items.push({
          title: done.title,
          url: done.link,
          id: done.id,
          published: feedDate(done.date ?? done.updated ?? ""),
          body,
        });
        item = null;
        itemDepth = -1;
      }
      stack.pop();
    },
  };
  const parser = new parserClass(handler, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
  return items;
}
