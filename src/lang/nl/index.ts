// The rules of each entity type are built on first use (lazy.ts).
import type { LanguagePack } from "../types.js";
import { lazyRuleSets } from "../lazy.js";
import { dates } from "./dates.js";
import { figures } from "./figures.js";
import { people } from "./people.js";
import { organisations } from "./organisations.js";
import { places } from "./places.js";
import { agreements, agreementParties } from "./agreements.js";
import { events } from "./events.js";
import { TIME } from "./lexicon/time.js";

export const nl: LanguagePack = {
  lang: "nl",
  decimal: ",",
  abbreviations: new Set(["dhr", "mevr", "mr", "dr", "prof", "ir", "ing", "drs", "bv", "nr", "nrs", "ca", "evt", "incl", "excl", "vs", "zgn", "jl", "st", "blz", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]),
  timeLimits: TIME.horizonWords,
  rules: lazyRuleSets({ dates, figures, people, organisations, places, agreements, events }),
  agreementParties,
};
