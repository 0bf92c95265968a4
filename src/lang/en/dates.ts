// Date rules of this language: the shared builders filled with its words.
import type { Rule } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import {
  commonDateRules, dayMonthRule, monthDayRule, monthYearRule, prepositionYearRule,
  dayRangeRule, yearRangeRule, yearModRule, vagueRule,
} from "../common/dates.js";
import { MONTHS, ORDINAL_SUFFIX, YEAR_PREPOSITIONS, RANGE_FROM, RANGE_TO, YEAR_MODS, VAGUE } from "./lexicon/time.js";

export const dates: Rule<DateValue>[] = [
  ...commonDateRules,
  dayMonthRule("en", MONTHS, ORDINAL_SUFFIX),
  monthDayRule("en", MONTHS, ORDINAL_SUFFIX),
  monthYearRule("en", MONTHS),
  prepositionYearRule("en", YEAR_PREPOSITIONS),
  dayRangeRule("en", MONTHS, RANGE_FROM, RANGE_TO),
  yearRangeRule("en", RANGE_FROM, RANGE_TO),
  yearModRule("en", YEAR_MODS),
  vagueRule("en", VAGUE),
];
