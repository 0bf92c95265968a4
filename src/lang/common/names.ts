// The shape of personal names, shared by every language: capitalised words with
// particles (`Van Damme`, `van der Berg`), hyphens (`Smith-Jones`), initials
// (`J. Smith`, `J.Smith`, `W. De Vries`), and two names glued by a missing space
// (`AnnaPeeters` → `Anna Peeters`, when the first part is a known first name).
import { gazetteer, isFirstName, placeKey } from "./data.js";
import { allMatches, regex, rx, compactSource } from "../../text/classes.js";
import { LEGAL_FORMS } from "./organisations-forms.js";

/**
 * A cheap first-character test (Latin, Greek, Cyrillic capitals and digits) put before
 * patterns that start with a capitalised word: Unicode property classes are slow to
 * test at every position, a plain character class lets the engine skip ahead.
 */
export const CAP_START = "(?=[A-Z0-9\\u00C0-\\u00DE\\u0100-\\u024F\\u0370-\\u03FF\\u0400-\\u042F])";
/** Spaces within one line: a name, a role or a list of them never runs over a line break. */
export const LINE_SPACE = "[^\\S\\n]+";

/**
 * A lower-case letter or a combining mark. Written as an alternation, not as the class
 * `[\p{Ll}\p{M}]`: the two sets share no character, so both match the same, and V8
 * compiles the class's merged ranges several times slower, once for every use in
 * every name pattern of a cold start. The name fragments are compacted once, here
 * (text/classes.ts), not again in every pattern that includes them.
 */
const LOWER = compactSource("(?:\\p{Ll}|\\p{M})");
// a double surname may carry a particle after its hyphen (`Hofstede-van Dam`, `Van Rijn-de Jong`); an apostrophe
// goes on inside a word (`O'Brien`, `Ma'ruf`, `D’Souza`), but not into a possessive `'s` (`Omarbekov's visit`)
export const NAME_WORD = compactSource(`\\p{Lu}(?:${LOWER}+(?:['’](?!s(?!${LOWER}))\\p{Lu}?${LOWER}+)?|['’]\\p{Lu}${LOWER}+)(?:\\p{Lu}${LOWER}{2,})?(?:-(?:(?:van|de|ter|ten|te)[^\\S\\n](?:(?:der|den|de)[^\\S\\n])?)?\\p{Lu}${LOWER}+){0,2}`);
export const PARTICLE = "(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]en|[Tt]er|[Vv]ande[nr]?|[Ll]e|[Ll]a|[Dd]i|[Dd]u|[Dd]a|[Dd]os|von|bin|ibn|el|al)";
const INITIAL = compactSource("\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)?");

/** A personal name as the rules see it: optional initials, words and particles, at most five words. */
export const NAME_RUN = `(?:${INITIAL}\\s?)?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+){0,2}(?:${INITIAL}\\s?)?${NAME_WORD}){0,4}`;

/**
 * A surname by its ending: the Russian and Kazakh family-name suffixes (`-ov`, `-eva`, `-uly`,
 * `-kyzy`, patronymic `-ovich`) and the Ukrainian `-enko`, as press releases romanise them.
 * Evidence that a capitalised pair ending in it is a person (`Serik Omarov`) even when the
 * first name is in no list.
 */
const SURNAME_ENDING = rx.u`^\p{Lu}\p{Ll}{2,}(?:ov|ova|ev|eva|yev|yeva|uly|kyzy|ovich|evich|ovna|evna|enko)$`;
export const endsLikeSurname = (word: string): boolean => SURNAME_ENDING.test(word);
const PATRONYMIC = rx.u`^\p{Lu}\p{Ll}{2,}(?:ovich|evich|ovna|evna|uly|kyzy)$`;

/** A first name, or a hyphenated one whose parts are first names (`Pieter-Jan`, `Anne-Marie`). */
const HYPHENATED = rx.u`^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$`;
export const isGivenName = (word: string): boolean => isFirstName(word) || (HYPHENATED.test(word) && word.split("-").every((w) => isFirstName(w)));

