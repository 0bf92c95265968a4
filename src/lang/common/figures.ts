// The figure rule builders: qualifier, sign, currency, number (digits, fraction or
// words), scale, unit, cents and counted noun from a language's lexicons; the logic
// is written once for every language.
import { alternation, mergeStarts, startsOf, type Groups, type Rule, type RuleContext, type RuleStarts } from "../../rules.js";
import type { FigureValue, FigureRule } from "../../entities/figures.js";
import { parseDigits, scaled } from "./numbers.js";
import { caseless, caselessWords, centsWordsSource, numberWordsSource, parseNumberWords, type NumberWordLexicon } from "./numbers-words.js";
import { trieAlternation } from "./trie.js";
import { subjectBefore } from "./figures-subject.js";
import { rx, regex } from "../../text/classes.js";
import { wordBefore } from "../../text/sentences.js";

export interface UnitSense {
  unit: string | null;
  quantity: FigureValue["quantity"];
  /** only at the end of a phrase (`5 in`, not `5 in Astana`) */
  final?: boolean;
  /** `pounds of meat`: another sense when `of` follows */
  beforeOf?: UnitSense;
}

export interface FigureLexicon {
  lang: string;
  decimal: "." | ",";
  words: NumberWordLexicon;
  /** scale words and letters after digits: `million` → 1e6, `K` → 1e3 (case-sensitive) */
  scales: Record<string, number>;
  /** scale letters that read as a unit instead unless money is named (`3m` is metres, `€3m` millions) */
  moneyOnlyScales: string[];
  /** number words that are also particles of surnames (`Jolien ten Velde`) */
  nameParticles: string[];
  /** words and symbols after the number (case-sensitive; lower-case words also match capitalised) */
  units: Record<string, UnitSense>;
  /** currency symbols, codes and words before the number */
  currencyBefore: Record<string, string>;
  /** sub-units after a money amount: cents, pence */
  cents: string[];
  approx: Record<string, NonNullable<FigureValue["approx"]>>;
  /** minus words */
  negative: string[];
  /** number words that are mostly articles or pronouns: figures only with a unit, or alone */
  weakNumbers: string[];
  /** indefinite articles: before a time unit a rate (`a year`) or part of a date (`een jaar eerder`), never a duration */
  articles: string[];
  /** words that may follow a currency after an article when it is an amount (`a euro per litre`, `a dollar more`); any other
   *  lower-case word makes the currency the kind of that word (`a euro tranche`, `a dollar bond`), no amount */
  amountFollowers: string[];
  /** words after which a zero names a target (`net zero`, `netto nul`), no figure */
  zeroTargets: string[];
  /** definite articles: `the two companies`, `de twee bedrijven` refer back to a pair the text has named, they count nothing new */
  definiteArticles: string[];
  /** words that follow a number without being what it counts */
  notCounted: string[];
  /** the denominators of a fraction in words (`two thirds`, `twee derde`): the number before one counts nothing */
  fractionWords?: string[];
  /** endings of plural nouns: the noun a count counts is the first plural after it (`flat wagons`) */
  pluralEndings: string[];
  /** qualifiers that mean `to` after a verb of change (`steeg tot`): the figure is what it became */
  changeTo: string[];
  changeVerbs: string[];
  /** adjectives between a count and its noun that look like plurals or stop nothing (`new jobs`, `eigen medewerkers`) */
  countedAdjectives: string[];
  /** count nouns a number makes a compound adjective with (`a 174-seat aircraft`, `een 12-persoons cabine`): the number is a count */
  countCompounds: string[];
  rangeFrom: string[];
  rangeTo: string[];
  /** the indefinite article as the number one (`a year`): it opens a range only after `from` or `between` (`ships 300 tonnes
   *  a year to 12 markets` is a rate and a destination) */
  articleOnes?: string[];
  /** words that open a part of a measure just given, whose number takes that measure's unit (`30 maanden, waarvan 10 voorwaardelijk`) */
  partOf: string[];
  /** nouns before a number (and a colon) that make it a label or an identifier: `Article 79`, `artikel 40 en 41`, `Perceel 2`, `No. 5` */
  labelNouns: string[];
  /** words before an age, which is no figure: `aged 46`, `aged 38 and 52`, `op een leeftijd van 46` */
  ageBefore: string[];
  /** endings of a compound before a number (and a colon) that make it an identifier: `Ondernemingsnummer: 0207.512.334`, `CPV-code: 71311000` */
  identifierEndings: string[];
  /** street words (as written) that a house number stands after (`Avenue Louise 149`, `Abay Avenue 10`) or, in English, before (`5 Main Street`) */
  streetWords: string[];
  /** endings of one-word street names that a house number follows (`Wetenschapsstraat 33`, `Kerkplein 1`) */
  streetEndings: string[];
  /** verbs and prepositions between what is measured and the figure (`turnover of`, `exceeds`) */
  subjectLinks: string[];
  /** words that end a measured noun phrase on its left (`an`, `the`, `with`) */
  subjectStops: string[];
}

