// Page furniture: the parts of text copied from a web page that belong to the site, not to the article. A reader
// takes nothing from them, so no date, figure, name or agreement is read there:
// - the page head above the headline, when the page opens with furniture (menus, a language switcher, a cookie
//   banner, a masthead with the day's date, rates and weather);
// - menu lines: three or more short fields without a digit (`Home | News | Contact`, `Over ons   Diensten   Nieuws`),
//   a breadcrumb (`Home › News › Trade`, `Main page / Press center`), a language switcher (`EN | RU | KZ`);
// - labelled lines: share and follow lines, tags, print and comment links, paywall labels;
// - lists under a heading of their own (`Related news`, `Read also`, `Most read`, `Lees ook`, `Meer nieuws`,
//   `Downloads`), to the end of their block;
// - a footer: the block that holds a copyright line (`© 2031 …`, `All rights reserved`), with its address, phone,
//   registration numbers and opening hours;
// - page counters (`Views: 2 318`, `Reacties (12)`).
// Lines are read once per text (a line at a time, with short patterns), and kept for the last text.
import { allMatches, regex } from "./classes.js";
import { firstFrom } from "../document.js";

export interface TextSpan {
  start: number;
  end: number;
}

interface Line extends TextSpan {
  /** the line without its outer white space */
  body: string;
}

// a field separator: a bar, a middle dot or bullet, a breadcrumb's arrow, a slash between spaces, a tab, or a run of spaces
const FIELD_SEPARATOR = /[^\S\n]*(?:[|·•›»]|[^\S\n]>[^\S\n]|[^\S\n]\/[^\S\n])[^\S\n]*|\t+|[^\S\n]{2,}/u;
const HAS_SEPARATOR = /[|·•›»>/\t]|[^\S\n]{2}/u;
const BREADCRUMB = /[›»]|[^\S\n]>[^\S\n]|[^\S\n]\/[^\S\n]/u;
// a menu field: a few words, no digit, no sentence inside (`Economy & Trade`, `Werken bij`, `Қаз`)
const MENU_FIELD = regex(String.raw`^[\p{L}][\p{L}&'’ -]{0,30}(?:\.\.\.|…)?$`, "u");
const LANGUAGE_FIELD = /^(?:EN|NL|FR|DE|RU|KZ|KK|ES|IT|ZH|TR|PL|Eng|Рус|Қаз|English|Nederlands|Français|Deutsch|Русский|Қазақша|Қазақ)$/u;
// labelled lines of the site: sharing, following, tags, printing, comments, paywall and advertising labels, logins
const SITE_LABEL = regex(
  String.raw`^(?:share(?:\s+(?:this|on))?(?:\s+(?:article|page|story|post))?|deel(?:\s+(?:dit|deze|op))?(?:\s+\p{L}+)?|delen|follow\s+us(?:\s+on)?|volg\s+ons(?:\s+op)?|tags|trefwoorden|print(?:\s+version|\s+this\s+page)?|deze\s+pagina\s+afdrukken|afdrukken|sign\s+in\s+to\s+comment|log\s+in\s+to\s+comment|comments?|reacties?|reageer|advertisement|advertentie|premium|subscribe|abonneren|inloggen|log\s+in|sign\s+in)\b[^\S\n]*(?:[:(|]|$)`,
  "iu",
);
// the heading of a list of other pages, alone on its line
const LIST_HEADING = regex(
  String.raw`^(?:related(?:\s+(?:news|articles|stories|posts|content|pages))?|read\s+(?:also|next)|also\s+(?:read|interesting)|see\s+also|more\s+(?:news|stories|articles)(?:\s+on\s+this\s+topic)?|other\s+news|most\s+(?:read|popular|viewed)|latest\s+news|lees\s+ook|meer\s+nieuws|ander\s+nieuws|meest\s+gelezen|gerelateerde\s+(?:artikelen|berichten|nieuwsberichten|pagina's|onderwerpen)|related\s+topics|ook\s+interessant|zie\s+ook|laatste\s+nieuws|recent\s+nieuws|downloads?)[^\S\n]*:?$`,
  "iu",
);
const COPYRIGHT = /^(?:©|\(c\)[^\S\n]|copyright\b)|all rights reserved|alle rechten voorbehouden|tous droits réservés/iu;
// a cookie notice: cookies with the site's words for consent (`This website uses cookies`, `Alle cookies aanvaarden`)
const COOKIE = /cookie/iu;
const CONSENT = /website|\bsite\b|browser|accept|consent|privacy|polic|akkoord|aanvaard|accepte|toestemming|instellingen|settings|voorkeuren|necessary|noodzakelijk|weigeren|surf/iu;
// a link to the content or a search box, alone on its line
const OPENING = /^(?:(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search)|(?:ga\s+)?(?:direct\s+)?naar\s+(?:de\s+)?(?:hoofd)?(?:inhoud|content|navigatie|zoeken)|menu|zoeken|search)(?:\.\.\.|…|:)?$/iu;
// a counter of the page beside its meta fields (`Views: 2 318`, `Weergaven: 1 204`, `Reacties (12)`)
const COUNTER = /\b(?:views|weergaven|bekeken|reads|comments|reacties|reageer)[^\S\n]*(?::[^\S\n]*\d[\d\u00a0\u202f .,]*\d|:[^\S\n]*\d|\([^\S\n]*\d+[^\S\n]*\))/giu;
// a byline, a date line or a section label under the headline: no headline
const BYLINE = regex(String.raw`^(?:[Bb]y|BY|[Dd]oor|DOOR|[Tt]ext|[Tt]ekst)[^\S\n]+\p{Lu}`, "u");
const HEADLINE = regex(String.raw`^[\p{Lu}\d"“‘'][^|\n]{10,200}$`, "u");
const DATE_IN_LINE = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d{2}\b/u;

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const body = text.slice(start, end).trim();
    const lead = body ? text.indexOf(body[0], start) - start : 0;
    lines.push({ start: start + lead, end: start + lead + body.length, body });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

