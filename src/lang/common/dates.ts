// What a language gives the date rules: its time words as data (TimeLexicon), and
// the regex fragments every date builder shares. Rule logic is in
// dates-absolute.ts, dates-relative.ts and dates-periods.ts, written once.
import { caselessWords } from "./numbers-words.js";
import type { Unit } from "./dates-calendar.js";
import { compactSource } from "../../text/classes.js";

export type MonthLexicon = Record<string, number>;
export type Mod = "start" | "mid" | "end" | "approx" | "before" | "after";
export type Vague = "PAST_REF" | "PRESENT_REF" | "FUTURE_REF";

export interface TimeLexicon {
  lang: string;
  months: MonthLexicon;
  /** month names that may stand alone (`in March`, `maart`); lower-case forms here are words too only in `capitalOnly` */
  monthNames: string[];
  /** words that are months only when capitalised (`May`, `March`) */
  capitalOnly: string[];
  /** 1 = Monday … 7 = Sunday, with abbreviations */
  weekdays: Record<string, number>;
  /** parts of the day a language writes onto a weekday as one word (`dinsdagavond`, `maandagochtend`) */
  weekdayParts: string[];
  ordinalSuffix: string;
  ordinalWords: Record<string, number>;
  /** `today` 0, `yesterday` -1, `overmorgen` 2 */
  dayWords: Record<string, number>;
  /** period words and their unit: `weeks` → week, `jaar` → year */
  units: Record<string, Unit>;
  /** small counts written as words, and `a`/`een` */
  counts: Record<string, number>;
  /** round counts of decades and centuries, said with `ago` (`thirty years ago`); before a period they measure a span (`in thirty years`) */
  roundCounts: Record<string, number>;
  /** `next` 1, `last` -1, `this` 0 before a period or weekday */
  shifts: Record<string, number>;
  /** period words in the plural: after a shift and no count they name no one period (`the coming years`, `de komende maanden`) */
  pluralUnits: string[];
  /** words before a weekday that make it a recurring day, no date (`every Friday`, `elke vrijdag`) */
  recurring: string[];
  /** prepositions before an article and a season of the anchor year (`in the autumn`, `in het najaar`) */
  seasonPrepositions: string[];
  /** prepositions before an article and a season that bound it (`before the summer`, `na de zomer`): the mod they give */
  seasonMods: Record<string, Mod>;
  /** prepositions before a quarter without its year that make it one of the anchor's year; none where a quarter alone is often a game's (`in the third quarter`) */
  quarterPrepositions: string[];
  /** shift words that mean the coming weekday rather than next week's (`this`, `komende`) */
  upcomingShifts: string[];
  /** `next week` 1, `vorige week` -1 */
  weekRefs: Record<string, number>;
  /** `of`, `in`, `van` between a weekday and a week, or a day and a month */
  of: string[];
  /** `ago` -1, `hence` 1, `geleden` -1 after a count of units */
  afterCount: Record<string, number>;
  /** words after a count that count from a time the text told, not from the anchor: `a year later`, `twee jaar eerder` */
  toldTimeCount: string[];
  /** words of comparison before such a count (`higher than a year earlier`, `against 41 percent a year earlier`): it counts
   *  back from the period the sentence reports, its own year or else the text's date, not from a year told before it */
  comparisons: string[];
  /** a year written before a noun of a period's level, after a determiner (`our 2019 baseline`, `the 2025 harvest`); empty where
   *  the language says it after the noun (`de oogst van 2025`) */
  yearAttributeNouns: string[];
  yearAttributeDeterminers: string[];
  /** `in`, `over`: a count of units ahead */
  beforeCount: string[];
  /** `within`, `binnen`: before a count of years a horizon, no one date (`within ten years`) */
  horizonWords: string[];
  /** `after next` */
  afterNext: string[];
  /** `upcoming` in `two upcoming days` */
  upcoming: string[];
  /** words before a date that introduce a day (`on`, `op`) */
  dayPrepositions: string[];
  /** `last` in `last Monday of March`, `fifth last day` */
  lastWords: string[];
  /** `day` in `third day of october` */
  dayWord: string[];
  /** `month` in `first Monday of the month` */
  monthWord: string[];
  /** `the`, `de` */
  articles: string[];
  yearPrepositions: string[];
  /** nouns of a period or a report a year dates (`fiscal year 2025`, `Jaarresultaten 2025`, `het boekjaar 2025`) */
  yearNouns: string[];
  /** verbs a year is the subject of at the start of a sentence or quote (`2025 was a record year`, `"2025 was een recordjaar"`) */
  yearSubjectVerbs: string[];
  /** prepositions that introduce a year only where the year closes its clause (`the budget for 2026.`, not `a contract for 2000 tonnes`) */
  closingYearPrepositions: string[];
  rangeFrom: string[];
  rangeTo: string[];
  /** `and`, `en` between two days of one month: a range only for consecutive days (`1 and 2 October`), else two dates */
  rangeAnd: string[];
  /** `between` … `and` */
  between: string[];
  and: string[];
  /** `or`, `of` between the years of a list (`in 2025 or 2026`) */
  or: string[];
  yearMods: Record<string, Mod>;
  seasons: Record<string, "SP" | "SU" | "FA" | "WI">;
  quarters: Record<string, number>;
  /** `quarter`, `kwartaal` */
  quarterWord: string[];
  /** `the same quarter of 2025`, `hetzelfde kwartaal van 2025`: the quarter named last before, in the year written */
  sameWords: string[];
  /** `first half` → start, `second half` → end */
  halves: Record<string, Mod>;
  /** `the 1990s`, `jaren negentig` */
  decadeWords: Record<string, number>;
  decadePrefix: string[];
  vague: Record<string, Vague>;
  /** a sentence in the past tense: a bare weekday is the last one, not the next */
  pastTense: RegExp;
  /** words that tell of a time long past (`years ago`, `until recently`, `vroeger`): `today` after them is nowadays, not the day */
  longAgo: string[];
  /** conjunctions that set what follows against what came before (`but`, `maar`): `today` right after one opens a contrast */
  contrastWords: string[];
  /** words that open a reported or planned content clause (`said that`, `werd afgesproken dat`): past tense before them tells nothing of a date after them */
  complementizers: string[];
  /** auxiliaries that make a past participle after them present or future (`is required`, `wordt ondertekend`) */
  presentAuxiliaries: string[];
  /** shifts that count from a year the sentence just named, not from the anchor (`in 2024, up from the previous year`) */
  anaphoricShifts: string[];
  /** words that put what follows them in the future: a bare month after one, earlier in the year than the anchor, is next year's */
  futureMarkers: RegExp;
  /** words that make a month the start of what goes on from it (`vanaf januari`, `starting in January`): in a sentence that tells
   *  nothing in the past tense, a month earlier in the year than the anchor's is next year's (Dutch tells the future in the present) */
  startWords: string[];
  /** words before a month that say the time since then has passed (`since November`, `sinds november`): the month is behind the anchor */
  sinceWords: string[];
  /** auxiliaries of a present passive that tells what is to come (`die in januari wordt opgericht`): after a month far
   *  earlier in the year than the anchor's, in a sentence with no past tense, the month is next year's (Dutch tells the
   *  future in the present; English writes `will be`, a future marker) */
  passiveAhead: string[];
  /** superlatives (`the largest`, `de grootste`, `for the first time`): `in ten years` after one in its sentence is the span
   *  that leads up to now (`the largest lease in ten years`), not a date ten years on */
  superlatives: string[];
  /** words of a journey or a distance (`km`, `journey`, `kilometer`, `reis`): `in 16 days` after one in its clause is how long the
   *  journey takes (`covers the 7,800 km in 16 days`), not a date sixteen days on */
  journeyWords: string[];
}