export const CURRENCY_SYMBOLS: Record<string, string> = {
  "€": "EUR", $: "USD", "US$": "USD", "£": "GBP", "₸": "KZT", "₽": "RUB", "¥": "JPY", "₹": "INR", "₴": "UAH", "₪": "ILS",
};

/** ISO 4217 codes written before or after an amount. */
export const ISO_CURRENCIES = [
  "EUR", "USD", "GBP", "KZT", "RUB", "CHF", "CNY", "JPY", "INR", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
  "HUF", "RON", "BGN", "TRY", "UAH", "BYN", "UZS", "KGS", "TJS", "TMT", "AZN", "GEL", "AMD", "MNT", "KWD", "LBP", "EGP",
  "QAR", "SAR", "AED", "BHD", "OMR", "JOD", "ILS", "IRR", "MYR", "SGD", "HKD", "KRW", "IDR", "THB", "VND", "PHP",
  "BRL", "MXN", "ARS", "CLP", "COP", "ZAR", "NGN", "KES", "MAD", "TND", "DZD", "PKR", "BDT", "LKR",
];

const weakOk = new Set(["", ".", ",", ";", ":", "!", "?", ")", "("]);

function figurePieces(lex: FigureLexicon) {
  const words = `(?:${numberWordsSource(lex.words)})(?![\\p{L}])`;
  const digits = `(?:\\d{1,3}(?:[.,\\u00A0\\u202F\\u2009 ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?|[.,]\\d+)`;
  // `1 point 5`, `one point 5`, `point 5`
  const point = `(?:${caselessWords(lex.words.point)})\\s+\\d+`;
  // a fraction is whole: a reference number (`2026/0412877`) is none
  const fraction = `\\d{1,4}/\\d{1,5}(?![\\d/])`;
  // word units match in any case (`Euros`, `kuwaiti Dinar`); symbols and abbreviations only as written (`M`, `t`, `MWh`)
  const unitsOf = (keys: string[]) => {
    const wordUnits = keys.filter((u) => rx.u`^\p{Ll}{3,}(?:\s\p{Ll}+)*$`.test(u));
    return [caselessWords(wordUnits), trieAlternation(keys.filter((u) => !wordUnits.includes(u)))].filter(Boolean).join("|");
  };
  const unitKeys = Object.keys(lex.units);
  // units that read as one only at the end of a phrase (`5 in`, not `$1.2 billion in 2022`): the pattern
  // itself says so, so that the figure ends before the word when it is none
  const finalKeys = unitKeys.filter((u) => lex.units[u].final);
  const final = finalKeys.length ? `|(?:${unitsOf(finalKeys)})(?=\\s*(?:$|[.,;:!?)\\n]))` : "";
  const unit = `(?:${unitsOf(unitKeys.filter((u) => !lex.units[u].final))})(?![\\p{L}\\d])${final}`;
  return {
    num: `(?:${fraction}|(?:${digits}|${words})(?:\\s+${point})?|${point}|(?:${caselessWords(lex.words.determiners)})(?=\\s+\\p{L})(?!\\s+\\S+\\s?\\d))`,
    cur: trieAlternation([...Object.keys(lex.currencyBefore), ...ISO_CURRENCIES]),
    scale: trieAlternation(Object.keys(lex.scales)),
    unit: `(?:${unit}|${ISO_CURRENCIES.join("|")})`,
    approx: caselessWords(Object.keys(lex.approx)),
    neg: caselessWords(lex.negative),
    words,
    cents: centsWordsSource(lex.words),
  };
}

/**
 * Where a figure can begin, from the lexicons: a qualifier, a minus, a currency, a
 * digit, a decimal point, or a number word (the beginning of a compound where the
 * language writes them together). The patterns are too large to read for this.
 */
function figureStarts(lex: FigureLexicon, extra: string[] = []): RuleStarts {
  const w = lex.words;
  const numberWords = [
    ...Object.keys(w.units), ...Object.keys(w.teens), ...Object.keys(w.tens), ...w.zero, ...w.hundred, ...w.point,
    ...w.determiners, ...Object.keys(w.halves), ...w.bareScales,
  ];
  return mergeStarts(
    startsOf([...Object.keys(lex.approx), ...lex.negative, "-", ...Object.keys(lex.currencyBefore), ...ISO_CURRENCIES, ...extra]),
    startsOf(numberWords, w.compounds),
    { digits: true, symbols: [".0", ",0"] },
  );
}

