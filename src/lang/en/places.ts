import type { Rule } from "../../rules.js";
import type { PlaceCandidate } from "../../entities/places.js";
import { townCueRule, classNounRule, gazetteerRule, lastListedPlaceRule, listedPlaceRule, routePlaceRule, headedPlaceRule } from "../common/places.js";
import { PLACES } from "./lexicon/places.js";
import { lazy } from "../lazy.js";

export const places = lazy((): Rule<PlaceCandidate>[] => [gazetteerRule(PLACES), classNounRule(PLACES), listedPlaceRule(PLACES), lastListedPlaceRule(PLACES), headedPlaceRule(PLACES), routePlaceRule(PLACES), townCueRule(PLACES)]);
