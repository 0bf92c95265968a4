// Dates relative to the anchor (publication date or --reference-date), always
// `inferred`: `yesterday`, `next Tuesday`, `vorige maand`, `three weeks ago`,
// `komende 3 dagen`, `the first Monday of March`. Without an anchor they have no value.
import type { Rule, RuleContext } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import {
  dateValue, parseAnchor, addDays, addUnits, formatAt, weekday, weekdayInWeek, nearestWeekday, nthWeekdayOfMonth, daysInMonth,
  addMonths, isValidDay, type Ymd, type Unit,
} from "./dates-calendar.js";
import { type TimeLexicon, words, keys, norm, abbreviationDot, B, E, dayFragment, dayNumber, monthNumber } from "./dates.js";
import { allMatches, rx, regex } from "../../text/classes.js";
import { wordBefore } from "../../text/sentences.js";
import { pastBefore, tellsPast } from "./dates-absolute.js";

const at = (t: Ymd, grain: "day" | "month" | "year", extra: Partial<DateValue> = {}) =>
  dateValue(formatAt(t, grain), grain, { inferred: true, ...extra });
const unanchored = (grain: DateValue["grain"]) => dateValue(null, grain, { inferred: false });

function relative(ctx: RuleContext, grain: DateValue["grain"], f: (a: Ymd) => DateValue | null): DateValue | null {
  const a = parseAnchor(ctx.anchor);
  return a ? f(a) : unanchored(grain);
}

function count(lex: TimeLexicon, raw: string): number | null {
  if (/^\d+$/.test(raw)) return +raw;
  return lex.counts[norm(raw)] ?? null;
}

/** `today`, `gisteren`, `the day after tomorrow`. */
export function dayWordRule(lex: TimeLexicon): Rule<DateValue> {
  const longAgo = regex(`${B}(?:${words(lex.longAgo)})${E}`, "u");
  // `today` opening its sentence, or a clause after a word of contrast (`…, maar vandaag halen we …`)
  const opensContrast = regex(`(?:(?:^|[.!?:]["”’']?)[\\s"“„‘']*|${B}(?:${words(lex.contrastWords)})[^\\S\\n]+)$`, "u");
  return {
    id: `${lex.lang}.date.day-word`,
    pattern: regex(`${B}(?<w>${keys(lex.dayWords)})${E}`, "gu"),
    normalize: (g, ctx, m) => {
      const shift = lex.dayWords[norm(g.w!)] ?? 0;
      // `Ten years ago the port had one crane. Today it runs twelve`: nowadays, set against a time
      // long past told just before, in a sentence that tells nothing in the past tense itself
      if (shift === 0 && opensContrast.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)) && nowadays(lex, ctx.text, m.index, ctx.anchor, longAgo)) return dateValue("PRESENT_REF", null);
      return relative(ctx, "day", (a) => at(addDays(a, shift), "day"));
    },
    examples: [],
    negatives: [],
  };
}