const pointCache = new WeakMap<FigureLexicon, RegExp>();
function pointPattern(lex: FigureLexicon): RegExp {
  let re = pointCache.get(lex);
  if (!re) pointCache.set(lex, (re = new RegExp(`^(.*?)\\s*(?:${alternation(lex.words.point)})\\s+(\\d+)$`, "i")));
  return re;
}

/** Digits, a fraction, `1 point 1` or words to a number, in this language's conventions. */
export function parseFigureNumber(raw: string, lex: FigureLexicon): number | null {
  const s = raw.trim();
  const frac = /^(\d+)\/(\d+)$/.exec(s);
  if (frac) return +frac[2] > +frac[1] && +frac[2] > 0 ? +frac[1] / +frac[2] : null;
  const pt = pointPattern(lex).exec(s);
  if (pt) {
    const whole = pt[1] ? (/^\d+$/.test(pt[1]) ? +pt[1] : parseNumberWords(pt[1], lex.words)) : 0;
    return whole === null ? null : Number(`${whole}.${pt[2]}`);
  }
  if (/^[\d.,]/.test(s)) return parseDigits(/^[.,]/.test(s) ? `0${s}` : s, lex.decimal);
  return parseNumberWords(s, lex.words);
}

function unitSense(lex: FigureLexicon, raw: string | undefined, ctx: RuleContext, end: number): UnitSense | null {
  if (!raw) return null;
  if (ISO_CURRENCIES.includes(raw)) return { unit: raw, quantity: "money" };
  const sense = lex.units[raw] ?? lex.units[raw.toLowerCase().replace(/\s+/g, " ")] ?? null;
  if (!sense) return null;
  const after = ctx.text.slice(end, end + 12);
  if (sense.final && !/^\s*(?:$|[.,;:!?)\n])/.test(after)) return null;
  if (sense.beforeOf && /^\s+(?:of|van)\s/.test(after)) return sense.beforeOf;
  return sense;
}

/** Where a bare number is a label, an identifier, a house number, a postcode or an age: patterns built once per lexicon. */
interface NotAFigure {
  /** before the number: a label noun or an identifier, and the numbers of a list it heads (`artikel 40 en `) */
  label: RegExp;
  /** before the number: a street name (`Wetenschapsstraat `, `Avenue Louise `) */
  street: RegExp;
  /** after the number: an English street name (` Main Street`) */
  streetAfter: RegExp;
  /** before the number: a house number after a street, and the comma or line break that ends it */
  postcodeBefore: RegExp;
  /** before the number: a word that introduces an age, and the ages of a list it heads (`aged 38 and `) */
  age: RegExp;
}
const notAFigureCache = new WeakMap<FigureLexicon, NotAFigure>();
function notAFigure(lex: FigureLexicon): NotAFigure {
  let n = notAFigureCache.get(lex);
  if (n) return n;
  const listed = `(?:\\d{1,4}[\\p{L}]?(?:[^\\S\\n]*,[^\\S\\n]*|[^\\S\\n]+(?:${caselessWords(lex.rangeTo)})[^\\S\\n]+))*`;
  const compounds = lex.identifierEndings.length ? `|(?<![\\p{L}])[\\p{L}-]*(?:${caselessWords(lex.identifierEndings)})` : "";
  const head = `(?:(?<![\\p{L}])(?<!(?:${caselessWords(lex.definiteArticles)})[^\\S\\n]+)(?:${caselessWords(lex.labelNouns)})${compounds})`;
  const streetWord = alternation(lex.streetWords);
  // (a lexicon without street words or endings leaves its alternative out: an empty one would take any word)
  const street = [
    lex.streetWords.length ? `(?<![\\p{L}])(?:${streetWord})(?:[^\\S\\n]+(?:\\p{Ll}{1,3}(?:[^\\S\\n]+|['’])){0,2}\\p{Lu}[\\p{L}'’.-]*)*` : "",
    lex.streetEndings.length ? `(?<![\\p{L}])(?=\\p{Lu})[\\p{L}-]*(?:${caselessWords(lex.streetEndings)})` : "",
  ].filter(Boolean).join("|") || "(?!)";
  n = {
    label: regex(`${head}[^\\S\\n]*[:#]?[^\\S\\n]*${listed}$`, "u"),
    street: regex(`(?:${street})[^\\S\\n]+$`, "u"),
    streetAfter: lex.streetWords.length ? regex(`^[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’-]*[^\\S\\n]+){1,3}(?:${streetWord})(?![\\p{L}])`, "u") : /(?!)/,
    age: lex.ageBefore.length ? regex(`(?<![\\p{L}])(?:${caselessWords(lex.ageBefore)})[^\\S\\n]+${listed}$`, "u") : /(?!)/,
    postcodeBefore: regex(`(?:${street})[^\\S\\n]+\\d{1,4}[\\p{L}]?(?:[^\\S\\n]*(?:bus|box)[^\\S\\n]*\\d{1,4})?[^\\S\\n]*(?:[,–][^\\S\\n]*|\\n[^\\S\\n]*)$`, "u"),
  };
  notAFigureCache.set(lex, n);
  return n;
}