const PARTICLE_RE = regex(`^${PARTICLE}$`, "u");
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
const INITIAL_RE = regex(`^${INITIAL}$`, "u");
const INITIAL_GLUED = rx.u`^(\p{Lu}\.)(\p{Lu}[\p{Ll}\p{M}]+.*)$`;
const GLUED = rx.u`^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}[\p{Ll}\p{M}]{2,}.*)$`;

export interface NameWords {
  /** capitalised words that are never part of a name (`The`, `During`, `Minister`) */
  notNames: ReadonlySet<string>;
  /** how words end that are never part of a name (`Stationsstraat`) */
  notNameEndings?: readonly string[];
  /** adjectives of origin written capitalised (`Kazakh`, `Belgian`): they open no name (`Kazakh Invest said`) */
  origins?: ReadonlySet<string>;
  lang: string;
}

/** Countries, regions and the domain's cities are no name words; a far-away city (`Jos`, `Florence`) may well be one. */
const DOMAIN = new Set(["BE", "NL", "KZ"]);
function isPlaceWord(word: string, lang: string): boolean {
  const p = gazetteer(lang).get(placeKey(word));
  return p !== undefined && p.rank === 0 && (p.kind !== "city" || DOMAIN.has(p.country ?? ""));
}

export interface NameSpan {
  /** offset of the name inside the run */
  offset: number;
  /** exact surface text of the name */
  text: string;
  /** the name as it should be written: glued words split (`Anna Peeters`) */
  name: string;
  words: number;
}

/** a run's words, for allMatches */
const WORDS = /\S+/g;

/**
 * Narrows a capitalised run to the personal name at its end: words before a first
 * name, places and words that are no names fall away (`Belgium Anna Peeters`,
 * `Economie Jan Peeters` → `Anna Peeters`, `Jan Peeters`). Null when nothing is left.
 */
