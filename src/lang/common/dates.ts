// Date rules every language shares (ISO and numeric dates, year ranges) and the
// builders each language fills with its own words, so rule logic is written once.
import { alternation, type Rule } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import { isoDay } from "../../text/header.js";

export type MonthLexicon = Record<string, number>;

const date = (value: string | null, grain: DateValue["grain"], extra: Partial<DateValue> = {}): DateValue => ({
  value,
  until: null,
  grain,
  mod: null,
  inferred: false,
  ...extra,
});

const plausibleYear = (y: number) => y >= 1000 && y <= 2199;

/** A year from the anchor (publication or reference date), or XXXX when nothing anchors one. */
export function anchorYear(anchor: string | null): string {
  return anchor ? anchor.slice(0, 4) : "XXXX";
}

export function dayValue(y: string, m: number, d: number): string | null {
  if (y === "XXXX") return isoDay(2000, m, d) ? `XXXX-${pad(m)}-${pad(d)}` : null;
  return isoDay(+y, m, d);
}
const pad = (n: number) => String(n).padStart(2, "0");

export const commonDateRules: Rule<DateValue>[] = [
  {
    id: "common.date.iso-day",
    pattern: /(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])/g,
    normalize: (g) => {
      const v = isoDay(+g.y!, +g.m!, +g.d!);
      return v ? date(v, "day") : null;
    },
    examples: [{ text: "on 2017-06-21 in Astana", expect: { value: "2017-06-21", grain: "day" } }],
    negatives: ["2017-13-45"],
  },
  {
    id: "common.date.numeric-day-first",
    // day first in both languages unless impossible
    pattern: /(?<![\d/.-])(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?![\d/.-]|\.\d)/g,
    normalize: (g) => {
      const a = +g.a!, b = +g.b!, y = +g.y!;
      if (!plausibleYear(y)) return null;
      const v = isoDay(y, b, a) ?? isoDay(y, a, b);
      return v ? date(v, "day") : null;
    },
    examples: [
      { text: "20/06/2017", expect: { value: "2017-06-20" } },
      { text: "op 21.06.2017", expect: { value: "2017-06-21" } },
      { text: "06/20/2017", expect: { value: "2017-06-20" } },
    ],
    negatives: ["1.500.000", "24/7"],
  },
  {
    id: "common.date.year-range",
    pattern: /(?<![\d.,/-])(?<a>(?:19|20)\d{2})\s?[-–]\s?(?<b>(?:19|20)\d{2})(?![\d/-]|[.,]\d)/g,
    normalize: (g) => (+g.b! > +g.a! ? date(g.a!, "year", { until: g.b! }) : null),
    examples: [{ text: "In 2020-2021, Kazakhstan exported", expect: { value: "2020", until: "2021" } }],
    negatives: ["2021-2020"],
  },
];

/** `21 June 2017`, `21 juni 2017`, `21st of June` (year from the anchor when missing). */
export function dayMonthRule(lang: string, months: MonthLexicon, ordinal: string): Rule<DateValue> {
  return {
    id: `${lang}.date.day-month-year`,
    pattern: new RegExp(
      `(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:${ordinal})?(?:\\s+of)?\\s+(?<m>${alternation(Object.keys(months))})\\.?(?:,?\\s+(?<y>\\d{4}))?(?![\\p{L}\\d])`,
      "giu",
    ),
    normalize: (g, ctx) => {
      const m = months[g.m!.toLowerCase()];
      const y = g.y ?? anchorYear(ctx.anchor);
      const v = dayValue(y, m, +g.d!);
      return v ? date(v, "day", { inferred: !g.y && y !== "XXXX" }) : null;
    },
    examples: [],
    negatives: [],
  };
}

/** `June 21, 2017`, `March 15` (year from the anchor when missing). */
export function monthDayRule(lang: string, months: MonthLexicon, ordinal: string): Rule<DateValue> {
  return {
    id: `${lang}.date.month-day-year`,
    pattern: new RegExp(
      `(?<![\\p{L}\\d])(?<m>${alternation(Object.keys(months))})\\.?\\s+(?<d>\\d{1,2})(?:${ordinal})?(?:,?\\s+(?<y>\\d{4}))?(?![\\p{L}\\d])`,
      "giu",
    ),
    normalize: (g, ctx) => {
      const m = months[g.m!.toLowerCase()];
      const y = g.y ?? anchorYear(ctx.anchor);
      const v = dayValue(y, m, +g.d!);
      return v ? date(v, "day", { inferred: !g.y && y !== "XXXX" }) : null;
    },
    examples: [],
    negatives: [],
  };
}

