import type { Rule } from "../../rules.js";
import type { PlaceCandidate } from "../../entities/places.js";
import { gazetteerRule } from "../common/places.js";
import { PLACES } from "./lexicon/places.js";

export const places: Rule<PlaceCandidate>[] = [gazetteerRule(PLACES)];
