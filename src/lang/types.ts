// A language is one LanguagePack: data and rules per entity type. The mapped
// type makes the compiler name every entity type a language still lacks.
import type { Lang } from "../schema.js";
import type { Rule } from "../rules.js";
import type { DateValue } from "../entities/dates.js";
import type { FigureValue } from "../entities/figures.js";
import type { PersonCandidate } from "../entities/people.js";
import type { OrganisationCandidate } from "../entities/organisations.js";
import type { PlaceCandidate } from "../entities/places.js";
import type { AgreementCandidate } from "../entities/agreements.js";
import type { EventCandidate } from "../entities/events.js";
import type { PartyPatterns } from "./common/agreements.js";

export interface RuleSets {
  dates: Rule<DateValue>[];
  figures: Rule<FigureValue>[];
  people: Rule<PersonCandidate>[];
  organisations: Rule<OrganisationCandidate>[];
  places: Rule<PlaceCandidate>[];
  agreements: Rule<AgreementCandidate>[];
  /** visits and meetings (beyond the contract) */
  events: Rule<EventCandidate>[];
}

export interface LanguagePack {
  lang: Lang;
  /** words that end in a period without ending a sentence, lower-case, without the final period */
  abbreviations: ReadonlySet<string>;
  /** decimal separator of written numbers in this language */
  decimal: "." | ",";
  /** words before a count of time that make it a time limit (`within 30 days`, `binnen zes weken`): the day it runs out is
   *  a date, and the count is a duration of its own */
  timeLimits?: readonly string[];
  rules: RuleSets;
  /** the words around an agreement cue that say who its parties are (`the parties`, `in the presence of`), built on first use */
  agreementParties: () => PartyPatterns;
}