/** `June 2017`, `juni 2017`. */
export function monthYearRule(lang: string, months: MonthLexicon): Rule<DateValue> {
  return {
    id: `${lang}.date.month-year`,
    pattern: new RegExp(`(?<![\\p{L}\\d])(?<m>${alternation(Object.keys(months))})\\.?\\s+(?<y>\\d{4})(?![\\p{L}\\d])`, "giu"),
    normalize: (g) => {
      const y = +g.y!;
      if (!plausibleYear(y)) return null;
      return date(`${g.y}-${pad(months[g.m!.toLowerCase()])}`, "month");
    },
    examples: [],
    negatives: [],
  };
}

/** A bare year after a preposition that introduces time (`In 2021`, `sinds 1991`). */
export function prepositionYearRule(lang: string, prepositions: string[]): Rule<DateValue> {
  return {
    id: `${lang}.date.preposition-year`,
    pattern: new RegExp(`(?<![\\p{L}])(?:${alternation(prepositions)})\\s+(?<y>(?:1[89]|20|21)\\d{2})(?![\\d.,]\\d|[\\p{L}-])`, "giu"),
    spanGroup: "y",
    normalize: (g) => date(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** A range of two dates joined by a range word (`tussen 2000 en 2007`, `from 21 to 24 June 2017`). */
export function dayRangeRule(lang: string, months: MonthLexicon, from: string[], to: string[]): Rule<DateValue> {
  const month = alternation(Object.keys(months));
  return {
    id: `${lang}.date.day-range`,
    pattern: new RegExp(
      `(?<![\\p{L}\\d])(?:(?:${alternation(from)})\\s+)?(?<d1>\\d{1,2})(?:\\s+(?<m1>${month}))?\\s+(?:${alternation(to)})\\s+(?<d2>\\d{1,2})\\s+(?<m2>${month})(?:\\s+(?<y>\\d{4}))?(?![\\p{L}\\d])`,
      "giu",
    ),
    normalize: (g, ctx) => {
      const y = g.y ?? anchorYear(ctx.anchor);
      const m2 = months[g.m2!.toLowerCase()];
      const m1 = g.m1 ? months[g.m1.toLowerCase()] : m2;
      const a = dayValue(y, m1, +g.d1!);
      const b = dayValue(y, m2, +g.d2!);
      if (!a || !b || b < a) return null;
      return date(a, "day", { until: b, inferred: !g.y && y !== "XXXX" });
    },
    examples: [],
    negatives: [],
  };
}

export function yearRangeRule(lang: string, from: string[], to: string[]): Rule<DateValue> {
  return {
    id: `${lang}.date.year-range-words`,
    pattern: new RegExp(
      `(?<![\\p{L}])(?:${alternation(from)})\\s+(?<a>(?:19|20)\\d{2})\\s+(?:${alternation(to)})\\s+(?<b>(?:19|20)\\d{2})(?![\\d\\p{L}])`,
      "giu",
    ),
    normalize: (g) => (+g.b! > +g.a! ? date(g.a!, "year", { until: g.b! }) : null),
    examples: [],
    negatives: [],
  };
}

export function yearModRule(lang: string, phrases: Record<string, NonNullable<DateValue["mod"]>>): Rule<DateValue> {
  return {
    id: `${lang}.date.year-mod`,
    pattern: new RegExp(`(?<![\\p{L}])(?<mod>${alternation(Object.keys(phrases))})\\s+(?<y>(?:19|20)\\d{2})(?![\\d\\p{L}])`, "giu"),
    priority: 1,
    normalize: (g) => date(g.y!, "year", { mod: phrases[g.mod!.toLowerCase().replace(/\s+/g, " ")] ?? null }),
    examples: [],
    negatives: [],
  };
}

export function vagueRule(lang: string, words: Record<string, "PAST_REF" | "PRESENT_REF" | "FUTURE_REF">): Rule<DateValue> {
  return {
    id: `${lang}.date.vague`,
    pattern: new RegExp(`(?<![\\p{L}])(?<w>${alternation(Object.keys(words))})(?![\\p{L}])`, "giu"),
    normalize: (g) => date(words[g.w!.toLowerCase().replace(/\s+/g, " ")] ?? null, null),
    examples: [],
    negatives: [],
  };
}
