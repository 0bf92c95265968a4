// Figures: every number that is not part of a date, normalized with its unit.
import type { FigureT } from "../schema.js";
import { runRules, type Rule } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { inFurniture } from "../text/furniture.js";

export type FigureValue = Pick<FigureT, "value" | "unit" | "quantity" | "approx" | "counted" | "subject">;
export type FigureItem = RawSpan & FigureValue;
/** A figure rule; `starts` (rules.ts) says where it can begin. */
export type FigureRule = Rule<FigureValue>;

/** A bare `1/5` is a fraction as much as a day and month: both readings are kept. */
const AMBIGUOUS_RATIO = /^\d{1,2}\/\d{1,2}$/;

// phone numbers (`+32 2 123 45 67`, `(0)2 123 45 67`) are neither figures nor dates
const PHONE = /(?:\+\d{1,3}|\(0\d{0,4}\))[\s./-]?\d{1,4}(?:[\s./-]\d{2,4}){1,4}/y;
// nor are those written without the country code: a trunk prefix 0 and three or more short groups (`0476 12 34 56`,
// `010 123 45 67`, `02/374.95.62`), which no amount or date is written like
const NATIONAL_PHONE = /0\d{1,3}(?:[ ./]\d{2,3}){3,4}(?![\d.,]\d)/y;
/** Where a phone number can begin: `+`, `(`, or a `0` opening a number */
const PHONE_START = /[+(]|(?<![\p{L}\d.,])0/gu;

/** The phone numbers of a text, as a scan would find them: tried only where one can begin (`+`, `(`, a `0` opening a number). */
function phoneSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  PHONE_START.lastIndex = 0;
  for (let m; (m = PHONE_START.exec(text)); ) {
    const pattern = m[0] === "0" ? NATIONAL_PHONE : PHONE;
    pattern.lastIndex = m.index;
    const phone = pattern.exec(text);
    if (!phone) continue;
    out.push({ start: m.index, end: m.index + phone[0].length });
    PHONE_START.lastIndex = m.index + phone[0].length;
  }
  return out;
}

/** Figures overlapping a date span are parts of dates (`21 juni 2017`), not figures. */
export function extractFigures(doc: Doc, dates: readonly RawSpan[]): FigureItem[] {
  const blocked = phoneSpans(doc.text);
  // spans sorted by start, searched from the first that ends after s: linear in the text, not figures × dates
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  // `within 30 days`: the count of a time limit is a duration as well as the end of a date's span
  const limit = doc.pack.timeLimits?.length ? new RegExp(`^(?:${doc.pack.timeLimits.join("|")})\\s`, "iu") : null;
  const overlaps = (s: number, e: number) =>
    anyOverlap(sortedDates, s, e, (d) => !(d.start === s && d.end === e && AMBIGUOUS_RATIO.test(d.text)) && !(limit?.test(d.text) && d.end === e)) ||
    anyOverlap(blocked, s, e, () => true);
  // nor are the numbers of the site's furniture: counters, list numbers, addresses, registration numbers (text/furniture.ts)
  const furniture = inFurniture(doc.text);
  return runRules(doc.pack.rules.figures, ruleContext(doc))
    .filter((c) => !overlaps(c.start, c.end) && !furniture(c.start))
    .map((c) => ({ ...spanOf(doc, c.start, c.end, c.rule), ...c.value }));
}

/** Whether a span among non-overlapping `spans` (sorted by start) overlaps [s, e) and passes `keep`. */
function anyOverlap<T extends { start: number; end: number }>(spans: readonly T[], s: number, e: number, keep: (x: T) => boolean): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= s) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < spans.length && spans[i].start < e; i++) if (s < spans[i].end && keep(spans[i])) return true;
  return false;
}