/**
 * A number no figure is: a label or identifier after its noun (`Article 79`, `Perceel 2`, `Ondernemingsnummer: 0207.512`),
 * a house number (`Wetenschapsstraat 33`, `5 Main Street`), a postcode after one (`Antwerpseweg 18, 2440 Geel`) or
 * before its letters (`3011 AB`), a time zone (`GMT+5`), a reporting period (`9M 2024`), or an age set off after a name (`Ms Baizhanova, 47, joins`, `Ilse Goris (49)`).
 */
function isLabelOrAddress(lex: FigureLexicon, text: string, at: number, end: number, num: string, scale: string | undefined): boolean {
  if (!/^\d[\d.]*$/.test(num)) return false;
  const n = notAFigure(lex);
  const before = text.slice(Math.max(0, at - 80), at);
  const after = text.slice(end, end + 60);
  // a reporting period (`6M 2023`, `9M 2024`): a capital letter for months before a year; any other scale makes a figure
  if (scale) return /^\d{1,2}$/.test(num) && /^\p{Lu}$/u.test(scale) && /^\s(?:19|20)\d\d(?!\d)/.test(after);
  // a time zone's offset (`GMT+1`, `UTC-5`)
  if (/(?:GMT|UTC)\s?[+-]$/.test(before)) return true;
  if (n.label.test(before)) return true;
  if (/^\d{1,3}$/.test(num) && n.age.test(before)) return true;
  if (/^\d{1,4}$/.test(num) && (n.street.test(before) || n.streetAfter.test(after))) return true;
  if (/^\d{4,6}$/.test(num) && /^(?:[^\S\n]?[A-Z]{2})?[^\S\n]+\p{Lu}/u.test(after) && n.postcodeBefore.test(before)) return true;
  // a Dutch postcode's digits before its two letters, with no town after them (`3011 AB`)
  if (/^\d{4}$/.test(num) && /^[^\S\n][A-Z]{2}(?![\p{L}\d])/u.test(after)) return true;
  if (/^[1-9]\d$/.test(num) && ((/\p{Lu}\p{Ll}+,[^\S\n]$/u.test(before) && /^,[^\S\n]+\p{Ll}/u.test(after)) || (/\p{Lu}\p{Ll}+[^\S\n]\($/u.test(before) && /^\)/.test(after)))) return true;
  return false;
}

const normApprox = (lex: FigureLexicon, raw: string | undefined) =>
  raw ? (lex.approx[raw.toLowerCase().replace(/\s+/g, " ")] ?? lex.approx[raw] ?? null) : null;