export function nameAtEnd(run: string, words: NameWords): NameSpan | null {
  const tokens = allMatches(WORDS, run).map((m) => ({ text: m[0], at: m.index }));
  if (!tokens.length) return null;
  // a street's name ends no name (`Koningin Astridstraat 6`)
  const notNameWord = (t: string) => (words.notNameEndings ?? []).some((e) => t.length > e.length && t.toLowerCase().endsWith(e));
  if (tokens.some((t) => notNameWord(t.text))) return null;
  let first = 0;
  // the last word that cannot belong to a name starts the name after it
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    // a particle inside a name (`Anna De Smet`) is no sentence word, nor one that opens a surname with a particle
    // after it (`het lid Van der Steen-Bakker`)
    if (i > 0 && PARTICLE_RE.test(t)) continue;
    if (i === 0 && tokens.length >= 3 && PARTICLE_RE.test(t) && rx.u`^\p{Ll}`.test(tokens[1].text) && PARTICLE_RE.test(tokens[1].text)) continue;
    // an acronym is no name's word, a regnal number after a name is (`Edward IV`); nor is a legal form, with the sentence's period too (`of Ulba Freight JSC.`)
    if (words.notNames.has(t) || (rx.u`^\p{Lu}{2,}$`.test(t) && !(i > 0 && i === tokens.length - 1 && REGNAL.test(t))) || Object.hasOwn(LEGAL_FORMS, t) || Object.hasOwn(LEGAL_FORMS, t.replace(/\.$/, "")) || (!PARTICLE_RE.test(t) && !INITIAL_RE.test(t) && isPlaceWord(t, words.lang) && i < tokens.length - 1) || (i < tokens.length - 1 && words.origins?.has(t))) first = i + 1;
  }
  // a first name inside the run starts the name (`Sport Jan Peeters`)
  let knownFirst = false;
  for (let i = first; i < tokens.length - 1; i++) {
    if (isGivenName(tokens[i].text)) {
      first = i;
      knownFirst = true;
      break;
    }
  }
  // else a surname by its ending closes it, and the word before it (or before a patronymic) is the first name
  // (`Invest Serik Omarov`, `Atom Askar Kairatuly Zhumabekov`)
  if (!knownFirst && tokens.length - first > 2 && endsLikeSurname(tokens[tokens.length - 1].text)) {
    let k = tokens.length - 2;
    if (k - 1 > first && PATRONYMIC.test(tokens[k].text)) k--;
    if (rx.u`^\p{Lu}\p{Ll}+$`.test(tokens[k].text)) first = k;
  }
  // a name starts with a capitalised word or an initial, never a lower-case particle
  while (first < tokens.length && rx.u`^\p{Ll}`.test(tokens[first].text)) first++;
  // a lower-case `de`, `van` after a full name is the sentence's article (`Jan Peeters de Expo`), not a particle, unless
  // the two words are both first names and the surname is still to come (`Jan Willem de Vries`)
  let words2 = 0;
  for (let i = first; i < tokens.length; i++) {
    const doubleFirstName = words2 === 2 && PARTICLE_RE.test(tokens[i].text) && isGivenName(tokens[first].text) && isGivenName(tokens[first + 1].text);
    if (rx.u`^\p{Ll}`.test(tokens[i].text) && words2 >= 2 && !doubleFirstName) {
      tokens.length = i;
      break;
    }
    if (!PARTICLE_RE.test(tokens[i].text)) words2++;
  }
  if (first >= tokens.length) return null;
  // nor does a number (`2020`, `3s.`), once the sentence's words after a full name are cut off (`Jan Peeters van 2019 tot …`)
  if (tokens.slice(first).some((t) => /\d/.test(t.text))) return null;
  // at most four words of a name
  const nameWords = tokens.slice(first).filter((t) => !PARTICLE_RE.test(t.text));
  if (!nameWords.length) return null;
  if (nameWords.length > 4) return null;
  // `staatssecretaris Jan Peeters Astana en Almaty`: places after a full name are the sentence's object
  const nameWordsBefore = (end: number) => tokens.slice(first, end).filter((t) => !PARTICLE_RE.test(t.text)).length;
  while (nameWordsBefore(tokens.length - 1) >= 2 && isPlaceWord(tokens[tokens.length - 1].text, words.lang)) tokens.length--;
  const last = tokens[tokens.length - 1];
  // nor with an owner's `'s` (`the Justice Department's inspector`)
  if (words.notNames.has(last.text) || words.notNames.has(last.text.replace(/['’]s$/u, "")) || isPlaceWord(last.text, words.lang)) return null;
  const offset = tokens[first].at;
  const text = run.slice(offset, last.at + last.text.length);
  const name = writtenName(text);
  return { offset, text, name, words: wordCount(name) };
}

/**
 * `Klimaat Yeldos Peeters` after a list's `en` or `and` (`minister van Economie en Klimaat Yeldos Peeters`): the list
 * closes with an object of one word, and a full name of two words follows it, whatever the first name (a known one
 * opens the name already). The run begins at that last object; null when it is not of that shape.
 */
export function nameAfterConjunct(run: string, words: NameWords): NameSpan | null {
  const ts = allMatches(WORDS, run);
  if (ts.length < 3 || !rx.u`^\p{Lu}\p{Ll}`.test(ts[0][0]) || isGivenName(ts[0][0])) return null;
  const from = ts[1].index;
  const name = nameAtEnd(run.slice(from), words);
  return name && name.offset === 0 && name.words === 2 ? { ...name, offset: from } : null;
}

/**
 * The full name a run opens: the run's first words, two or more of them, on one line. Rules whose cue
 * stands right before the name (a salutation, a role line, a colon) take nothing else: a surname alone,
 * sentence words before the name, or a name continued on the next line (a heading) mean no person.
 */
export function fullNameAtStart(run: string, words: NameWords): NameSpan | null {
  const name = nameAtEnd(run, words);
  if (!name || name.offset !== 0 || name.words < 2 || run.slice(0, name.text.length).includes("\n")) return null;
  return name;
}

/** `AnnaPeeters` → `Anna Peeters`; `J.Smith` → `J. Smith`; spacing normalised. */
export function writtenName(text: string): string {
  return text
    .split(/\s+/)
    .map((w) => {
      const i = INITIAL_GLUED.exec(w);
      if (i) return `${i[1]} ${i[2]}`;
      const g = GLUED.exec(w);
      if (g && isFirstName(g[1])) return `${g[1]} ${g[2]}`;
      return w;
    })
    .join(" ");
}

/** A name of one word that is no name on its own (glued names count as two words). */
export function wordCount(name: string): number {
  return name.split(/\s+/).filter((w) => !PARTICLE_RE.test(w)).length;
}