/** `today` set against a time long past in the two sentences before it (a year two or more before the anchor's, `years ago`), its own sentence in the present. */
// (the caller asks that `today` open its sentence or a contrast: `The report today claims …` after `in 2018` is the day)
function nowadays(lex: TimeLexicon, text: string, at: number, anchor: string | null, longAgo: RegExp): boolean {
  const sentenceStart = Math.max(0, text.slice(0, at).search(/[^.!?\n]*$/u));
  const rest = text.slice(at).replace(/[.!?\n][^]*$/u, "");
  // what `today` opens tells nothing in the past tense (the clause before a `but` may)
  if (tellsPast(lex, rest)) return false;
  const before = text.slice(Math.max(0, sentenceStart - 300), sentenceStart).split(/(?<=[.!?]["”’']?)\s+/u).slice(-2).join(" ") + text.slice(sentenceStart, at);
  if (longAgo.test(before)) return true;
  const a = parseAnchor(anchor);
  return a !== null && allMatches(rx.gu`(?<![\p{L}\d.,])(?:1[89]|20)\d\d(?![\p{L}\d])`, before).some((y) => +y[0] <= a.y - 2);
}

/** `next Tuesday`, `komende maandag`, `vorige week zondag`, `wednesday of next week`, `friday after next`, or a weekday alone. */
export function weekdayRule(lex: TimeLexicon): Rule<DateValue> {
  const wd = keys(lex.weekdays);
  const weekRef = keys(lex.weekRefs);
  // `dinsdagavond`: the part of the day written onto the weekday is still that day
  const part = lex.weekdayParts.length ? `(?:${words(lex.weekdayParts)})?` : "";
  // opening hours (`Monday to Wednesday: 08:30–12:00`, `Friday: 09:00-11:30`, `maandag t/m vrijdag, 14.00-16.00 uur`):
  // days that come back each week, no date. A weekday range or a colon must stand before the hours, since
  // `on Friday from 9:00 to 11:00` is one day
  const to = `(?:${words(lex.rangeTo)}|[-–])`;
  const hours = `(?:(?:${words(lex.rangeFrom)})\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[-–]|${words(lex.rangeTo)})\\s*\\d{1,2}[:.]\\d{2}`;
  const scheduleAfter = regex(`^(?:[^\\S\\n]*${to}[^\\S\\n]*(?:${wd})\\.?[^\\S\\n]*[:,]?|[^\\S\\n]*:)[^\\S\\n]*${hours}`, "u");
  const rangeEndBefore = regex(`(?:${wd})\\.?[^\\S\\n]*${to}[^\\S\\n]*$`, "u");
  const hoursAfterRange = regex(`^[^\\S\\n]*[:,]?[^\\S\\n]*${hours}`, "u");
  return {
    id: `${lex.lang}.date.weekday`,
    pattern: regex(
      `${B}(?:(?<shift>${keys(lex.shifts)})\\s+(?<wd1>${wd})${part}|(?<ref1>${weekRef})(?:'s)?\\s+(?<wd2>${wd})${part}|(?<wd3>${wd})${part}${abbreviationDot(lex.weekdays)}(?:\\s+(?:(?:${words(lex.of)})\\s+)?(?<ref2>${weekRef})|\\s+(?<after>${words(lex.afterNext)}))?)(?![\\p{L}\\d]|['’]\\p{L})(?!\\.?,?\\s+(?:\\d|(?:${words(lex.articles)})\\s+\\d))`,
      "gu",
    ),
    normalize: (g, ctx, m) => {
      const raw = (g.wd1 ?? g.wd2 ?? g.wd3)!;
      const day = lex.weekdays[norm(raw)];
      if (!day) return null;
      if (lex.capitalOnly.includes(raw)) return null;
      // `every Friday`, `elke vrijdag`: a day that comes back, no date
      const before = wordBefore(ctx.text, m.index);
      if (!g.shift && !g.ref1 && before && lex.recurring.includes(before.toLowerCase())) return null;
      if (!g.shift && !g.ref1 && !g.ref2 && !g.after) {
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        if (scheduleAfter.test(after) || (rangeEndBefore.test(ctx.text.slice(Math.max(0, m.index - 24), m.index)) && hoursAfterRange.test(after))) return null;
      }
      return relative(ctx, "day", (a) => {
        if (g.shift) {
          const s = lex.shifts[norm(g.shift)];
          if (lex.upcomingShifts.includes(norm(g.shift)) || s === 0) return at(nearestWeekday(a, day, 1), "day");
          return at(s < 0 ? nearestWeekday(a, day, -1) : weekdayInWeek(a, day, s), "day");
        }
        const ref = g.ref1 ?? g.ref2;
        if (ref) return at(weekdayInWeek(a, day, lex.weekRefs[norm(ref)] ?? 0), "day");
        if (g.after) return at(weekdayInWeek(a, day, 1), "day");
        // a weekday alone: the last one when the sentence tells of the past (the day itself when
        // the release is dated that weekday: `signed on Tuesday` in a Tuesday release), else the next
        // (a weekday that opens its sentence is read in its own sentence: a past tense in the paragraph before tells nothing
        // of `Woensdag reist de delegatie door naar Gent`)
        const opens = /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)$/u.test(ctx.text.slice(Math.max(0, m.index - 4), m.index));
        const sentence = opens
          ? ctx.text.slice(m.index, m.index + 200).replace(/[.!?\n](?=\s|$)[^]*$/u, "")
          : ctx.text.slice(Math.max(0, m.index - 200), m.index + 200);
        const past = lex.pastTense.test(sentence);
        if (past && weekday(a) === day) return at(a, "day");
        return at(nearestWeekday(a, day, past ? -1 : 1), "day");
      });
    },
    examples: [],
    negatives: [],
  };
}

/** `last month`, `volgend jaar`, `this year`, `next week` (its days). */
export function periodRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.period`,
    pattern: regex(`${B}(?<shift>${keys(lex.shifts)})\\s+(?<unit>${keys(lex.units)})${E}`, "gu"),
    normalize: (g, ctx, m) => {
      const unit = lex.units[norm(g.unit!)];
      const s = lex.shifts[norm(g.shift!)];
      if (s === undefined || !unit) return null;
      // `de komende jaren`, `the past months`: no one period, only the direction
      // (`this years’ edition` is a possessive that lost its place: one year; `his last days`, `vorige dagen` are no period)
      if (lex.pluralUnits.includes(norm(g.unit!)) && !/^['’]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 1))) {
        if (lex.lastWords.includes(norm(g.shift!)) || (s < 0 && unit === "day")) return null;
        return dateValue(s > 0 ? "FUTURE_REF" : s < 0 ? "PAST_REF" : "PRESENT_REF", null);
      }
      if (unit === "day") return null;
      // `$1.2bn in 2024, 12 percent more than the previous year`: counted from the year the sentence named
      if (unit === "year" && lex.anaphoricShifts.includes(norm(g.shift!))) {
        const named = yearNamedBefore(ctx.text, m.index);
        if (named !== null) return dateValue(String(named + s), "year", { inferred: true });
      }
      return relative(ctx, unit === "week" ? "day" : unit, (a) => {
        if (unit === "week") {
          const monday = weekdayInWeek(a, 1, s);
          return at(monday, "day", { until: formatAt(addDays(monday, 6), "day") });
        }
        return at(addUnits(a, unit, s), unit);
      });
    },
    examples: [],
    negatives: [],
  };
}

/** The last year written in the sentence before `at` (`in 2024`), if any. */
export function yearNamedBefore(text: string, at: number): number | null {
  const before = text.slice(Math.max(0, at - 160), at).replace(/^[^]*[.!?](?=\s)/u, "");
  const years = allMatches(rx.gu`(?<![\p{L}\d.,])(1[89]\d\d|20\d\d)(?![\p{L}\d])`, before);
  return years.length ? +years[years.length - 1][1] : null;
}

/**
 * The last year written in the sentence before `at` or the one before it (`In 2014 I came … A year later`);
 * none when a month told between them is the time counted from (`in October, down from … a year earlier`).
 */
function yearToldBefore(text: string, at: number, months: RegExp): number | null {
  const sentences = text.slice(Math.max(0, at - 320), at).split(/(?<=[.!?]["”’']?)\s+/u);
  if (months.test(sentences[sentences.length - 1])) return null;
  const before = sentences.slice(-2).join(" ");
  const years = allMatches(rx.gu`(?<![\p{L}\d.,])(1[89]\d\d|20\d\d)(?![\p{L}\d])`, before);
  return years.length ? +years[years.length - 1][1] : null;
}

/** A phrase with words of its sentence before or after it (on its line, up to the sentence's end). */
function inClause(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 200), start).split(/[.!?\n]/).pop() ?? "";
  const after = text.slice(end, end + 200).split(/[.!?\n]/)[0];
  return rx.u`\p{L}{2}`.test(before) || rx.u`\p{L}{2}`.test(after);
}

/** `three weeks ago`, `in 1 week`, `over een week`, `2 thursdays back`, `3 years from today`, `twee jaar geleden`. */
export function countRule(lex: TimeLexicon): Rule<DateValue> {
  // a comparison in the clause right before the count (`hoger dan een jaar eerder`, `against 41 percent a year earlier`)
  const compared = regex(`${B}(?:${words(lex.comparisons)})${E}[^,.;:!?\\n]*$`, "u");
  const monthWord = regex(`${B}(?:${keys(lex.months)})${E}`, "u");
  const superlativeBefore = lex.superlatives.length ? regex(`${B}(?:${words(lex.superlatives)})${E}[^.!?\\n]*$`, "u") : null;
  const journeyBefore = lex.journeyWords.length ? regex(`${B}(?:${words(lex.journeyWords)})${E}[^.!?;:\\n]*$`, "u") : null;
  const n = `(?<n>\\d{1,3}|${keys(lex.counts)})`;
  const nAgo = `(?<n2>\\d{1,3}|${keys({ ...lex.counts, ...lex.roundCounts })})`;
  const unitOrDay = `(?<unit>${keys(lex.units)})|(?<wd>${keys(lex.weekdays)})s`;
  return {
    id: `${lex.lang}.date.count-ago`,
    pattern: regex(
      `${B}(?:(?<pre>${words(lex.beforeCount)})\\s+${n}\\s+(?:${unitOrDay})(?![\\p{L}])|${nAgo}\\s+(?:${unitOrDay.replace("<unit>", "<unit2>").replace("<wd>", "<wd2>")})\\s+(?<post>${keys(lex.afterCount)}))${E}`,
      "gu",
    ),
    normalize: (g, ctx, m) => {
      const k = g.n ? count(lex, g.n) : (count(lex, g.n2!) ?? lex.roundCounts[norm(g.n2!)] ?? null);
      const dir = g.pre ? 1 : (lex.afterCount[norm(g.post!)] ?? 0);
      if (k === null || !dir) return null;
      const unitRaw = g.unit ?? g.unit2;
      const wdRaw = g.wd ?? g.wd2;
      // `within ten years`, `binnen tien jaar`: a horizon ahead, not the month five years on
      if (g.pre && unitRaw && lex.horizonWords.includes(norm(g.pre)) && lex.units[norm(unitRaw)] === "year" && k > 1) return dateValue("FUTURE_REF", null);
      // `the largest lease on the estate in ten years`, `de grootste verhuring in tien jaar`: the span up to now, no date
      if (g.pre && superlativeBefore?.test(ctx.text.slice(Math.max(0, m.index - 120), m.index))) return null;
      // `de trein legt de 7.800 kilometer af in 16 dagen`, `covers the distance in 16 days`: how long a journey takes, a duration
      if (g.pre && journeyBefore?.test(ctx.text.slice(Math.max(0, m.index - 120), m.index))) return null;
      // `A year later`, `twee jaar eerder` count from the time the story tells: the year written just before, else unknown
      if (g.post && lex.toldTimeCount.includes(norm(g.post))) {
        const unit = unitRaw ? lex.units[norm(unitRaw)] : null;
        if (unit === "year" && dir < 0 && compared.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) {
          const line = ctx.text.lastIndexOf("\n", m.index - 1) + 1;
          const own = yearNamedBefore(ctx.text.slice(line, m.index), m.index - line) ?? parseAnchor(ctx.anchor)?.y ?? null;
          return own !== null ? dateValue(String(own - k), "year", { inferred: true }) : unanchored("year");
        }
        const told = yearToldBefore(ctx.text, m.index, monthWord);
        return told !== null && unit === "year" ? dateValue(String(told + dir * k), "year", { inferred: true }) : unanchored(unit === "year" ? "year" : "day");
      }
      return relative(ctx, "day", (a) => {
        if (wdRaw) {
          const wd = lex.weekdays[norm(wdRaw)];
          let t = a;
          for (let i = 0; i < k; i++) t = nearestWeekday(t, wd, dir > 0 ? 1 : -1);
          return at(t, "day");
        }
        const unit = lex.units[norm(unitRaw!)];
        const t = addUnits(a, unit, dir * k);
        const fromToday = /today|vandaag/i.test(g.post ?? "");
        // `Eight years ago I shipped …`, `Tien jaar geleden waren …`: a count of years back in a sentence dates what it tells
        // to a year, not to the anchor's month; the phrase alone (a query) keeps the month
        if (unit === "year" && dir < 0 && !fromToday && inClause(ctx.text, m.index, m.index + m[0].length)) return at(t, "year");
        return at(t, unit === "year" && !fromToday ? "month" : "day");
      });
    },
    examples: [],
    negatives: [],
  };
}

/** `last 2 days`, `komende drie maanden`, `next few days`: the whole periods before or after the anchor's. */
export function spanRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.span`,
    pattern: regex(
      `${B}(?<!(?:^|[^\\p{L}])(?:${words(lex.articles)})\\s+)(?<shift>${keys(lex.shifts)})\\s+(?<n>\\d{1,2}|${keys(lex.counts)})\\s+(?<unit>${keys(lex.units)})${E}`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const s = lex.shifts[norm(g.shift!)];
      const k = count(lex, g.n!);
      const unit = lex.units[norm(g.unit!)];
      if (!s || !k || k < 2 || !unit) return null;
      const grain = unit === "week" ? "day" : unit;
      return relative(ctx, grain, (a) => {
        const step = unit === "week" ? 7 : 1;
        const u: Unit = unit === "week" ? "day" : unit;
        const first = s < 0 ? addUnits(a, u, -k * step) : addUnits(a, u, 1);
        const last = s < 0 ? addUnits(a, u, -1) : addUnits(a, u, k * step);
        return at(first, grain, { until: formatAt(last, grain) });
      });
    },
    examples: [],
    negatives: [],
  };
}