/** An opening straight quote earlier on the line that nothing has closed yet. */
function openQuoteBefore(text: string, at: number): boolean {
  const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  return (line.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The words before and after a point that stand in its sentence: `before` from its last sentence end, `after` up to its first. */
function sameSentence(before: string, after: string): string {
  return before.replace(/^[^]*[.!?]\s/u, "") + after.replace(/[.!?](?:\s|$)[^]*$/u, "");
}

/** One figure: `more than 50 million euros`, `€3m`, `twenty dollars 43 cents`, `13,000 companies`. */
export function figureRule(lex: FigureLexicon): FigureRule {
  const p = figurePieces(lex);
  const cents = caselessWords(lex.cents);
  const joiner = caselessWords(lex.words.joiners);
  const pattern = regex(
    `(?<![\\p{L}\\d.,/-])` +
      `(?:(?<approx>${p.approx})\\s*)?` +
      // (a dash and a space opening a line that goes on after the number is a list's bullet, no minus: `- 1.15 million tonnes
      // of ore mined`; a line of the number alone keeps it: `- 1,200,000`)
      `(?:(?<neg>(?<![\\d%]\\s?)(?:-(?![^\\S\\n])|(?<!(?:^|\\n)[^\\S\\n]*)-[^\\S\\n]|-[^\\S\\n](?=[\\d.,]+[^\\S\\n]*(?:\\n|$)))|(?:${p.neg})\\s+))?` +
      `(?:(?<cur>${p.cur})\\.?\\s?)?` +
      `(?<num>${p.num})` +
      `(?:\\s*(?<scale>${p.scale})(?![\\p{L}\\p{N}]|\\.\\p{L}))?` +
      // a unit word joined by a hyphen makes a compound adjective: `a 204-megawatt wind farm`, `a 10-year contract`
      // (a currency sign followed by a number is that number's: `in 2024 € 86 miljoen`)
      `(?:(?:\\s*|-(?=\\p{Ll}{3}))(?<unit>${p.unit})(?![\\p{L}\\d])(?<!\\p{Sc}(?=\\s?\\d)))?` +
      `(?:(?:\\s+(?:${joiner}))?\\s+(?<cents>\\d{1,2}|${p.cents})(?:\\s*(?<centw>${cents})(?![\\p{L}])|(?=\\s*(?:$|[.;:!?)](?!\\d)))))?` +
      `(?=(?:\\s+(?<counted>(?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Ll}{3,}(?:[^\\S\\n]+\\p{Ll}{3,}){0,2}(?![\\p{L}])))?)`,
    "gu",
  );
  const notCounted = new Set(lex.notCounted);
  const fractionWords = new Set(lex.fractionWords ?? []);
  const countedSkipped = new Set(lex.countedAdjectives);
  const countCompound = lex.countCompounds.length ? regex(`^-(?:${caselessWords(lex.countCompounds)})(?![\\p{L}-])`, "u") : /(?!)/;
  // a price near an article and a unit makes the unit the one a price is per (`$85 a tonne`, `a tonne … costs $85`)
  const moneyWords = Object.keys(lex.units).filter((u) => lex.units[u].quantity === "money" && rx.u`^\p{L}{3,}$`.test(u));
  const priceNear = regex(`(?:${p.cur})\\s?\\d|\\d\\s*(?:${caselessWords(moneyWords)}|${ISO_CURRENCIES.join("|")})(?![\\p{L}])`, "u");
  return {
    id: `${lex.lang}.figure.number`,
    pattern,
    starts: figureStarts(lex),
    normalize: (g, ctx, m) => {
      const end = m.index + m[0].length;
      let n = parseFigureNumber(g.num!, lex);
      if (n === null) return null;
      const next = ctx.text.slice(end, end + 2);
      const before = ctx.text.slice(Math.max(0, m.index - 2), m.index);
      let sense = unitSense(lex, g.unit, ctx, end);
      const curBefore = g.cur ? (lex.currencyBefore[g.cur] ?? g.cur) : null;
      let scale = g.scale ? lex.scales[g.scale] : 1;
      if (g.scale && lex.moneyOnlyScales.includes(g.scale) && !curBefore && sense?.quantity !== "money") {
        // `3m` without money: metres, read by the unit table
        const asUnit = unitSense(lex, g.scale, ctx, end);
        if (!asUnit || g.unit) return null;
        sense = asUnit;
        scale = 1;
      }
      const money = curBefore ?? (sense?.quantity === "money" ? sense.unit : null);
      const isWords = rx.u`^\p{L}`.test(g.num!);
      // `Jan De Nul`, `Zero Emission Port`: a capitalised zero is a name, never a count
      if (isWords && rx.u`^\p{Lu}`.test(g.num!) && lex.words.zero.includes(g.num!.toLowerCase()) && !sense && !curBefore) return null;
      if (isWords && lex.words.zero.includes(g.num!.toLowerCase()) && !sense && !curBefore && lex.zeroTargets.includes((wordBefore(ctx.text, m.index) ?? "").toLowerCase())) return null;
      // a lone `one` or `een` is an article or pronoun, unless a unit or scale says it counts
      if (isWords && !sense && !g.scale && !curBefore && lex.words.determiners.includes(g.num!.toLowerCase()) && !(g.num!.toLowerCase() in lex.words.units)) return null;
      // `120,000 tonnes a year`, `een jaar eerder`: an article before a time unit is a rate or a date, not a duration
      if (isWords && lex.articles.includes(g.num!.toLowerCase()) && sense?.quantity === "duration" && !g.scale) return null;
      // `a euro tranche`, `a dollar loan`: a currency after an article before a noun says what kind the noun is
      if (isWords && lex.articles.includes(g.num!.toLowerCase()) && sense?.quantity === "money" && !g.scale && !curBefore) {
        const after = rx.u`^[^\S\n]+(\p{Ll}+)`.exec(ctx.text.slice(end, end + 30));
        if (after && !lex.amountFollowers.includes(after[1])) return null;
      }
      // `$85 a tonne`, `a tonne from Kostanai to Ghent costs $85`, `300 euro per ton`: a price per unit, no measure
      if (isWords && lex.articles.includes(g.num!.toLowerCase()) && sense && sense.quantity !== "money" && !g.scale && priceNear.test(sameSentence(ctx.text.slice(Math.max(0, m.index - 40), m.index), ctx.text.slice(m.index, end + 80)))) return null;
      if (isWords && !sense && !g.scale && !curBefore && !g.approx && parseNumberWords(g.num!, lex.words) === 2) {
        const article = wordBefore(ctx.text, m.index);
        if (article && lex.definiteArticles.includes(article.toLowerCase())) return null;
      }
      if (isWords && lex.weakNumbers.includes(g.num!.toLowerCase()) && !sense && !g.scale && !curBefore) {
        if (!weakOk.has(before.trim().slice(-1)) || !weakOk.has(next.trim().slice(0, 1))) return null;
      }
      // years, ordinals (`2nd`, `63e`) and numbers glued to words are not figures
      if (!curBefore && !sense && !g.scale && /^(1[89]|2[01])\d\d$/.test(g.num!)) return null;
      // `the programme "Green Steppe 2030"`: a year before the quote that closes a name, not inches
      if (!curBefore && !g.scale && /^["']+$/.test(g.unit ?? "") && /^(1[89]|2[01])\d\d$/.test(g.num!) && openQuoteBefore(ctx.text, m.index)) return null;
      // (any script's letter, as `20代`: the exact class, not the rules' compact one)
      if (!sense && !g.scale && !curBefore && /^\p{L}/u.test(next)) return null;
      if (/^[-/]\d/.test(next) && !g.unit) return null;
      // an academic or fiscal year (`2025/2026`, `2023/24`) is a period, not a fraction
      if (!curBefore && !g.unit && /^(?:1[89]|20)\d\d\/(?:(?:1[89]|20)?\d\d)$/.test(g.num!)) return null;
      // a clock time (`14:35`, `10:30`) is a time of day, neither of its halves a count
      if (!g.scale && !curBefore && (/^:\d/.test(next) || /\d:$/.test(before))) return null;
      // an age is no figure: `a 45-year-old engineer`, `de 52-jarige directeur` (a word joined by a hyphen
      // that is no unit makes the number part of an adjective, as `52-jarige`, `3-sterrenhotel`)
      const joined = ctx.text.slice(end, end + 12);
      if (sense?.quantity === "duration" && /^-(?:old|oud)(?![\p{L}])/u.test(joined)) return null;
      if (!g.unit && !g.scale && !curBefore && rx.u`^-\p{Ll}`.test(next) && !countCompound.test(ctx.text.slice(end, end + 16))) return null;
      // a number word in lower case between two capitalised words is a name's particle: `Jolien ten Velde`
      if (isWords && !g.scale && !sense && lex.nameParticles.includes(g.num!) && rx.u`\p{Lu}\p{Ll}+[^\S\n]$`.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)) && rx.u`^[^\S\n]\p{Lu}`.test(next)) return null;
      // a time of day: `at 7 pm`, `7.30 a.m.`, `om 19 uur`
      if (!curBefore && !g.scale && /^\s?[ap]\.?m\.?(?![\p{L}])/iu.test(joined)) return null;
      if (sense?.unit === "h" && /(?:^|\s)(?:om|at)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      // a clock time with a point or colon before two digits of minutes (`vanaf 18.30 uur`, `14.00–17.30 uur`, `at 09.30 hrs`)
      if (sense?.unit === "h" && !g.scale && !curBefore && /^(?:[01]?\d|2[0-4])[.:][0-5]\d$/.test(g.num!)) return null;
      // a heading's number: `Vraag 1`, `Antwoord 2`, `Article 5` alone on their line
      if (/^\d{1,3}$/.test(g.num!) && !sense && !curBefore && rx.u`(?:^|\n)[^\S\n]*\p{Lu}\p{Ll}+[^\S\n]+$`.test(ctx.text.slice(Math.max(0, m.index - 30), m.index)) && /^[^\S\n]*(?:\n|$)/.test(ctx.text.slice(end, end + 3))) return null;
      if (!sense && !curBefore && isLabelOrAddress(lex, ctx.text, m.index, end, g.num!, g.scale)) return null;
      // list numbering: `1.` or `2)` opening a line
      if (/^\d{1,2}$/.test(g.num!) && /(?:^|\n)\s*$/.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)) && /^[.)]\s/.test(next)) return null;
      if (g.cents && money) {
        const c = /^\d+$/.test(g.cents) ? +g.cents : parseNumberWords(g.cents, lex.words);
        if (c === null || c >= 100) return null;
        n += c / 100;
      } else if (g.cents) return null;
      let value = scaled(n, scale);
      if (g.neg) value = -value;
      // `Two thirds of our exports`, `Twee derde van de export`: a share, no count of two
      if (!money && !sense && g.counted && fractionWords.has(g.counted.split(/\s+/u)[0].toLowerCase())) return null;
      const counted = !money && !sense && g.counted ? countedNoun(g.counted, notCounted, lex.pluralEndings, countedSkipped) : null;
      return {
        value,
        unit: money ?? sense?.unit ?? null,
        quantity: money ? "money" : (sense?.quantity ?? "count"),
        approx: changeTo(lex, g.approx, ctx.text, m.index, end) ? null : (normApprox(lex, g.approx) ?? (g.approx === "~" ? "about" : null)),
        counted,
        subject: subjectBefore(ctx.text, m.index + m[0].indexOf((g.cur ?? g.num ?? g.cur1 ?? g.lo)!), lex),
      };
    },
    examples: [],
    negatives: [],
  };
}

