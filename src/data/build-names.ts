// Builds the first-name lexicon from a real data source, once, at build time: the
// person-name lists of @faker-js/faker's locales for the languages whose names turn
// up in the domain's press releases (Dutch, Belgian Dutch, English, French, German,
// Russian and Ukrainian transliterated, a few more European ones, and Uzbek and
// Azerbaijani for the Turkic names of Central Asia), and the 37,000 given names of Jörg
// Michael's gender.c dictionary (`nam_dict.txt`, 54 countries from Iceland to Korea,
// as the `gender-detection` package ships it), the one source with the names of
// Kazakhstan and Uzbekistan (Yerlan, Aigerim), Russia, and the Netherlands and Flanders
// of every generation (Henk, Geert, Annelies), where faker lists today's babies. A first name
// is evidence that a capitalised pair is a person (`Jan Peeters`), never a list of
// the people to find. Words that are also countries, regions or common English words
// (compromise's lexicon) are left out, so `China` or `Will` never start a name.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as faker from "@faker-js/faker";

const require = createRequire(import.meta.url);
const LOCALES = ["en", "en_GB", "en_IE", "nl", "nl_BE", "fr", "fr_BE", "de", "it", "es", "pl", "ru", "uk", "tr", "uz_UZ_latin", "az"];
/** Entries of those lists that are no names (a placeholder left in the Uzbek list). */
const NOT_NAMES = new Set(["Skipped"]);

// BGN/PCGN-style romanisation, the one press releases use for Russian and Kazakh names
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "",
  э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h",
};
export function romanize(s: string): string {
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const r = CYRILLIC[lower];
    if (r === undefined) out += ch;
    else out += ch === lower ? r : r.charAt(0).toUpperCase() + r.slice(1);
  }
  return out;
}

/** gender.c's names as `gender-detection` keeps them: lower-cased keys of its two lists. */
function genderDictionaryNames(): string[] {
  const lists = ["male", "female"].map((g) => require(`gender-detection/genders/${g}.js`) as Record<string, unknown>);
  // its keys are lower case: the capital goes back on every part of a double name (`anne-marie`)
  return lists.flatMap((list) => Object.keys(list)).map((key) => key.replace(/(^|[-\s])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase()));
}

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (value && typeof value === "object") return Object.values(value).flatMap(namesOf);
  return [];
}

/** A surname's ending (names.ts's): a place that ends in one is named after a person (`Bauyrzhan Momyshuly`). */
const SURNAME_ENDING = /\p{Ll}(?:ov|ova|ev|eva|in|ina|uly|kyzy|ovich|evich|enko)$/u;

export function buildFirstNames(placeNames: Iterable<string> = []): string[] {
  const nlp = require("compromise") as { model(): { one: { lexicon: Record<string, string> } } };
  const lexicon = nlp.model().one.lexicon;
  const placeList = [...placeNames].map((p) => p.toLowerCase());
  const places = new Set(placeList);
  // a full English word list: compromise's lexicon holds few common nouns (`moon`, `night`)
  const words = new Set(fs.readFileSync(path.join(path.dirname(require.resolve("word-list")), "words.txt"), "utf8").split("\n"));
  const names = new Set<string>();
  const all = faker as unknown as Record<string, { person?: { first_name?: unknown } } | undefined>;
  const listed = LOCALES.flatMap((locale) => namesOf(all[locale]?.person?.first_name));
  const isWord = (lower: string, length: number) => {
    const tag = lexicon[lower];
    // an English word first (`Will`, `Hope`, `Grant`); compromise tags some first names `Person`, a name
    // unless it is a word too (`Hilde`, `Taylor`, not `Virginia`); `Jan` is tagged as the month's
    // abbreviation, which never stands before a capitalised word
    if (tag === undefined || (tag === "Month" && length <= 3)) return false;
    return tag === "Person" ? words.has(lower) : !/Name/.test(tag);
  };
  const kept = (raw: string) => {
    const name = romanize(raw).trim();
    const lower = name.toLowerCase();
    // or a place (`Paris`, `Georgia`)
    const ok = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(name) && name.length >= 3 && !NOT_NAMES.has(name) && !isWord(lower, name.length) && !places.has(lower);
    return ok ? name : null;
  };
  const placeWords = new Set(placeList.filter((p) => /\s/.test(p) && !SURNAME_ENDING.test(p)).flatMap((p) => p.split(/[\s-]+/)));
  for (const raw of listed) {
    const name = kept(raw);
    // a name compromise tags `Person` may be a place's too (`Diego` of `San Diego`)
    if (name && !(lexicon[name.toLowerCase()] === "Person" && placeWords.has(name.toLowerCase()))) names.add(name);
  }
  // gender.c gives every name of 54 countries, surnames and words among them (`Moon`, `Davis`, `Hong`):
  // a name it alone lists must be no English word (the list also holds `san` and `hong`), no surname to
  // compromise, no word of a place's name (`Belo Horizonte`) unless the place is named after a person,
  // and have four letters at least (the syllables of Chinese and Korean names: `Sun`, `Lee`, `Woo`)
  for (const raw of genderDictionaryNames()) {
    const name = kept(raw);
    if (!name || names.has(name)) continue;
    const lower = name.toLowerCase();
    if (name.length < 4 || words.has(lower) || placeWords.has(lower) || lexicon[lower] === "LastName") continue;
    names.add(name);
  }
  return [...names].sort();
}
