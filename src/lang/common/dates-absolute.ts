// Dates the text writes out: ISO and numeric dates, day and month in words, month
// and year. A year the text does not give comes from the anchor (inferred), or is
// XXXX when nothing anchors one.
import type { Rule, RuleContext } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import {
  dateValue, parseAnchor, isValidDay, weekday, fullYear, plausibleYear, addMonths, formatAt, pad, type Ymd,
} from "./dates-calendar.js";
import { type TimeLexicon, words, keys, norm, abbreviationDot, B, E, dayFragment, dayNumber, monthNumber } from "./dates.js";
import { rx, regex } from "../../text/classes.js";

const NOT_DATES = new Set(["24/7", "24/24", "9/11", "50/50", "7/24"]);

function day(y: number | "XXXX", m: number, d: number, inferred: boolean): DateValue | null {
  if (y === "XXXX") return isValidDay(2000, m, d) ? dateValue(`XXXX-${pad(m)}-${pad(d)}`, "day") : null;
  if (!plausibleYear(y) || !isValidDay(y, m, d)) return null;
  return dateValue(formatAt({ y, m, d }, "day"), "day", { inferred });
}

/** A day and month without a year: the anchor's year, checked against a weekday when the text names one. */
function dayInAnchorYear(ctx: RuleContext, m: number, d: number, wd: number | null): DateValue | null {
  const a = parseAnchor(ctx.anchor);
  if (!a) return day("XXXX", m, d, false);
  if (wd) {
    for (let y = a.y; y < a.y + 12; y++) if (isValidDay(y, m, d) && weekday({ y, m, d }) === wd) return day(y, m, d, true);
  }
  return day(a.y, m, d, true);
}

/**
 * `Registration is open until 31 January` in a November release: a day without a year that the
 * anchor's year puts half a year or more behind it is next year's, when its sentence looks ahead
 * (a future marker, or `until` before the day) and tells nothing in the past tense.
 */
function aheadOfAnchor(lex: TimeLexicon, ctx: RuleContext, at: number, found: DateValue | null, wd: number | null): DateValue | null {
  const a = parseAnchor(ctx.anchor);
  if (!a || wd || !found?.value || !found.inferred || found.grain !== "day") return found;
  const [y, m, d] = found.value.split("-").map(Number);
  // `signed on 12 November` in a January release: last year's
  if (y === a.y && m > a.m + 1 && pastBefore(lex, ctx.text, at)) return day(y - 1, m, d, true);
  if (y !== a.y || (a.m - m) < 6) return found;
  const from = Math.max(0, at - 200);
  const before = ctx.text.slice(from, at).replace(/^[^]*[.!?\n](?=\s)/u, "");
  const after = ctx.text.slice(at, at + 200).replace(/[.!?\n][^]*$/u, "");
  const sentence = before + after;
  if (lex.pastTense.test(sentence)) return found;
  lex.futureMarkers.lastIndex = 0;
  if (!lex.futureMarkers.test(sentence) && !untilBefore(lex).test(before)) return found;
  return day(y + 1, m, d, true);
}

/** `until`, `tot (de)` right before a day: built once per language, not per date. */
const untilPatterns = new WeakMap<TimeLexicon, RegExp>();
function untilBefore(lex: TimeLexicon): RegExp {
  let re = untilPatterns.get(lex);
  if (!re) {
    re = regex(`(?:^|[^\\p{L}])(?:${words(lex.rangeTo)})\\s+(?:(?:${words(lex.dayPrepositions)}|${words(lex.articles)})\\s+)?$`, "iu");
    untilPatterns.set(lex, re);
  }
  return re;
}

const wdOf = (lex: TimeLexicon, raw: string | undefined) => (raw ? (lex.weekdays[norm(raw)] ?? null) : null);
const weekdayPrefix = (lex: TimeLexicon) => `(?:(?<wd>${keys(lex.weekdays)})\\.?,?\\s+)?`;

export function isoDayRule(): Rule<DateValue> {
  return {
    id: "common.date.iso-day",
    pattern: /(?<![\d.\/-])(?<y>\d{4})(?<sep>[-\/])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d\/-])/g,
    normalize: (g) => day(+g.y!, +g.m!, +g.d!, false),
    examples: [
      { text: "on 2017-06-21 in Astana", expect: { value: "2017-06-21", grain: "day" } },
      { text: "2015-3-3", expect: { value: "2015-03-03" } },
    ],
    negatives: ["2017-13-45", "ISBN 978-3-16"],
  };
}

