import type { Rule } from "../../rules.js";
import type { PersonCandidate } from "../../entities/people.js";
import { peopleRules } from "../common/people.js";
import { PEOPLE } from "./lexicon/people.js";
import { ORGANISATIONS } from "./lexicon/organisations.js";
import { lazy } from "../lazy.js";

export const people = lazy((): Rule<PersonCandidate>[] => peopleRules(PEOPLE, ORGANISATIONS.originAdjectives));