/** `two upcoming days`: one day (month, year) that many ahead. */
export function upcomingRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.upcoming`,
    pattern: regex(`${B}(?<n>\\d{1,2}|${keys(lex.counts)})\\s+(?:${words(lex.upcoming)})\\s+(?<unit>${keys(lex.units)})${E}`, "gu"),
    normalize: (g, ctx) => {
      const k = count(lex, g.n!);
      const unit = lex.units[norm(g.unit!)];
      if (k === null || !unit || unit === "week") return null;
      return relative(ctx, unit, (a) => at(addUnits(a, unit, k), unit));
    },
    examples: [],
    negatives: [],
  };
}

/** `first tuesday of october 2014`, `last Monday of March`, `fifth last day of May`, `first Monday of last month`. */
export function nthInMonthRule(lex: TimeLexicon): Rule<DateValue> {
  const nth = `(?:(?<nth>${keys(lex.ordinalWords)}|\\d{1,2}(?:${lex.ordinalSuffix}))(?:\\s+(?<last2>${words(lex.lastWords)}))?|(?<last>${words(lex.lastWords)}))`;
  return {
    id: `${lex.lang}.date.nth-in-month`,
    pattern: regex(
      `${B}(?:(?:${words(lex.articles)})\\s+)?${nth}\\s+(?:(?<wd>${keys(lex.weekdays)})|(?<dayw>${words(lex.dayWord)}))\\s+(?:${words(lex.of)})\\s+` +
        `(?:(?<m>${keys(lex.months)})(?:\\s+(?<y>\\d{4}))?|(?:(?<shift>${keys(lex.shifts)})|(?:${words(lex.articles)}))\\s+(?:${words(lex.monthWord)}))${E}`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const a = parseAnchor(ctx.anchor);
      let y: number, m: number;
      if (g.m) {
        const mm = monthNumber(lex, g.m);
        if (!mm) return null;
        m = mm;
        if (g.y) y = +g.y;
        else if (a) y = a.y;
        else return unanchored("day");
      } else {
        if (!a) return unanchored("day");
        const t = addMonths(a, g.shift ? (lex.shifts[norm(g.shift)] ?? 0) : 0);
        y = t.y;
        m = t.m;
      }
      const k = g.nth ? dayNumber(lex, g.nth) : 1;
      const fromEnd = Boolean(g.last || g.last2);
      let t: Ymd | null;
      if (g.wd) t = nthWeekdayOfMonth(y, m, lex.weekdays[norm(g.wd)], fromEnd ? -k : k);
      else {
        const d = fromEnd ? daysInMonth(y, m) - k + 1 : k;
        t = isValidDay(y, m, d) ? { y, m, d } : null;
      }
      return t ? at(t, "day", { inferred: !g.y }) : null;
    },
    examples: [],
    negatives: [],
  };
}

/** `on the 15th`, `op de eerste`, `20th of next month`. */
export function dayOfMonthRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.day-of-month`,
    pattern: regex(
      `${B}(?:(?<prep>${words(lex.dayPrepositions)})\\s+)?(?:(?<art>${words(lex.articles)})\\s+)?${dayFragment(lex, "d")}` +
        `(?:(?:\\s+(?:${words(lex.dayWord)}))?\\s+(?:${words(lex.of)})\\s+(?:(?:${words(lex.articles)})\\s+)?(?<shift>${keys(lex.shifts)})\\s+(?:${words(lex.monthWord)})${E}|(?!\\s*[\\p{L}\\d]))`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const d = dayNumber(lex, g.d!);
      const ordinalDigits = /^\d+\D/.test(g.d!);
      if (!g.shift && !(g.art && (g.prep || ordinalDigits))) return null;
      return relative(ctx, "day", (a) => {
        let t: Ymd;
        if (g.shift) t = { ...addMonths({ ...a, d: 1 }, lex.shifts[norm(g.shift)] ?? 0), d };
        else t = d >= a.d ? { ...a, d } : { ...addMonths({ ...a, d: 1 }, 1), d };
        return isValidDay(t.y, t.m, t.d) ? at(t, "day") : null;
      });
    },
    examples: [],
    negatives: [],
  };
}