export function isoMonthRule(): Rule<DateValue> {
  return {
    id: "common.date.iso-month",
    pattern: /(?<![\d.,\/-])(?<y>(?:1[89]|20|21)\d{2})[-\/](?<m>0[1-9]|1[0-2])(?![\d\/-]|[.,]\d)/g,
    normalize: (g) => dateValue(`${g.y}-${g.m}`, "month"),
    examples: [{ text: "the 2014-10 figures", expect: { value: "2014-10", grain: "month" } }],
    negatives: ["2020-2021", "2014-15"],
  };
}

/** `20/06/2017`, `31.10.74`, `10/31/1974`: day first unless impossible. */
export function numericDayRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.numeric-day`,
    pattern: regex(
      `${B}${weekdayPrefix(lex)}(?<![\\d/.-])(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2})(?![\\d/-]|[.,]\\d)`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const y = fullYear(g.y!, parseAnchor(ctx.anchor));
      return day(y, +g.b!, +g.a!, false) ?? day(y, +g.a!, +g.b!, false);
    },
    examples: [],
    negatives: ["1.500.000", "24/7", "1.2.3.2020"],
  };
}

/** `2/2013`: month and year. */
export function numericMonthYearRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.numeric-month-year`,
    pattern: /(?<![\d\/.,-])(?<m>0?[1-9]|1[0-2])\/(?<y>(?:1[89]|20)\d{2})(?![\d\/.-])/g,
    normalize: (g) => dateValue(`${g.y}-${pad(+g.m!)}`, "month"),
    examples: [],
    negatives: [],
  };
}

/** `2/15`, `op 15-2`, `on 10.10`: day and month, year from the anchor; a following word or number means it is a ratio or range. */
export function numericDayMonthRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.numeric-day-month`,
    pattern: regex(
      `(?<![\\p{L}\\d/.,:-])(?:(?<prep>${words(lex.dayPrepositions)})\\s+|${weekdayPrefix(lex)})?(?<![\\d/.,:-])(?<a>\\d{1,2})\\s?(?<sep>[/.-])\\s?(?<b>\\d{1,2})(?![\\d/.,:]|-\\d)`,
      "gu",
    ),
    normalize: (g, ctx, m) => {
      const cue = g.prep || g.wd;
      if (NOT_DATES.has(`${g.a}/${g.b}`)) return null;
      if (!cue) {
        if (g.sep === ".") return null;
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
        const before = ctx.text.slice(Math.max(0, m.index - 2), m.index);
        if (rx.u`^\s*[\p{L}$€£%\d]`.test(after) || /[$€£~]\s?$/.test(before)) return null;
      }
      const a = +g.a!, b = +g.b!;
      return dayInAnchorYear(ctx, b, a, wdOf(lex, g.wd)) ?? dayInAnchorYear(ctx, a, b, wdOf(lex, g.wd));
    },
    examples: [],
    negatives: ["24/7", "10-20 dollars", "2.5", "score 3-1 in"],
  };
}

/** `21 juni 2017`, `the 1st of March`, `31-Oct-74`, `14april 2015`, `Maandag, 18 februari`. */
export function dayMonthRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.day-month-year`,
    pattern: regex(
      `${B}${weekdayPrefix(lex)}(?:(?:${words(lex.dayPrepositions)})\\s+)?(?:(?:${words(lex.articles)})\\s+)?` +
        `${dayFragment(lex, "d").replace("(?![\\d\\p{L}])", "(?!\\d)")}(?:(?:\\s+(?:${words(lex.of)}))?\\s*|[/-])` +
        // a period only after an abbreviated month (`Sept.`), not the one that ends the sentence
        `(?<m>${keys(lex.months)})${abbreviationDot(lex.months)}(?:(?:,?\\s+|[/-])(?<y>\\d{4}(?!\\d)|'?\\d{2}(?=\\s*(?:$|[.;:!?)]))))?${E}`,
      "gu",
    ),
    normalize: (g, ctx, match) => {
      const m = lex.months[norm(g.m!)];
      const d = dayNumber(lex, g.d!);
      if (!m || !d) return null;
      if (g.y) return day(fullYear(g.y.replace("'", ""), parseAnchor(ctx.anchor)), m, d, false);
      return aheadOfAnchor(lex, ctx, match.index, dayInAnchorYear(ctx, m, d, wdOf(lex, g.wd)), wdOf(lex, g.wd));
    },
    examples: [],
    negatives: [],
  };
}

