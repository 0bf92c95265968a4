// A page's headline, publication date and schema.org articleBody, from what the
// page declares about itself: JSON-LD, Open Graph and other <meta>, <time>, and
// as a last resort a date written in the byline (English or Dutch month names).
import { alternation } from "../../rules.js";
import { MONTHS as EN_MONTHS } from "../../lang/en/lexicon/time.js";
import { MONTHS as NL_MONTHS } from "../../lang/nl/lexicon/time.js";
import type { El, Page } from "./tree.js";

export interface PageMetadata {
  title: string | null;
  published: string | null;
  articleBody: string | null;
}

/** <meta> names of the headline, best first. */
const TITLE_META = ["og:title", "twitter:title", "headline", "dc.title", "sailthru.title", "parsely-title"];
/** <meta> names of the site, to strip from the headline. */
const SITE_META = ["og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher"];
/** <meta> names of the publication date, best first; JSON-LD `datePublished` comes between the two lists. */
const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "datepublished", "article.published", "published_time",
  "publishdate", "publish-date", "pubdate", "publication_date", "sailthru.date", "parsely-pub-date",
  "dc.date.issued", "dcterms.issued",
];
const DATE_META = [
  "dcterms.created", "dc.date.created", "dc.date", "dcterms.date", "date",
  "og:updated_time", "article:modified_time", "datemodified", "last-modified",
];
const ARTICLE_TYPES = /article|posting|report|newsarticle|blog|story/i;
/** Separators between a headline and the site's name in <title>. */
const TITLE_SEPARATOR = /\s+[|\u2013\u2014\u00b7\u2022:»-]\s+|\s+::\s+/;

export function pageMetadata(page: Page): PageMetadata {
  const ld = readJsonLd(page.jsonLd);
  const site = firstMeta(page, SITE_META) ?? ld.site;
  const h1 = firstText(page, (e) => e.tag === "h1");
  const declared = firstMeta(page, TITLE_META.slice(0, 1)) ?? ld.headline ?? firstMeta(page, TITLE_META.slice(1));
  let title = declared ? withoutSiteName(declared, site, h1) : null;
  if (!title && h1) title = h1;
  if (!title && page.title) title = withoutSiteName(page.title, site, null);
  return {
    title: title ? squeeze(title) || null : null,
    published: publishedOf(page, ld.published),
    articleBody: ld.articleBody,
  };
}

function publishedOf(page: Page, fromLd: string | null): string | null {
  const fromMeta = (keys: readonly string[]) => {
    for (const key of keys) {
      const v = page.meta.get(key);
      const day = v ? dayOf(v) : null;
      if (day) return day;
    }
    return null;
  };
  const declared = fromMeta(PUBLISHED_META) ?? (fromLd ? dayOf(fromLd) : null) ?? fromMeta(DATE_META);
  if (declared) return declared;
  // <time pubdate>, <time itemprop=datePublished>, then the first <time datetime>
  let firstTime: string | null = null;
  for (const e of page.all) {
    if (e.tag !== "time" && !("pubdate" in e.attrs) && e.attrs.itemprop !== "datePublished") continue;
    const v = e.attrs.datetime ?? e.attrs.content ?? (e.tag === "time" ? textOf(e) : "");
    const day = v ? dayOf(v) : null;
    if (!day) continue;
    if ("pubdate" in e.attrs || e.attrs.itemprop === "datePublished") return day;
    firstTime ??= day;
  }
  if (firstTime) return firstTime;
  // a date written in a byline or dateline element
  for (const e of page.all) {
    const names = `${e.attrs.class ?? ""} ${e.attrs.id ?? ""}`;
    if (!/date|time|byline|meta|publish|posted|dateline|datum|gepubliceerd/i.test(names)) continue;
    const text = textOf(e);
    if (text.length > 300) continue;
    const day = writtenDate(text);
    if (day) return day;
  }
  return null;
}

interface LdFacts {
  headline: string | null;
  published: string | null;
  articleBody: string | null;
  site: string | null;
}

