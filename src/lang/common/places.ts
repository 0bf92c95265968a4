// Place rules from gazetteers: names as written in the language, upper-case forms
// (`WEST FLANDERS`) too, longest first.
import { createRequire } from "node:module";
import { alternation, type Rule } from "../../rules.js";
import type { PlaceCandidate } from "../../entities/places.js";

const require = createRequire(import.meta.url);

export type Gazetteer = Map<string, PlaceCandidate>;

/** Country names in one language, from i18n-iso-countries (CLDR-derived names of ISO 3166-1). */
export function countryGazetteer(lang: "en" | "nl"): Gazetteer {
  const countries = require("i18n-iso-countries") as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
  };
  countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const gazetteer: Gazetteer = new Map();
  for (const [code, names] of Object.entries(countries.getNames(lang, { select: "all" }))) {
    for (const name of names) {
      // names with commas are catalogue forms (`Korea, Republic of`), never written in text
      if (name.includes(",") || name.includes("(")) continue;
      gazetteer.set(name, { name, kind: "country", country: code });
    }
  }
  return gazetteer;
}

export function gazetteerRule(lang: string, gazetteer: Gazetteer): Rule<PlaceCandidate> {
  const index = new Map<string, PlaceCandidate>();
  for (const [name, place] of gazetteer) {
    index.set(name, place);
    index.set(name.toUpperCase(), place);
  }
  return {
    id: `${lang}.place.gazetteer`,
    pattern: new RegExp(`(?<![\\p{L}\\d-])(?<name>${alternation(index.keys())})(?![\\p{L}\\d])`, "gu"),
    normalize: (g) => {
      const place = index.get(g.name!.replace(/\s+/g, " "));
      return place ?? null;
    },
    examples: [],
    negatives: [],
  };
}