/** `June 21, 2017`, `March 15`, `march first`, `Wed, Feb13`, `Jul 18, Fri`. */
export function monthDayRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.month-day-year`,
    pattern: regex(
      // a period only after an abbreviated month (`Feb. 13`): after `July.` a new sentence begins (`raised on 1 July. The new quay`)
      `${B}${weekdayPrefix(lex)}(?<m>${keys(lex.months)})${abbreviationDot(lex.months)}\\s*(?:(?:${words(lex.articles)})\\s+)?${dayFragment(lex, "d")}` +
        `(?:,?\\s+(?<y>\\d{4})(?!\\d))?(?:,?\\s+(?<wd2>${keys(lex.weekdays)})(?![\\p{L}]))?`,
      "gu",
    ),
    normalize: (g, ctx, match) => {
      const m = monthNumber(lex, g.m!);
      const d = dayNumber(lex, g.d!);
      if (!m || !d) return null;
      if (g.y) return day(+g.y, m, d, false);
      const wd = wdOf(lex, g.wd) ?? wdOf(lex, g.wd2);
      return aheadOfAnchor(lex, ctx, match.index, dayInAnchorYear(ctx, m, d, wd), wd);
    },
    examples: [],
    negatives: [],
  };
}

/** `June 2017`, `Oktober 2014`. */
export function monthYearRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.month-year`,
    pattern: regex(`${B}(?<m>${keys(lex.months)})\\.?,?\\s+(?<y>\\d{4})${E}`, "gu"),
    normalize: (g) => {
      const y = +g.y!;
      const m = lex.months[norm(g.m!)];
      return m && plausibleYear(y) ? dateValue(`${g.y}-${pad(m)}`, "month") : null;
    },
    examples: [],
    negatives: [],
  };
}