/** first and last month of each season (winter runs into the next year) */
const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** `next spring`, `volgend voorjaar`, `last autumn`, `this summer`: the season after, before or around the anchor. */
export function seasonShiftRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.season-shift`,
    // `in the autumn`, `in het najaar`: the anchor year's, unless a year or another object follows (`the fall of the wall`)
    pattern: regex(
      `${B}(?:(?<shift>${keys(lex.shifts)})|(?<prep>${words([...lex.seasonPrepositions, ...Object.keys(lex.seasonMods)])})\\s+(?:${words(lex.articles)}))\\s+(?<season>${keys(lex.seasons)})${E}(?!\\s+(?:${words(lex.of)})\\s+(?:\\d|${words(lex.articles)}\\s))`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const s = g.prep ? 0 : lex.shifts[norm(g.shift!)];
      const season = lex.seasons[norm(g.season!)];
      if (s === undefined || !season) return null;
      const [first, last] = SEASON_MONTHS[season];
      // `before the summer`, `voor de zomer`: a bound, and a season already over is next year's
      const mod = g.prep ? (lex.seasonMods[norm(g.prep)] ?? null) : null;
      return relative(ctx, "season", (a) => {
        let y = a.y;
        // the next one begins after the anchor's month; the last one ended before it
        if (s > 0 && first <= a.m) y++;
        if (s < 0 && last >= a.m) y--;
        if (mod === "before" && last < a.m && first <= last) y++;
        return dateValue(`${y}-${season}`, "season", { inferred: true, mod });
      });
    },
    examples: [],
    negatives: [],
  };
}

/** `in the third quarter`, `in het derde kwartaal`: a quarter without its year is one of the anchor's year. */
export function quarterOfAnchorRule(lex: TimeLexicon): Rule<DateValue>[] {
  if (!lex.quarterPrepositions.length) return [];
  return [{
    id: `${lex.lang}.date.quarter-of-anchor`,
    pattern: regex(
      `${B}(?<prep>${words(lex.quarterPrepositions)})\\s+(?:${words(lex.articles)})\\s+(?<qw>${keys(lex.quarters)})\\s+(?:${words(lex.quarterWord)})${E}(?!\\s+(?:${words(lex.of)})\\s+(?:\\d|${words(lex.articles)}\\s)|\\s+\\d)`,
      "gu",
    ),
    normalize: (g, ctx) => {
      const q = lex.quarters[norm(g.qw!)];
      if (!q) return null;
      return relative(ctx, "quarter", (a) => dateValue(`${a.y}-Q${q}`, "quarter", { inferred: true }));
    },
    examples: [],
    negatives: [],
  }];
}

/**
 * `the first quarter of last year`, `het eerste kwartaal van vorig jaar`, `the spring of next year`, `de eerste helft van dit
 * jaar`: a quarter, season or half of the year the shift names from the anchor's.
 */
export function periodOfShiftedYearRule(lex: TimeLexicon): Rule<DateValue> {
  const yearWords = words(Object.keys(lex.units).filter((u) => lex.units[u] === "year" && !lex.pluralUnits.includes(u)));
  return {
    id: `${lex.lang}.date.period-of-shifted-year`,
    pattern: regex(
      `${B}(?:(?:${words(lex.articles)})\\s+)?(?:(?<season>${keys(lex.seasons)})|Q(?<q>[1-4])|(?<qw>${keys(lex.quarters)})\\s+(?:${words(lex.quarterWord)})|(?<half>${keys(lex.halves)}))` +
        `\\s+(?:${words(lex.of)})\\s+(?<ys>${keys(lex.shifts)})\\s+(?:${yearWords})${E}`,
      "gu",
    ),
    priority: 1,
    normalize: (g, ctx) => {
      const shift = lex.shifts[norm(g.ys!)];
      if (shift === undefined) return null;
      return relative(ctx, g.half ? "year" : g.season ? "season" : "quarter", (a) => {
        const y = String(a.y + shift);
        if (g.season) return dateValue(`${y}-${lex.seasons[norm(g.season)]}`, "season", { inferred: true });
        if (g.half) return dateValue(y, "year", { inferred: true, mod: lex.halves[norm(g.half)] ?? null });
        return dateValue(`${y}-Q${g.q ?? lex.quarters[norm(g.qw!)]}`, "quarter", { inferred: true });
      });
    },
    examples: [],
    negatives: [],
  };
}

/**
 * `in Q2`, `tijdens Q4`: a quarter written as a reporting period has no game's meaning, so it is one of the
 * anchor's year in both languages, or of the year before when the clause tells of the past and the quarter
 * is still ahead of the anchor (`sales fell in Q4` in a February release).
 */
export function quarterAbbreviationRule(lex: TimeLexicon): Rule<DateValue> {
  return {
    id: `${lex.lang}.date.quarter-abbreviation`,
    pattern: regex(`${B}(?:${words(lex.seasonPrepositions)})\\s+(?<span>Q(?<q>[1-4]))(?![\\p{L}\\d])(?![^\\S\\n]*[-–/']?[^\\S\\n]*\\d)`, "gu"),
    spanGroup: "span",
    normalize: (g, ctx, m) =>
      relative(ctx, "quarter", (a) => {
        const q = +g.q!;
        const y = q > Math.ceil(a.m / 3) && pastBefore(lex, ctx.text, m.index) ? a.y - 1 : a.y;
        return dateValue(`${y}-Q${q}`, "quarter", { inferred: true });
      }),
    examples: [],
    negatives: [],
  };
}

export const relativeDateRules = (lex: TimeLexicon): Rule<DateValue>[] => [
  seasonShiftRule(lex),
  ...quarterOfAnchorRule(lex),
  periodOfShiftedYearRule(lex),
  quarterAbbreviationRule(lex),
  dayWordRule(lex),
  weekdayRule(lex),
  periodRule(lex),
  countRule(lex),
  spanRule(lex),
  upcomingRule(lex),
  nthInMonthRule(lex),
  dayOfMonthRule(lex),
];