/** A line of prose: long, or a sentence of many words. */
function isProse(body: string): boolean {
  return body.length > 160 || (/[.!?…]["”’]?$/u.test(body) && body.split(/\s+/).length >= 12);
}

/** A menu line, a breadcrumb or a language switcher: fields of a few words each, no digit. */
export function isMenuLine(body: string): boolean {
  if (!body || body.length > 300 || !HAS_SEPARATOR.test(body) || /\d/.test(body) || /[.!?;,]$/.test(body)) return false;
  const fields = body.split(FIELD_SEPARATOR).filter(Boolean);
  if (fields.length >= 2 && fields.every((f) => LANGUAGE_FIELD.test(f))) return true;
  if (!fields.every((f) => MENU_FIELD.test(f) && f.split(" ").length <= 4)) return false;
  return fields.length >= 3 || (fields.length === 2 && BREADCRUMB.test(body));
}

/** A line that only the site has: a menu, a label, a cookie notice, a link to the content. */
export function isSiteLine(body: string): boolean {
  return isMenuLine(body) || (body.length <= 100 && SITE_LABEL.test(body)) || (body.length <= 600 && COOKIE.test(body) && CONSENT.test(body)) || OPENING.test(body);
}

/** Whether a line can be the article's headline. */
function isHeadlineLine(body: string): boolean {
  if (!HEADLINE.test(body) || /[·]/.test(body) || BYLINE.test(body) || DATE_IN_LINE.test(body) || /[.;,]$/.test(body)) return false;
  return body.split(/\s+/).length >= 3;
}

/**
 * The headline of a page that opens with furniture: the last line that reads as a headline before the first
 * paragraph of prose, with the site's lines before it; null when the text does not open with the site's lines
 * (a press release that starts with its headline).
 */
export function pageHeadline(text: string): { line: TextSpan; text: string } | null {
  const lines = linesOf(text.slice(0, 4000)).filter((l) => l.body);
  const head = lines.slice(0, 8);
  const site = head.filter((l) => isSiteLine(l.body)).length;
  if (!lines.length || (!isSiteLine(lines[0].body) && site < 2)) return null;
  let headline: Line | null = null;
  let since = 0;
  let prose = false;
  for (const l of lines.slice(0, 40)) {
    if (isSiteLine(l.body)) continue;
    if (isProse(l.body)) {
      prose = true;
      break;
    }
    since++;
    if (isHeadlineLine(l.body)) [headline, since] = [l, 0];
  }
  // under the headline, before the first paragraph, only a few lines: a byline, a date, a label
  return headline && prose && since <= 4 ? { line: { start: headline.start, end: headline.end }, text: headline.body } : null;
}

// cues of each kind of line, looked for in the whole text as plain strings (a search with a case-insensitive
// pattern cost more than all the lines' tests)
const COPYRIGHT_CUES = ["©", "opyright", "OPYRIGHT", "(c)", "(C)", "ights reserved", "ights Reserved", "IGHTS RESERVED", "echten voorbehouden", "ECHTEN VOORBEHOUDEN", "roits réservés"];
const COUNTER_CUES = ["iews", "IEWS", "eergaven", "EERGAVEN", "ekeken", "eads", "omments", "OMMENTS", "eacties", "EACTIES", "eageer", "EAGEER"];
const COOKIE_CUES = ["ookie", "OOKIE"];
const holdsAny = (text: string, cues: readonly string[]) => cues.some((c) => text.includes(c));

let last: { text: string; spans: TextSpan[] } | null = null;

/** The furniture of a text, sorted and without overlaps; kept for the last text. */
export function furnitureSpans(text: string): TextSpan[] {
  if (last?.text === text) return last.spans;
  const spans: TextSpan[] = [];
  const add = (start: number, end: number) => {
    const prev = spans.at(-1);
    if (prev && start <= prev.end) prev.end = Math.max(prev.end, end);
    else spans.push({ start, end });
  };
  const headline = pageHeadline(text);
  if (headline) add(0, headline.line.start);
  const lines = linesOf(text);
  // what most texts lack is looked for once in the whole text, not on every line
  const copyright = holdsAny(text, COPYRIGHT_CUES);
  const counters = holdsAny(text, COUNTER_CUES);
  const cookies = holdsAny(text, COOKIE_CUES);
  // blocks: runs of lines without a blank one
  let blockStart = 0;
  // a list heading that ends its block: its list is the next block
  let listAhead = false;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i].body) continue;
    const from = blockStart;
    blockStart = i + 1;
    if (from === i) continue;
    let footer = false;
    for (let k = from; k < i && copyright && !footer; k++) footer = COPYRIGHT.test(lines[k].body);
    if (footer) {
      for (let k = from; k < i; k++) if (!isProse(lines[k].body) || COPYRIGHT.test(lines[k].body)) add(lines[k].start, lines[k].end);
      continue;
    }
    let inList = listAhead;
    listAhead = false;
    for (let k = from; k < i; k++) {
      const l = lines[k];
      // a paragraph of the article: only a cookie notice is as long
      if (l.body.length > 160) {
        inList = false;
        if (cookies && l.body.length <= 600 && COOKIE.test(l.body) && CONSENT.test(l.body)) add(l.start, l.end);
        continue;
      }
      if (LIST_HEADING.test(l.body)) {
        inList = true;
        listAhead = k === i - 1;
        add(l.start, l.end);
        continue;
      }
      if (inList && !isProse(l.body) && !/[.!?]$/.test(l.body)) {
        add(l.start, l.end);
        continue;
      }
      inList = false;
      if (isSiteLine(l.body)) add(l.start, l.end);
      else if (counters && l.body.length <= 200) for (const m of allMatches(COUNTER, l.body)) add(l.start + m.index, l.start + m.index + m[0].length);
    }
  }
  spans.sort((a, b) => a.start - b.start);
  last = { text, spans };
  return spans;
}

/** Whether an item starting at `at` stands in the page's furniture. */
export function inFurniture(text: string): (at: number) => boolean {
  const spans = furnitureSpans(text);
  if (!spans.length) return () => false;
  // the spans do not overlap: only the last one that starts at or before `at` can hold it
  return (at) => {
    const i = firstFrom(spans, at + 1) - 1;
    return i >= 0 && at < spans[i].end;
  };
}