/** `Tuesday the 19th`, `Thu 15th`: the next month whose day falls on that weekday. */
export function weekdayDayRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.weekday-day`,
    pattern: regex(
      `${B}(?<wd>${keys(lex.weekdays)})\\.?,?\\s+(?:(?:${words(lex.articles)})\\s+(?<d1>\\d{1,2})(?:${lex.ordinalSuffix})?|(?<d2>\\d{1,2})(?:${lex.ordinalSuffix}))(?![\\p{L}\\d])`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const a = parseAnchor(ctx.anchor);
      const wd = wdOf(lex, g.wd);
      const d = +(g.d1 ?? g.d2)!;
      if (!a || !wd) return null;
      for (let k = 0; k < 24; k++) {
        const t: Ymd = { ...addMonths({ y: a.y, m: a.m, d: 1 }, k), d };
        if (isValidDay(t.y, t.m, d) && weekday(t) === wd && (k > 0 || d >= a.d)) return dateValue(formatAt(t, "day"), "day", { inferred: true });
      }
      return null;
    },
    examples: [],
    negatives: [],
  };
}

/** `March`, `in maart`, `next March`, `March after next`, `volgend jaar maart`, `in October last year`, `oktober vorig jaar`. */
export function bareMonthRule(lex: TimeLexicon): Rule<DateValue> {
  const shifts = keys(lex.shifts);
  const yearWords = words(Object.keys(lex.units).filter((u) => lex.units[u] === "year"));
  return {
    id: `${lex.lang}.date.month`,
    pattern: regex(
      `${B}(?:(?<yref>${shifts})\\s+(?:${keys(lex.units)})\\s+|(?<shift>${shifts})\\s+)?(?<m>${words(lex.monthNames)})` +
        `(?:\\s+(?<after>${words(lex.afterNext)})|\\s+(?<yref2>${shifts})\\s+(?:${yearWords}))?${E}`,
      "gu",
    ),
    normalize: (g, ctx, match) => {
      const m = monthNumber(lex, g.m!);
      const a = parseAnchor(ctx.anchor);
      if (!m) return null;
      if (g.m === g.m!.toLowerCase() && lex.capitalOnly.includes(g.m!)) return null;
      // nothing anchors the year: the month alone, as a day is written (`XXXX-06`); a shifted month needs the anchor
      if (!a) return g.yref || g.yref2 || g.shift || g.after ? dateValue(null, "month") : dateValue(`XXXX-${pad(m)}`, "month");
      let y = a.y;
      if (g.yref && g.yref2) return null;
      if (g.yref || g.yref2) {
        const yref = (g.yref ?? g.yref2)!;
        if (lex.units[norm(yref)] !== undefined) return null;
        // an anaphoric shift after the month (`October the previous year`) counts from a year the text names, not the anchor
        if (g.yref2 && lex.anaphoricShifts.includes(norm(yref))) return null;
        y += lex.shifts[norm(yref)] ?? 0;
      } else if (g.shift || g.after) {
        const s = g.shift ? (lex.shifts[norm(g.shift)] ?? 0) : 1;
        if (s > 0 && m <= a.m) y++;
        if (s < 0 && m >= a.m) y--;
        if (g.after) y++;
      } else if (m < a.m && (futureBefore(lex, ctx.text, match.index) || startsAhead(lex, ctx.text, match.index) || (a.m - m >= 3 && passiveAheadAfter(lex, ctx.text, match.index, match.index + match[0].length)))) y++;
      // not the month after the anchor's, which a release in the past tense may still look ahead to
      else if (m > a.m + 1 && pastBefore(lex, ctx.text, match.index)) y--;
      // `sinds november` in a May release: the time since then has passed, so it is last year's
      else if (m > a.m && sinceBefore(lex, ctx.text, match.index)) y--;
      return dateValue(`${y}-${pad(m)}`, "month", { inferred: true });
    },
    examples: [],
    negatives: [],
  };
}

/** Whether one of the words stands right before `at`, whatever its case (`since November`, `vanaf januari`). */
function wordRightBefore(list: readonly string[], text: string, at: number): boolean {
  if (!list.length) return false;
  let re = beforePatterns.get(list);
  if (!re) beforePatterns.set(list, (re = regex(`(?:^|[^\\p{L}])(?:${words(list)})\\s+$`, "u")));
  return re.test(text.slice(Math.max(0, at - 24), at));
}
const beforePatterns = new WeakMap<readonly string[], RegExp>();

/** `since November`, `sinds november`: the word right before the month. */
const sinceBefore = (lex: TimeLexicon, text: string, at: number) => wordRightBefore(lex.sinceWords, text, at);

/** `Twintig ingenieurs volgen vanaf januari een opleiding` in an October release: a start ahead, in a sentence with no past tense. */
function startsAhead(lex: TimeLexicon, text: string, at: number): boolean {
  if (!wordRightBefore(lex.startWords, text, at)) return false;
  const sentence = text.slice(Math.max(0, at - 200), at).replace(/^[^]*[.!?\n](?=\s)/u, "") + text.slice(at, at + 200).replace(/[.!?\n][^]*$/u, "");
  return !lex.pastTense.test(sentence);
}

/** `De vereniging, die in januari wordt opgericht, …` in a November release: a present passive right after the month, in a sentence with no past tense. */
function passiveAheadAfter(lex: TimeLexicon, text: string, at: number, end: number): boolean {
  if (!lex.passiveAhead.length) return false;
  let re = passivePatterns.get(lex);
  if (!re) {
    re = regex(`^[^\\S\\n]+(?:${words(lex.passiveAhead)})[^\\S\\n]+\\p{Ll}`, "u");
    passivePatterns.set(lex, re);
  }
  if (!re.test(text.slice(end, end + 40))) return false;
  // (a participle after a present auxiliary, `wordt geopend`, tells no past)
  const sentence = text.slice(Math.max(0, at - 200), at).replace(/^[^]*[.!?\n](?=\s)/u, "") + text.slice(at, at + 200).replace(/[.!?\n][^]*$/u, "");
  return !tellsPast(lex, sentence);
}
const passivePatterns = new WeakMap<TimeLexicon, RegExp>();

/**
 * `agreed to hold the next round of talks in January`: a future marker earlier in the month's clause,
 * with no verb in the past tense after it, puts the month ahead of the anchor.
 */
function futureBefore(lex: TimeLexicon, text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  let last = -1;
  lex.futureMarkers.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = lex.futureMarkers.exec(clause)); ) last = m.index + m[0].length;
  return last >= 0 && !lex.pastTense.test(clause.slice(last));
}

/**
 * The clause before a month or day tells of the past and of nothing ahead (`the ministers signed
 * a protocol in November`, `tekenden in november een protocol` in a January release): a month later in the
 * year than the anchor's is last year's. Only the words after a content clause's opening word count
 * (`werd besloten dat de werkgroep in mei vergadert`), and a participle after a present or future
 * auxiliary tells no past (`payment is required before`).
 */
export function pastBefore(lex: TimeLexicon, text: string, at: number): boolean {
  let clause = clauseBefore(text, at);
  const opened = contentClause(lex).exec(clause);
  if (opened) clause = clause.slice(opened.index + opened[0].length);
  // nor when the sentence goes on to the future (`from October on they will be shown`)
  const rest = text.slice(at, at + 100).replace(/(?:[.;!?](?=\s)|\n)[^]*$/u, "");
  lex.futureMarkers.lastIndex = 0;
  if (lex.futureMarkers.test(clause)) return false;
  lex.futureMarkers.lastIndex = 0;
  if (lex.futureMarkers.test(rest)) return false;
  if (tellsPast(lex, clause)) return true;
  // a month or day that opens its clause (`In October the group signed a lease`, `In oktober sloot de groep …`):
  // the verb after it, up to the clause's end, tells, unless a present auxiliary stands in it (`In oktober wordt … geopend`)
  // (a comma right after the month is no clause's end: `In July, NASA awarded …`)
  const after = rest.replace(/^(\S+,)?([^,;:]*)[^]*$/u, "$1$2");
  return !rx.u`\p{L}{4,}`.test(clause.replace(rx.u`\p{L}*\P{L}*$`, "")) && !clauseWords(lex).anyAux.test(after) && tellsPast(lex, after);
}

/** A verb in the past tense, not a participle after a present or future auxiliary (`is required`, `wordt ondertekend`). */
export function tellsPast(lex: TimeLexicon, clause: string): boolean {
  const aux = auxiliaryBefore(lex);
  const past = new RegExp(lex.pastTense.source, "gu");
  for (let m: RegExpExecArray | null; (m = past.exec(clause)); ) if (!aux.test(clause.slice(0, m.index + Math.max(0, m[0].search(rx.u`\p{L}`))))) return true;
  return false;
}

const contentClauses = new WeakMap<TimeLexicon, { opened: RegExp; aux: RegExp; anyAux: RegExp }>();
function clauseWords(lex: TimeLexicon) {
  let c = contentClauses.get(lex);
  if (!c) {
    c = {
      // the last opening word of the clause: greedy up to it
      opened: regex(`^[^]*(?<![\\p{L}])(?:${words(lex.complementizers)})(?![\\p{L}])`, "u"),
      aux: regex(`(?<![\\p{L}])(?:${words(lex.presentAuxiliaries)})\\s+(?:\\p{L}+\\s+)?$`, "u"),
      anyAux: regex(`(?<![\\p{L}])(?:${words(lex.presentAuxiliaries)})(?![\\p{L}])`, "iu"),
    };
    contentClauses.set(lex, c);
  }
  return c;
}
const contentClause = (lex: TimeLexicon) => clauseWords(lex).opened;
const auxiliaryBefore = (lex: TimeLexicon) => clauseWords(lex).aux;

// a clause ends at punctuation before a space or at a line end, not inside a number (`0.7%`, `1,200`)
const clauseBefore = (text: string, at: number) => text.slice(Math.max(0, at - 120), at).replace(/^[^]*(?:[.;:!?,](?=\s)|\n)/u, "");

export const absoluteDateRules = (lex: TimeLexicon): Rule<DateValue>[] => [
  isoDayRule(),
  isoMonthRule(),
  numericDayRule(lex),
  numericMonthYearRule(lex),
  numericDayMonthRule(lex),
  dayMonthRule(lex),
  monthDayRule(lex),
  monthYearRule(lex),
  weekdayDayRule(lex),
  bareMonthRule(lex),
];