/** Words matched case-insensitively, longest first. */
export const words = (list: Iterable<string>) => caselessWords(list);
export const keys = (map: Record<string, unknown>) => words(Object.keys(map));
/**
 * An optional period after an abbreviated key (`Sept.`, `Tue.`): a key that another key
 * of the same value begins with. After a full name (`June.`) the period ends the sentence.
 */
export function abbreviationDot(map: Record<string, unknown>): string {
  const all = Object.keys(map);
  const short = all.filter((k) => all.some((l) => l.length > k.length && l.startsWith(k) && map[l] === map[k]));
  return short.length ? `(?:(?<=(?<![\\p{L}])(?:${words(short)}))\\.)?` : "";
}
export const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");
export const B = compactSource("(?<![\\p{L}\\d])");
export const E = compactSource("(?![\\p{L}\\d])");

/** Ordinal day: `15`, `15th`, `15de`, `fifteenth`. */
export function dayFragment(lex: TimeLexicon, name: string): string {
  return `(?<${name}>(?:[012]?\\d|3[01])(?:${lex.ordinalSuffix})?(?![\\d\\p{L}])|${keys(lex.ordinalWords)}(?![\\p{L}]))`;
}

export function dayNumber(lex: TimeLexicon, raw: string): number {
  const digits = /^\d+/.exec(raw);
  return digits ? +digits[0] : (lex.ordinalWords[norm(raw)] ?? NaN);
}

export function monthNumber(lex: TimeLexicon, raw: string): number | null {
  const m = lex.months[norm(raw)];
  return m ?? null;
}

export interface RangeWords {
  from: string[];
  to: string[];
  between: string[];
  and: string[];
}

const rangeWords = new Map<string, RangeWords>();
/** Each language says how it joins two dates into a range; the date driver merges them. */
export function registerRangeWords(lang: string, w: RangeWords): void {
  rangeWords.set(lang, w);
}
export function rangeWordsFor(lang: string): RangeWords | undefined {
  return rangeWords.get(lang);
}

export interface RuleExamples<V> {
  examples: { text: string; expect: Partial<V> | true }[];
  negatives: string[];
}

/** Fills each builder's rule with this language's examples, keyed by the id after the language (`date.weekday`). */
export function withExamples<V, R extends { id: string; examples: unknown[]; negatives: string[] }>(rules: R[], byId: Record<string, RuleExamples<V>>): R[] {
  return rules.map((r) => {
    const key = r.id.split(".").slice(1).join(".");
    const ex = byId[key];
    return ex ? { ...r, examples: [...r.examples, ...ex.examples], negatives: [...r.negatives, ...ex.negatives] } : r;
  });
}