/** `steeg tot 4,5 miljoen ton`: after a verb of change, `tot` says what the figure became, not a ceiling. */
function changeTo(lex: FigureLexicon, approx: string | undefined, text: string, at: number, end: number): boolean {
  if (!approx || !lex.changeTo.includes(approx.toLowerCase())) return false;
  // the verb before (`steeg met 62% tot`) or, verb-final, right after (`tot 15 procent optrekken`)
  const before = rx.u`(\p{L}+)[^\S\n]+(?:(?:met|by)[^\S\n]+[^\s]+[^\S\n]+)?$`.exec(text.slice(Math.max(0, at - 60), at));
  const after = rx.u`^[^\S\n]+(\p{L}+)`.exec(text.slice(end, end + 30));
  return [before?.[1], after?.[1]].some((w) => w !== undefined && lex.changeVerbs.includes(w.toLowerCase()));
}

/**
 * The noun a count counts, from the words after it up to a function word: the first plural
 * (`250 flat wagons`, `32 Limburgse ondernemers`, `18 000 containers last year`), else the first word (`340 people`).
 */
function countedNoun(phrase: string, notCounted: ReadonlySet<string>, pluralEndings: readonly string[], skipped: ReadonlySet<string>): string | null {
  const words: string[] = [];
  for (const w of phrase.split(/\s+/)) {
    if (skipped.has(w.toLowerCase())) continue;
    if (notCounted.has(w.toLowerCase())) break;
    words.push(w);
  }
  const lower = words.filter((w) => rx.u`^\p{Ll}`.test(w));
  return lower.find((w) => pluralEndings.some((e) => w.endsWith(e))) ?? lower[0] ?? null;
}