/** Facts of the first article-typed JSON-LD object (else the first object having them); bad JSON is skipped. */
function readJsonLd(scripts: string[]): LdFacts {
  const facts: LdFacts = { headline: null, published: null, articleBody: null, site: null };
  let fromArticle = false;
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script.trim().replace(/^<!\[CDATA\[|\]\]>$/g, ""));
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let seen = 0;
    while (stack.length && seen++ < 10_000) {
      const item = stack.pop();
      if (Array.isArray(item)) {
        for (let k = item.length - 1; k >= 0; k--) stack.push(item[k]);
        continue;
      }
      if (!item || typeof item !== "object") continue;
      const o = item as Record<string, unknown>;
      const type = ([] as unknown[]).concat(o["@type"] ?? []).join(" ");
      const article = ARTICLE_TYPES.test(type);
      const take = (k: keyof LdFacts, v: unknown) => {
        if (typeof v !== "string" || !v.trim()) return;
        if (facts[k] === null || (article && !fromArticle)) facts[k] = v;
      };
      if (article || !fromArticle) {
        take("headline", o.headline);
        take("published", o.datePublished ?? o.dateCreated);
        take("articleBody", o.articleBody);
      }
      if (/organization|website/i.test(type)) take("site", o.name);
      if (article) fromArticle = true;
      if (o["@graph"]) stack.push(o["@graph"]);
      if (o.mainEntity && typeof o.mainEntity === "object") stack.push(o.mainEntity);
    }
  }
  return facts;
}

/** "Headline | Site", "Site - Headline" → "Headline". */
export function withoutSiteName(raw: string, site: string | null, h1: string | null): string {
  const title = squeeze(raw);
  const parts = title.split(TITLE_SEPARATOR).filter(Boolean);
  if (parts.length < 2) return title;
  const siteKey = site ? key(site.replace(/^@/, "")) : null;
  if (siteKey) {
    const kept = parts.filter((p) => key(p) !== siteKey && !(key(p).length > 2 && siteKey.includes(key(p))));
    if (kept.length && kept.length < parts.length) return kept.join(" - ");
  }
  if (h1 && parts.some((p) => key(p) === key(h1))) return squeeze(h1);
  // the headline is the longest part; a site name is short
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const words = (s: string) => s.split(" ").length;
  const rest = parts.filter((p) => p !== longest);
  return rest.every((p) => words(p) <= 4) && words(longest) >= 3 ? longest : title;
}

const MONTHS: Record<string, number> = { ...EN_MONTHS, ...NL_MONTHS };
const MONTH = alternation(Object.keys(MONTHS));
/** Dates as bylines write them, in English and Dutch; each has named groups day, month, year. */
export const WRITTEN_DATES: readonly RegExp[] = [
  // November 19, 2019 · Nov. 19th 2019
  new RegExp(`\\b(?<month>${MONTH})\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>(?:19|20)\\d\\d)\\b`, "i"),
  // 19 November 2019 · 19 nov. 2019 · 19e november 2019 · Mon, 18 Nov 2019
  new RegExp(`\\b(?<day>\\d{1,2})(?:st|nd|rd|th|e|ste|de)?\\.? (?<month>${MONTH})\\.?,? (?<year>(?:19|20)\\d\\d)\\b`, "i"),
  // 2019-11-19 · 2019/11/19
  /\b(?<year>(?:19|20)\d\d)[-/.](?<month>\d{1,2})[-/.](?<day>\d{1,2})\b/,
  // 19.11.2019 · 19-11-2019 · 19/11/2019 (day first, as in Dutch and most of Europe)
  /\b(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.](?<year>(?:19|20)\d\d)\b/,
];

/** The first date written in `text`, as YYYY-MM-DD. */
export function writtenDate(text: string): string | null {
  let found: { at: number; day: string } | null = null;
  for (const re of WRITTEN_DATES) {
    const m = re.exec(text);
    if (!m?.groups) continue;
    const g = m.groups;
    const month = /^\d+$/.test(g.month) ? Number(g.month) : MONTHS[g.month.toLowerCase()];
    // 11/19/2019 cannot be day first: then it is the American order
    const day = isoDay(Number(g.year), month, Number(g.day)) ?? (/^\d+$/.test(g.month) ? isoDay(Number(g.year), Number(g.day), month) : null);
    if (day && (!found || m.index < found.at)) found = { at: m.index, day };
  }
  return found?.day ?? null;
}

/** A declared date (ISO 8601, RFC 2822, or written out) as YYYY-MM-DD. */
export function dayOf(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(v);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{10,13}$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return v.length <= 80 ? writtenDate(v) : null;
}

function isoDay(year: number, month: number | undefined, day: number): string | null {
  if (!month || month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

function firstMeta(page: Page, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = page.meta.get(k);
    if (v && v.trim()) return v;
  }
  return null;
}

function firstText(page: Page, test: (e: El) => boolean): string | null {
  for (const e of page.all) {
    if (!test(e)) continue;
    const t = squeeze(textOf(e));
    if (t) return t;
  }
  return null;
}

/** The text of an element, without recursion. */
export function textOf(el: El): string {
  const out: string[] = [];
  const stack: (El | string)[] = [el];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === "string") out.push(item);
    else for (let k = item.children.length - 1; k >= 0; k--) stack.push(item.children[k]);
  }
  return out.join(" ");
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
