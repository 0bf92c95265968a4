// Dates: every date expression of the body, normalized to ISO at its grain.
// After the rules, one refiner joins two dates that the text makes a range
// (`July 13 - July 15`, `van 14/10/2013 tot 15/10/2013`, `from March to May 2022`).
import type { DateT } from "../schema.js";
import { runRules, alternation, type Candidate } from "../rules.js";
import { ruleContext, spanOf, type Doc, type RawSpan } from "../document.js";
import { rangeWordsFor, type RangeWords } from "../lang/common/dates.js";
import { regex, rx } from "../text/classes.js";
import { inFurniture } from "../text/furniture.js";

export type DateValue = Pick<DateT, "value" | "until" | "grain" | "mod" | "inferred">;
export type DateItem = RawSpan & DateValue;

export function extractDates(doc: Doc): DateItem[] {
  // each rule tries its pattern only where a date can begin (rules.ts), so the whole text is cheap to run
  const found = runRules(doc.pack.rules.dates, ruleContext(doc));
  const words = rangeWordsFor(doc.lang);
  const merged = words ? mergeDateRanges(doc.text, found, words) : found;
  // the site's menus, lists of other pages and footer date nothing of the article (text/furniture.ts)
  const furniture = inFurniture(doc.text);
  return merged.filter((c) => !furniture(c.start)).map((c) => ({ ...spanOf(doc, c.start, c.end, c.rule), ...c.value }));
}

const joinCache = new Map<RangeWords, { gap: RegExp; between: RegExp; and: RegExp; from: RegExp }>();
function joiners(w: RangeWords) {
  let j = joinCache.get(w);
  if (!j) {
    j = {
      gap: regex(`^\\s*(?:-|–|—|(?:${alternation(w.to)})(?=\\s))\\s*$`, "iu"),
      and: regex(`^\\s+(?:${alternation(w.and)})\\s+$`, "iu"),
      between: regex(`(?:^|[^\\p{L}])(?:${alternation(w.between)})\\s+$`, "iu"),
      from: regex(`(?:^|[^\\p{L}])(?:${alternation(w.from)})\\s+$`, "iu"),
    };
    joinCache.set(w, j);
  }
  return j;
}

const GRAIN_LENGTH: Record<string, number> = { year: 4, month: 7, day: 10 };

/** Two dates of one grain joined by a range word become one date with `until`; a year the first lacks comes from the second. */
export function mergeDateRanges(text: string, found: Candidate<DateValue>[], w: RangeWords): Candidate<DateValue>[] {
  const j = joiners(w);
  const out: Candidate<DateValue>[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (!b || !a.value.value || !b.value.value || a.value.until || b.value.until || a.value.grain !== b.value.grain || !GRAIN_LENGTH[a.value.grain ?? ""]) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const lead = text.slice(Math.max(0, a.start - 12), a.start);
    const betweenAnd = j.and.test(gap) && j.between.test(lead);
    if (!betweenAnd && !j.gap.test(gap)) {
      out.push(a);
      continue;
    }
    let start = a.value.value;
    const end = b.value.value;
    if (a.value.inferred && !b.value.inferred && a.value.grain !== "year") start = end.slice(0, 4) + start.slice(4);
    if (end <= start) {
      out.push(a);
      continue;
    }
    const prefix = betweenAnd ? j.between.exec(lead) : j.from.exec(lead);
    const from = prefix ? a.start - prefix[0].replace(rx.u`^[^\p{L}]`, "").length : a.start;
    out.push({
      ...a,
      start: from,
      end: b.end,
      text: text.slice(from, b.end),
      rule: `${a.rule}+range`,
      value: { ...a.value, value: start, until: end, inferred: a.value.inferred && b.value.inferred },
    });
    i++;
  }
  return out;
}
