// Years and the periods around them: a bare year after a time preposition,
// year ranges, decades, seasons, quarters, halves, `by the end of 2020`,
// `begin januari`, elliptic day ranges (`from 13 to 15 July`) and vague references.
import type { Rule } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import { dateValue, parseAnchor, isValidDay, formatAt, pad } from "./dates-calendar.js";
import { type TimeLexicon, type Mod, words, keys, norm, B, E, dayFragment, dayNumber } from "./dates.js";
import { yearNamedBefore } from "./dates-relative.js";
import { pastBefore } from "./dates-absolute.js";
import { allMatches, regex, rx } from "../../text/classes.js";

/** A year of the 19th to 21st century; `YEAR` captures one as `y`. */
const YEAR_DIGITS = "(?:1[89]|20|21)\\d{2}";
const YEAR = `(?<y>${YEAR_DIGITS})`;
/** what may not follow a year: more digits, a decimal part, a letter or a hyphen (`2021-22`, `2021st`) */
const YEAR_END = "(?![\\d.,/]\\d|[\\p{L}\\d-])";

export function yearRangeRule(): Rule<DateValue> {
  return {
    id: "common.date.year-range",
    pattern: rx.gu`(?<![\d.,\/-])(?<a>(?:19|20)\d{2})(?:\s?[-–]\s?|(?<slash>\/))(?<b>(?:19|20)\d{2}|\d{2})(?![\d\/-]|[.,]\d|\s*(?:%|[\p{L}]+\s+(?:tons|tonnes|ton|euros?|dollars?)))`,
    normalize: (g) => {
      const b = g.b!.length === 2 ? `${g.a!.slice(0, 2)}${g.b}` : g.b!;
      // a slash joins only a season or a school or financial year (`2025/26`, `2023/2024`): the next year; `2014/10` is a month
      if (g.slash && +b !== +g.a! + 1) return null;
      return +b > +g.a! ? dateValue(g.a!, "year", { until: b }) : null;
    },
    examples: [
      { text: "In 2020-2021, Kazakhstan exported", expect: { value: "2020", until: "2021" } },
      { text: "the 2023-24 season", expect: { value: "2023", until: "2024" } },
      { text: "grain exports in the 2025/26 marketing year", expect: { value: "2025", until: "2026" } },
      { text: "in het academiejaar 2023/2024", expect: { value: "2023", until: "2024" } },
    ],
    negatives: ["2021-2020", "1.2020-2021", "2014/10", "Kenmerk: 2026/0412877"],
  };
}

/**
 * A preposition that introduces a year only before one that ends its clause (`for 2026.`) or is the subject of a
 * verb after it (`Forecasts for 2023 will be published`), not before a count's noun (`a contract for 2000 tonnes`).
 */
const closing = (lex: TimeLexicon) =>
  lex.closingYearPrepositions.length
    ? `|(?:${words(lex.closingYearPrepositions)})(?=\\s+${YEAR_DIGITS}(?:[^\\S\\n]*[.,;:!?)]|\\s*$|\\s+(?:${words(lex.yearSubjectVerbs)})(?![\\p{L}])))`
    : "";

/** A bare year after a preposition that introduces time (`In 2021`, `sinds 1991`, `in 2014 AD`, `for 2026.`). */
export function prepositionYearRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.preposition-year`,
    pattern: regex(`${B}(?:${words(lex.yearPrepositions)}${closing(lex)})\\s+(?<span>${YEAR}(?:\\s?A\\.?D\\.?)?)${YEAR_END}`, "gu"),
    spanGroup: "span",
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** A year before a noun of the level or period it dates, after a determiner: `31% below our 2019 baseline`, `the 2025 harvest`. */
export function attributeYearRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.attribute-year`,
    pattern: regex(`${B}(?:${words(lex.yearAttributeDeterminers)})\\s+(?<span>${YEAR})\\s+(?:${words(lex.yearAttributeNouns)})${E}`, "gu"),
    spanGroup: "span",
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** A year after a noun of the period or report it dates: `fiscal year 2025`, `het boekjaar 2025`, `Kerncijfers 2025`. */
export function nounYearRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.noun-year`,
    pattern: regex(`${B}(?:${words(lex.yearNouns)})\\s+(?<span>${YEAR})${YEAR_END}`, "gu"),
    spanGroup: "span",
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** A year that opens a sentence or quote as the subject of its verb: `2025 was a record year`, `"2025 was een recordjaar"`. */
export function subjectYearRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.subject-year`,
    pattern: regex(`(?<=^|\\n|[.!?]["”’]?[^\\S\\n]|["“„‘«][^\\S\\n]?)${YEAR}(?=[^\\S\\n]+(?:${words(lex.yearSubjectVerbs)})(?![\\p{L}]))`, "gu"),
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** The year a figure in brackets is compared with, as results releases write it: `21,4 miljoen euro (2024: 17,9 miljoen euro)`. */
export function comparedYearRule(): Rule<DateValue> {
  return {
    id: "common.date.compared-year",
    pattern: rx.gu`(?<=\([^\S\n]?)(?<y>(?:1[89]|20)\d{2})(?=[^\S\n]?:[^\S\n]+[\p{Sc}\d\p{Lu}])`,
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [{ text: "net profit of EUR 21 million (2024: EUR 18 million)", expect: { value: "2024" } }],
    negatives: ["(2024:1)", "(2024)", "(Expo 2017: EUR 5 million)"],
  };
}

