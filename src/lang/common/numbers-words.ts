// Numbers written in words, in any language whose words fit this grammar:
// units, teens and tens below a hundred, a hundred word, scale words, and (Dutch)
// compounds written as one word with the unit first (`vijfentwintig`).
// The pattern enforces the grammar, so `one two` or `twee en drie` never join into
// one number; the parser then only adds and multiplies.
import { alternation } from "../../rules.js";
import { trieAlternation } from "./trie.js";
import { regex, rx } from "../../text/classes.js";
import { derived } from "../../text/derived.js";

export interface NumberWordLexicon {
  /** 1–9 */
  units: Record<string, number>;
  /** 10–19 */
  teens: Record<string, number>;
  /** 20, 30 … 90 */
  tens: Record<string, number>;
  /** zero, nought, nul: numbers only when alone */
  zero: string[];
  hundred: string[];
  /** thousand, million, lakh, dozen: multiply what comes before */
  scales: Record<string, number>;
  /** scale words that are numbers on their own (`duizend gram`, `dozijn`) */
  bareScales: string[];
  /** `and`, `en` between parts */
  joiners: string[];
  /** the decimal point said aloud: `point`, `komma` */
  point: string[];
  /** `a`/`an`/`een`: one, but only before a hundred or scale word (`a hundred`, `een miljoen`) */
  determiners: string[];
  /** `half`, and one-word fractions (`anderhalf` = 1.5) that multiply a following scale */
  halves: Record<string, number>;
  /** unit-first compounds written together: `vijfentwintig`, `drieëndertig`, `tweeduizend` */
  compounds: boolean;
}

/** A word matched whatever its case, without the `i` flag (unit symbols stay case-sensitive). */
export function caseless(alt: string): string {
  return alt.replace(rx.gu`\\.|\p{L}`, (c) => {
    if (c.length > 1) return c;
    const u = c.toUpperCase();
    return u === c ? c : `[${c}${u}]`;
  });
}

/**
 * Words matched whatever their case, as a trie (`[tT](?:[wW](?:[oO]|...)|...)`):
 * the same language and preference as `caseless(alternation(words))` (longest
 * first), but V8 follows one branch per letter instead of trying every word, which
 * is several times faster on large lexicons. Lexicons with capitals (`May`) keep the
 * plain alternation, where a capital matches only itself.
 */
export function caselessWords(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean);
  // the same lexicons (months, weekdays, units) go into many rules: each is written once
  const key = list.join("\u0000");
  let source = caselessBuilt.get(key);
  if (source === undefined) {
    source = derived("caseless", key, () => (list.every(foldsCleanly) ? caseless(trieAlternation(list)) : caseless(alternation(list))));
    caselessBuilt.set(key, source);
  }
  return source;
}
const caselessBuilt = new Map<string, string>();

/** Lower case, and each letter's upper case is one letter that lowers back to it (not `ß`, `ı`, `ſ`). */
function foldsCleanly(w: string): boolean {
  if (w !== w.toLowerCase()) return false;
  for (const c of w) {
    const u = c.toUpperCase();
    if (u !== c && (u.length !== 1 || u.toLowerCase() !== c)) return false;
  }
  return true;
}

const alt = caselessWords;

/** The regex source of a number in words below a hundred (`twenty-one`, `drieëndertig`). */
function below100Source(lex: NumberWordLexicon): string {
  const U = alt(Object.keys(lex.units));
  const T = alt(Object.keys(lex.teens));
  const X = alt(Object.keys(lex.tens));
  return lex.compounds
    ? `(?:(?:${U})\\s?(?:${alt(lex.joiners)}|ën)\\s?(?:${X})|${X}|${T}|${U})`
    : `(?:(?:${X})(?:(?:-|\\s+)(?:${U}))?|${T}|${U})`;
}

/** The regex source of a number in words below a hundred, for cents (`twenty dollars forty-three`). */
export function centsWordsSource(lex: NumberWordLexicon): string {
  return `(?:${below100Source(lex)})(?![\\p{L}])`;
}

/**
 * The regex source of one number in words (no groups, no boundaries). Each part of
 * the grammar is written once where the grammar allows, so the figure patterns stay
 * small: a hundreds group, then a scale word with more groups, or spoken decimals.
 */
