import type { Rule } from "../../rules.js";
import type { OrganisationCandidate } from "../../entities/organisations.js";
import { organisationRules } from "../common/organisations.js";
import { ORGANISATIONS } from "./lexicon/organisations.js";
import { PEOPLE } from "./lexicon/people.js";
import { lazy } from "../lazy.js";

export const organisations = lazy((): Rule<OrganisationCandidate>[] => organisationRules(ORGANISATIONS, PEOPLE.titles));
