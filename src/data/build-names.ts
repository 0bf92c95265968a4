// Builds the first-name lexicon from a real data source, once, at build time: the
// person-name lists of @faker-js/faker's locales for the languages whose names turn
// up in the domain's press releases (Dutch, Belgian Dutch, English, French, German,
// Russian and Ukrainian transliterated, a few more European ones, and Uzbek and
// Azerbaijani for the Turkic names of Central Asia: faker has no Kazakh list). A first name
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

function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (value && typeof value === "object") return Object.values(value).flatMap(namesOf);
  return [];
}

export function buildFirstNames(placeNames: Iterable<string> = []): string[] {
  const nlp = require("compromise") as { model(): { one: { lexicon: Record<string, string> } } };
  const lexicon = nlp.model().one.lexicon;
  const places = new Set([...placeNames].map((p) => p.toLowerCase()));
  const names = new Set<string>();
  const all = faker as unknown as Record<string, { person?: { first_name?: unknown } } | undefined>;
  for (const locale of LOCALES) {
    for (const raw of namesOf(all[locale]?.person?.first_name)) {
      const name = romanize(raw).trim();
      if (!/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(name) || name.length < 3 || NOT_NAMES.has(name)) continue;
      const lower = name.toLowerCase();
      const tag = lexicon[lower];
      // an English word first (`Will`, `Hope`, `Grant`), or a place (`Paris`, `Georgia`)
      // `Jan` is tagged as the month's abbreviation, which never stands before a capitalised word
      const word = tag && !/Name/.test(tag) && !(tag === "Month" && name.length <= 3);
      if (word || places.has(lower)) continue;
      names.add(name);
    }
  }
  return [...names].sort();
}