/** The range pattern of a language, one object for both range rules: compiled once, and run once at each start (rules.ts). */
const rangePatterns = new WeakMap<FigureLexicon, RegExp>();
function rangePattern(lex: FigureLexicon, p: ReturnType<typeof figurePieces>): RegExp {
  let pattern = rangePatterns.get(lex);
  if (pattern) return pattern;
  pattern = regex(
    `(?<![\\p{L}\\d.,/-])` +
      `(?:(?<from>${caselessWords(lex.rangeFrom)})\\s+)?` +
      `(?<first>(?:(?<approx>${p.approx})\\s*)?(?:(?<cur1>${p.cur})\\s?)?(?<lo>${p.num})(?:\\s*(?<unit1>${p.unit})(?![\\p{L}\\d]))?)` +
      `\\s*(?:-|–|(?:${caselessWords(lex.rangeTo)})\\s)\\s*~?\\s*(?:(?:${p.approx})\\s+)?` +
      `(?<second>(?:(?<cur2>${p.cur})\\s?)?(?<hi>${p.num})(?:\\s*(?<scale>${p.scale})(?![\\p{L}\\p{N}]|\\.\\p{L}))?(?:\\s*(?<unit2>${p.unit}))?)(?![\\p{L}\\d])`,
    "gu",
  );
  rangePatterns.set(lex, pattern);
  return pattern;
}

/**
 * The first figure of a range takes the unit and scale of the second: `10-20 dollars`, `tussen 100 en 1000 gram`.
 * The second is read by the same rule when a hyphen joins them (`25-30%`, `€12-15 million`): a figure's own rule
 * takes no number right after a hyphen (`COVID-19`), and it takes the currency of the first (`€12-15 million`).
 */