/**
 * The last year of a list the preposition governs: `in 2025 and 2026`, `in 2022, 2023 or 2024`
 * (the first is the preposition's, the ones between follow a comma).
 */
export function coordinatedYearRule(lex: TimeLexicon): Rule<DateValue> {
  const y = YEAR_DIGITS;
  return {
    id: `${lex.lang}.date.coordinated-year`,
    pattern: regex(
      `${B}(?:${words(lex.yearPrepositions)})\\s+${y}(?:,\\s?${y}){0,6},?\\s+(?:${words(lex.and)}|${words(lex.or)})\\s+(?<span>${YEAR})${YEAR_END}`,
      "gu",
    ),
    spanGroup: "span",
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** A year after a comma in such a list: `in 2022, 2023 and 2024`. */
export function listedYearRule(lex: TimeLexicon): Rule<DateValue> {
  const y = YEAR_DIGITS;
  return {
    id: `${lex.lang}.date.listed-year`,
    pattern: regex(
      `${B}(?:${words(lex.yearPrepositions)})\\s+${y}(?:,\\s?${y}){0,5},\\s?(?<span>${YEAR})(?=(?:,\\s?${y}){0,5},?\\s+(?:${words(lex.and)}|${words(lex.or)})\\s+${y}${YEAR_END})`,
      "gu",
    ),
    spanGroup: "span",
    normalize: (g) => dateValue(g.y!, "year"),
    examples: [],
    negatives: [],
  };
}

/** `tussen 2000 en 2007`, `from 2019 to 2021`. */
export function yearRangeWordsRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.year-range-words`,
    pattern: regex(
      `${B}(?:(?:${words(lex.between)})\\s+(?<a>(?:1[89]|20)\\d{2})\\s+(?:${words(lex.and)})|(?:${words(lex.rangeFrom)})\\s+(?<a2>(?:1[89]|20)\\d{2})\\s+(?:${words(lex.rangeTo)}))\\s+(?<b>(?:1[89]|20)\\d{2})${E}`,
      "gu",
    ),
    priority: 1,
    normalize: (g) => {
      const a = (g.a ?? g.a2)!;
      return +g.b! > +a ? dateValue(a, "year", { until: g.b! }) : null;
    },
    examples: [],
    negatives: [],
  };
}

/** `the 1990s`, `in de jaren negentig`, `jaren '90`. */
export function decadeRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.decade`,
    pattern: regex(
      `${B}(?:(?<c>1[89]|20)(?<d>\\d)0(?:'?s)|(?:${words(lex.decadePrefix)})\\s+(?:(?<c2>1[89]|20)?(?<d2>\\d)0|'(?<d3>\\d)0|(?<w>${keys(lex.decadeWords)})))${E}`,
      "gu",
    ),
    normalize: (g) => {
      if (g.c) return dateValue(`${g.c}${g.d}X`, "decade");
      const d = g.d2 ?? g.d3 ?? String(lex.decadeWords[norm(g.w ?? "")] ?? "");
      if (!d) return null;
      const century = g.c2 ?? (+d >= 3 ? "19" : "20");
      return dateValue(`${century}${d}X`, "decade");
    },
    examples: [],
    negatives: [],
  };
}

/** `autumn 2021`, `najaar 2021`, `Q1 2022`, `eerste kwartaal van 2022`, `first half of 2022`. */
export function seasonQuarterRule(lex: TimeLexicon): Rule<DateValue> {
  // the quarters a text names, to find the one `the same quarter` refers back to
  const quarterNamed = regex(`${B}(?:Q(?<q>[1-4])|(?<qw>${keys(lex.quarters)})\\s+(?:${words(lex.quarterWord)}))${E}`, "gu");
  return {
    id: `${lex.lang}.date.season-quarter`,
    pattern: regex(
      `${B}(?:(?:${words(lex.articles)})\\s+)?(?:(?<season>${keys(lex.seasons)})|Q(?<q>[1-4])|(?<qw>${keys(lex.quarters)})\\s+(?:${words(lex.quarterWord)})|(?<same>${words(lex.sameWords)})\\s+(?:${words(lex.quarterWord)})|(?<half>${keys(lex.halves)}))` +
        `(?:\\s+(?:${words(lex.of)}))?\\s+(?:(?:${words(lex.articles)})\\s+)?${YEAR}${E}`,
      "gu",
    ),
    priority: 1,
    normalize: (g, ctx, m) => {
      if (g.season) return dateValue(`${g.y}-${lex.seasons[norm(g.season)]}`, "season");
      if (g.q || g.qw) return dateValue(`${g.y}-Q${g.q ?? lex.quarters[norm(g.qw!)]}`, "quarter");
      if (g.same) {
        // `up 9% on the same quarter of 2025`: the quarter named last before it (`the third quarter of 2026`), else no date here
        const named = allMatches(quarterNamed, ctx.text.slice(Math.max(0, m.index - 600), m.index)).pop();
        if (!named) return null;
        return dateValue(`${g.y}-Q${named.groups!.q ?? lex.quarters[norm(named.groups!.qw!)]}`, "quarter", { inferred: true });
      }
      return dateValue(g.y!, "year", { mod: lex.halves[norm(g.half!)] ?? null });
    },
    examples: [],
    negatives: [],
  };
}

/**
 * `by the end of 2020`, `begin januari`, `medio 2021`, `half 2021`, `eind juni 2022`, and a year the text does not write:
 * `until the end of the year`, `eind dit jaar`, `begin volgend jaar` (the year of the sentence, else the anchor's, shifted).
 */
export function modRule(lex: TimeLexicon): Rule<DateValue> {
  const yearWords = words(Object.keys(lex.units).filter((u) => lex.units[u] === "year" && !lex.pluralUnits.includes(u)));
  return {
    id: `${lex.lang}.date.mod`,
    pattern: regex(
      `${B}(?<mod>${keys(lex.yearMods)})[\\s-]*(?:(?<m>${keys(lex.months)})(?:\\s+${YEAR})?|${YEAR.replace("<y>", "<y2>")}(?!\\/\\d)` +
        `|(?:(?<art>${words(lex.articles)})|(?<ys>${keys(lex.shifts)}))\\s+(?:${yearWords}))${E}`,
      "gu",
    ),
    priority: 1,
    normalize: (g, ctx, match) => {
      const mod: Mod | null = lex.yearMods[norm(g.mod!)] ?? lex.yearMods[norm(g.mod!).replace(/-$/, "")] ?? null;
      if (g.y2) return dateValue(g.y2, "year", { mod });
      if (g.art || g.ys) {
        const a = parseAnchor(ctx.anchor);
        const told = g.art ? yearNamedBefore(ctx.text, match.index) : null;
        if (told !== null) return dateValue(String(told), "year", { mod, inferred: true });
        if (!a || (g.ys && lex.anaphoricShifts.includes(norm(g.ys)))) return dateValue(null, "year", { mod });
        return dateValue(String(a.y + (g.ys ? (lex.shifts[norm(g.ys)] ?? 0) : 0)), "year", { mod, inferred: true });
      }
      const m = lex.months[norm(g.m!)];
      if (!m) return null;
      if (g.y) return dateValue(`${g.y}-${pad(m)}`, "month", { mod });
      const a = parseAnchor(ctx.anchor);
      return dateValue(`${a ? a.y : "XXXX"}-${pad(m)}`, "month", { mod, inferred: Boolean(a) });
    },
    examples: [],
    negatives: [],
  };
}

/** Day ranges that write the month once: `from 13 to 15 July`, `21 tot en met 24 juni 2017`, `July 13-15`, `August 27th - 29th`. */
export function dayRangeRule(lex: TimeLexicon): Rule<DateValue> {
  const month = keys(lex.months);
  const to = `\\s*(?:-|–|(?:${words([...lex.rangeTo, ...lex.rangeAnd])})\\s)\\s*(?:(?:${words(lex.articles)})\\s+)?`;
  const joinedByAnd = regex(`\\d\\p{L}{0,2}\\.?\\s+(?:${words(lex.rangeAnd)})\\s`, "iu");
  const opened = regex(`^(?:${words(lex.rangeFrom)})\\s`, "iu");
  // the second day's weekday, as a programme writes both (`Donderdag 16 en vrijdag 17 september`, `Thursday 16 and Friday 17 September`)
  const weekdayBefore = `(?:(?:${keys(lex.weekdays)}),?\\s+)?`;
  const from = `(?:(?:${words(lex.rangeFrom)})\\s+)?(?:(?:${words(lex.articles)})\\s+)?`;
  return {
    id: `${lex.lang}.date.day-range`,
    pattern: regex(
      `${B}${from}(?:` +
        `${dayFragment(lex, "d1")}(?:\\s+(?:${words(lex.of)}))?(?:\\s+(?<m1>${month}))?${to}${weekdayBefore}${dayFragment(lex, "d2")}(?:\\s+(?:${words(lex.of)}))?\\s+(?<m2>${month})` +
        `|(?<m3>${month})\\.?\\s+${dayFragment(lex, "d3")}${to}${dayFragment(lex, "d4")}` +
        // the year may be said relative to the anchor's: `from 3 to 5 June next year`, `van 12 tot 14 mei volgend jaar`
        `)(?:,?\\s+(?<y>\\d{4})|\\s+(?<ys>${keys(lex.shifts)})\\s+(?<yu>${keys(lex.units)}))?${E}`,
      "gu",
    ),
    priority: 1,
    normalize: (g, ctx, m) => {
      const a = parseAnchor(ctx.anchor);
      const shift = g.ys ? lex.shifts[norm(g.ys)] : 0;
      if (g.ys && (shift === undefined || lex.units[norm(g.yu!)] !== "year" || lex.pluralUnits.includes(norm(g.yu!)))) return null;
      let y = g.y ? +g.y : a ? a.y + shift : null;
      const m2 = lex.months[norm((g.m2 ?? g.m3)!)];
      const m1 = g.m1 ? lex.months[norm(g.m1)] : m2;
      // `visited Almaty on Nov. 3-5` in a June release: last year's, as a single day told in the past is
      if (a && y === a.y && !g.y && !g.ys && m1 > a.m + 1 && pastBefore(lex, ctx.text, m.index)) y--;
      const d1 = dayNumber(lex, (g.d1 ?? g.d3)!), d2 = dayNumber(lex, (g.d2 ?? g.d4)!);
      // `on 3 and 10 October` are two days; `on 1 and 2 October`, `between 12 and 14 May` one span
      if (joinedByAnd.test(m[0]) && !opened.test(m[0]) && !(m1 === m2 && d2 === d1 + 1)) return null;
      if (y === null) {
        if (!isValidDay(2000, m1, d1) || !isValidDay(2000, m2, d2)) return null;
        return dateValue(`XXXX-${pad(m1)}-${pad(d1)}`, "day", { until: `XXXX-${pad(m2)}-${pad(d2)}` });
      }
      if (!isValidDay(y, m1, d1) || !isValidDay(y, m2, d2)) return null;
      const start = formatAt({ y, m: m1, d: d1 }, "day"), end = formatAt({ y, m: m2, d: d2 }, "day");
      return end > start ? dateValue(start, "day", { until: end, inferred: !g.y }) : null;
    },
    examples: [],
    negatives: [],
  };
}

export function vagueRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.vague`,
    pattern: regex(`${B}(?<w>${keys(lex.vague)})${E}`, "gu"),
    normalize: (g) => dateValue(lex.vague[norm(g.w!)] ?? null, null),
    examples: [],
    negatives: [],
  };
}

export const periodDateRules = (lex: TimeLexicon): Rule<DateValue>[] => [
  yearRangeRule(),
  prepositionYearRule(lex),
  nounYearRule(lex),
  ...(lex.yearAttributeNouns.length ? [attributeYearRule(lex)] : []),
  subjectYearRule(lex),
  comparedYearRule(),
  coordinatedYearRule(lex),
  listedYearRule(lex),
  yearRangeWordsRule(lex),
  decadeRule(lex),
  seasonQuarterRule(lex),
  modRule(lex),
  dayRangeRule(lex),
  vagueRule(lex),
];
