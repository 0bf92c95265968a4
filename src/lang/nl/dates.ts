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
  dayMonthRule("nl", MONTHS, ORDINAL_SUFFIX),
  monthDayRule("nl", MONTHS, ORDINAL_SUFFIX),
  monthYearRule("nl", MONTHS),
  prepositionYearRule("nl", YEAR_PREPOSITIONS),
  dayRangeRule("nl", MONTHS, RANGE_FROM, RANGE_TO),
  yearRangeRule("nl", RANGE_FROM, RANGE_TO),
  yearModRule("nl", YEAR_MODS),
  vagueRule("nl", VAGUE),
];