export function numberWordsSource(lex: NumberWordLexicon): string {
  const U = alt(Object.keys(lex.units));
  const H = alt(lex.hundred);
  const S = alt(Object.keys(lex.scales));
  const J = alt(lex.joiners);
  const D = alt(lex.determiners);
  const HALF = alt(Object.keys(lex.halves));
  const sp = lex.compounds ? "\\s?" : "\\s+";
  const below100 = below100Source(lex);
  const hundreds = `(?:(?:(?:${U}|${D})${sp})?(?:${H})(?:${sp}(?:(?:${J})\\s+)?${below100})?)`;
  const below1000 = `(?:${hundreds}|${below100})`;
  // what a scale word multiplies: `a`, `half`, `een half`, a group below a thousand, or
  // nothing before a scale that is a number on its own (`duizend`, bareScales ⊆ scales)
  const bare = lex.bareScales.length ? `|(?=(?:${alt(lex.bareScales)})(?![\\p{L}]))` : "";
  const lead = `(?:(?:(?:${D})(?:\\s+(?:${HALF}))?|${HALF})(?=${sp}(?:${S}))|${below1000}${bare})`;
  const tail = `(?:,?${sp}(?:(?:${J})\\s+)?${below1000}(?:${sp}(?:${S}))?)`;
  // the scale follows a space, or opens the number (a bare scale)
  const scaled = `(?:${sp}|(?<![\\p{L}]))(?:${S})(?:\\s+(?:${S}))?${tail}{0,4}`;
  const decimals = `\\s+(?:${alt(lex.point)})(?:\\s+(?:${U}|${alt(lex.zero)})){1,6}(?:\\s+(?:${S}))?`;
  // a fraction joined to a whole number: `six and a half hours`, `zes en een half uur` (the parser adds it as it adds `een half`)
  const andHalf = `${sp}(?:${J})${sp}(?:${D})${sp}(?:${HALF})(?![\\p{L}])`;
  return `(?:${lead}(?:${scaled}|${decimals}|${andHalf})?|${alt(lex.zero)})`;
}

/** The value of a number in words matched by numberWordsSource; null when it is none. */
export function parseNumberWords(raw: string, lex: NumberWordLexicon): number | null {
  const tokens = tokenize(raw.toLowerCase(), lex);
  if (!tokens) return null;
  let total = 0;
  let group = 0;
  let any = false;
  let decimals: number[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (decimals) {
      if (t in lex.units || lex.zero.includes(t)) decimals.push(lex.units[t] ?? 0);
      else if (t in lex.scales) {
        group = Number(`${group}.${decimals.join("")}`) * lex.scales[t];
        decimals = null;
        total += group;
        group = 0;
      }
      continue;
    }
    if (lex.joiners.includes(t) || t === "ën") continue;
    if (lex.point.includes(t)) { decimals = []; continue; }
    if (lex.determiners.includes(t)) {
      if (next !== undefined && next in lex.halves) { group += lex.halves[next]; i++; }
      else group += 1;
      any = true;
      continue;
    }
    const small = lex.units[t] ?? lex.teens[t] ?? lex.tens[t] ?? (lex.zero.includes(t) ? 0 : undefined);
    if (small !== undefined) { group += small; any = true; continue; }
    if (t in lex.halves) { group += lex.halves[t]; any = true; continue; }
    if (lex.hundred.includes(t)) { group = (group || 1) * 100; any = true; continue; }
    const scale = lex.scales[t];
    if (scale !== undefined) {
      // `three thousand millions`: a scale right after a scale multiplies everything so far
      if (group === 0 && total > 0) total *= scale;
      else total += (group || 1) * scale;
      group = 0;
      any = true;
      continue;
    }
    return null;
  }
  if (decimals) group = Number(`${group}.${decimals.join("") || "0"}`);
  return any ? total + group : null;
}

const morphemeCache = new WeakMap<NumberWordLexicon, string[]>();

/** Fractions of several words (`quarter of a`) as one token each. */
function joinPhrases(raw: string, lex: NumberWordLexicon): string {
  let phrases = phraseCache.get(lex);
  if (!phrases) {
    // built once per lexicon: a pattern built per number cost a compilation of each, every document
    const several = Object.keys(lex.halves).filter((h) => h.includes(" ")).sort((a, b) => b.length - a.length);
    phrases = several.length ? regex(`(?<![\\p{L}])(?:${alternation(several)})(?![\\p{L}])`, "giu") : null;
    phraseCache.set(lex, phrases);
  }
  return phrases ? raw.replace(phrases, (m) => m.toLowerCase().replace(/\s+/g, "_")) : raw;
}
const phraseCache = new WeakMap<NumberWordLexicon, RegExp | null>();

function tokenize(raw: string, lex: NumberWordLexicon): string[] | null {
  const words = joinPhrases(raw, lex).split(/[\s,-]+/).filter(Boolean).map((w) => w.replace(/_/g, " "));
  if (!lex.compounds) return words;
  let morphemes = morphemeCache.get(lex);
  if (!morphemes) {
    morphemes = [
      ...Object.keys(lex.units), ...Object.keys(lex.teens), ...Object.keys(lex.tens), ...lex.zero, ...lex.hundred,
      ...Object.keys(lex.scales), ...lex.joiners, ...lex.point, ...lex.determiners, ...Object.keys(lex.halves), "ën",
    ].sort((a, b) => b.length - a.length);
    morphemeCache.set(lex, morphemes);
  }
  const out: string[] = [];
  for (const w of words) {
    const parts = segment(w, morphemes);
    if (!parts) return null;
    out.push(...parts);
  }
  return out;
}

/** Splits a compound (`drieëndertig`) into known morphemes, longest first. */
function segment(word: string, morphemes: string[], depth = 0): string[] | null {
  if (!word) return [];
  if (depth > 12) return null;
  for (const m of morphemes) {
    if (!word.startsWith(m)) continue;
    const rest = segment(word.slice(m.length), morphemes, depth + 1);
    if (rest) return [m, ...rest];
  }
  return null;
}
