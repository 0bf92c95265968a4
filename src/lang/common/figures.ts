// The figure rule builder: qualifier, currency, number, scale, unit and counted noun
// from a language's lexicons; the logic is written once for every language.
import { alternation, type Rule } from "../../rules.js";
import type { FigureValue } from "../../entities/figures.js";
import { parseDigits, scaled } from "./numbers.js";

export interface UnitSense {
  unit: string | null;
  quantity: FigureValue["quantity"];
}

export interface FigureLexicon {
  lang: string;
  decimal: "." | ",";
  /** scale words: `million` → 1e6 */
  scales: Record<string, number>;
  /** words and symbols after the number */
  units: Record<string, UnitSense>;
  /** currency symbols and codes before the number */
  currencyBefore: Record<string, string>;
  approx: Record<string, NonNullable<FigureValue["approx"]>>;
  /** words that follow a number without being what it counts */
  notCounted: string[];
}

export const CURRENCY_SYMBOLS: Record<string, string> = {
  "€": "EUR", $: "USD", "US$": "USD", "£": "GBP", "₸": "KZT", "₽": "RUB", "¥": "JPY", EUR: "EUR", USD: "USD", KZT: "KZT", GBP: "GBP", RUB: "RUB", CHF: "CHF", CNY: "CNY",
};

export function figureRule(lex: FigureLexicon): Rule<FigureValue> {
  const unitAlt = alternation(Object.keys(lex.units));
  const pattern = new RegExp(
    `(?<![\\p{L}\\d.,-])` +
      `(?:(?<approx>${alternation(Object.keys(lex.approx))})\\s+)?` +
      `(?:(?<cur>${alternation(Object.keys(lex.currencyBefore))})\\s?)?` +
      `(?<num>\\d{1,3}(?:[.,\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)` +
      `(?:\\s*(?<scale>${alternation(Object.keys(lex.scales))})(?![\\p{L}]))?` +
      `(?:\\s*(?<unit>${unitAlt})(?![\\p{L}\\d]))?` +
      `(?:(?=\\s+(?<counted>(?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Ll}{3,})))?`,
    "gu",
  );
  const notCounted = new Set(lex.notCounted);
  return {
    id: `${lex.lang}.figure.number`,
    pattern,
    normalize: (g, ctx, m) => {
      const n = parseDigits(g.num!, lex.decimal);
      if (n === null) return null;
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      const scale = g.scale ? lex.scales[g.scale.toLowerCase()] : 1;
      const cur = g.cur ? lex.currencyBefore[g.cur] : null;
      const sense = g.unit ? lex.units[g.unit] ?? lex.units[g.unit.toLowerCase()] : null;
      // years and numbers glued to words or ordinal suffixes are not figures
      if (!cur && !sense && !g.scale && /^(1[89]|2[01])\d\d$/.test(g.num!)) return null;
      if (/^[-/]\d/.test(after)) return null;
      const value = scaled(n, scale);
      const counted = !cur && !sense && g.counted && !notCounted.has(g.counted.toLowerCase().split(/\s+/).pop()!)
        ? g.counted
        : null;
      return {
        value,
        unit: cur ?? sense?.unit ?? null,
        quantity: cur ? "money" : sense?.quantity ?? "count",
        approx: g.approx ? lex.approx[g.approx.toLowerCase().replace(/\s+/g, " ")] ?? null : null,
        counted,
        subject: null,
      };
    },
    examples: [],
    negatives: [],
  };
}
