import type { Rule } from "../../rules.js";
import type { PersonCandidate } from "../../entities/people.js";
import { peopleRules } from "../common/people.js";
import { PEOPLE } from "./lexicon/people.js";

export const people: Rule<PersonCandidate>[] = peopleRules(PEOPLE);
