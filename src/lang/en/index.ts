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

export const en: LanguagePack = {
  lang: "en",
  decimal: ".",
  abbreviations: new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "gov", "sen", "rep", "no", "nos", "vs", "approx", "inc", "ltd", "co", "corp", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]),
  timeLimits: TIME.horizonWords,
  rules: lazyRuleSets({ dates, figures, people, organisations, places, agreements, events }),
  agreementParties,
};
