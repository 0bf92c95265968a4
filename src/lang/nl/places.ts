import type { Rule } from "../../rules.js";
import type { PlaceCandidate } from "../../entities/places.js";
import { countryGazetteer, gazetteerRule } from "../common/places.js";

export const places: Rule<PlaceCandidate>[] = [gazetteerRule("nl", countryGazetteer("nl"))];