export function figureRangeRule(lex: FigureLexicon, which: "first" | "second" = "first"): Rule<FigureValue> {
  const p = figurePieces(lex);
  const pattern = rangePattern(lex, p);
  return {
    id: `${lex.lang}.figure.range-${which}`,
    pattern,
    starts: figureStarts(lex, lex.rangeFrom),
    spanGroup: which,
    priority: 2,
    normalize: (g: Groups, ctx, m) => {
      const lo = parseFigureNumber(g.lo!, lex);
      const hi = parseFigureNumber(g.hi!, lex);
      if (lo === null || hi === null || hi <= lo) return null;
      if (!g.from && lex.articleOnes?.includes(g.lo!.toLowerCase())) return null;
      const end = m.index + m[0].length;
      const own = unitSense(lex, g.unit1, ctx, end);
      const shared = unitSense(lex, g.unit2, ctx, end);
      // `12% to 70 thousand tons` is two figures, not a range
      if (own && shared && own.unit !== shared.unit) return null;
      const sense = own ?? shared;
      const cur = g.cur1 ?? g.cur2;
      // `rose by 15.3% to USD 1,051.2 million`: a unit of the first that is no money parts it from an amount
      if (own && own.quantity !== "money" && g.cur2) return null;
      const money = cur ? (lex.currencyBefore[cur] ?? cur) : sense?.quantity === "money" ? sense.unit : null;
      if (!money && !sense) return null;
      const scale = g.scale && !g.unit1 ? lex.scales[g.scale] : 1;
      if (which === "second") {
        // only a hyphen or dash leaves the second to this rule (`tussen 100 en 1000 gram` has its own figure)
        if (!rx.u`^[^\p{L}]*[-–]`.test(m[0].slice(m[0].indexOf(g.first!) + g.first!.length))) return null;
        return {
          value: scaled(hi, g.scale ? lex.scales[g.scale] : 1),
          unit: money ?? sense?.unit ?? null,
          quantity: money ? "money" : (sense?.quantity ?? "count"),
          approx: null,
          counted: null,
          subject: null,
        };
      }
      return {
        value: scaled(lo, scale),
        unit: money ?? sense?.unit ?? null,
        quantity: money ? "money" : (sense?.quantity ?? "count"),
        approx: normApprox(lex, g.approx) ?? (g.approx === "~" ? "about" : null),
        counted: null,
        subject: subjectBefore(ctx.text, m.index + m[0].indexOf((g.cur ?? g.num ?? g.cur1 ?? g.lo)!), lex),
      };
    },
    examples: [],
    negatives: [],
  };
}

/**
 * A part of a measure just given takes its unit: `30 maanden, waarvan 10 voorwaardelijk`, `40 hectares of land, of which 12 irrigated`
 * (a few lower-case words may close the measure's phrase before the comma).
 * The part's own number rule reads it as a bare count; this rule, of higher priority, gives it the unit.
 */
export function figurePartRule(lex: FigureLexicon): Rule<FigureValue> {
  const p = figurePieces(lex);
  return {
    id: `${lex.lang}.figure.part-of`,
    pattern: regex(
      `(?<![\\p{L}\\d.,/-])(?:${p.num})\\s*(?<unit>${p.unit})(?![\\p{L}\\d])(?:[^\\S\\n]+\\p{Ll}+){0,3},[^\\S\\n]*(?:${caselessWords(lex.partOf)})[^\\S\\n]+(?<part>(?<num>\\d+(?:[.,]\\d+)?|${p.words}))(?![\\p{L}\\d%]|[.,]\\d|[^\\S\\n]*(?:${p.unit})(?![\\p{L}\\d]))`,
      "gu",
    ),
    starts: { ...figureStarts(lex), near: { words: lex.partOf.map((w) => w.split(/\s+/)[0].toLowerCase()), reach: 40 } },
    spanGroup: "part",
    priority: 2,
    normalize: (g, ctx, m) => {
      const value = parseFigureNumber(g.num!, lex);
      const sense = unitSense(lex, g.unit, ctx, m.index + m[0].length);
      if (value === null || !sense || sense.quantity === "money" || sense.quantity === "percent") return null;
      return { value, unit: sense.unit, quantity: sense.quantity, approx: null, counted: null, subject: null };
    },
    examples: [],
    negatives: [],
  };
}

/** Counts said as a phrase: `a couple of`, `a pair`. */
export function phraseNumberRule(lang: string, phrases: Record<string, number>): FigureRule {
  return {
    id: `${lang}.figure.phrase-number`,
    pattern: regex(`(?<![\\p{L}])(?<phrase>${caselessWords(Object.keys(phrases))})(?![\\p{L}])(?=(?:\\s+(?<counted>\\p{Ll}{3,})(?![\\p{L}]))?)`, "gu"),
    normalize: (g) => {
      const value = phrases[g.phrase!.toLowerCase().replace(/\s+/g, " ")];
      if (value === undefined) return null;
      return { value, unit: null, quantity: "count", approx: "about", counted: g.counted ?? null, subject: null };
    },
    examples: [],
    negatives: [],
  };
}
