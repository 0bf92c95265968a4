// Date rules of this language: the shared builders filled with its words.
import type { Rule } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import { registerRangeWords } from "../common/dates.js";
import { absoluteDateRules } from "../common/dates-absolute.js";
import { relativeDateRules } from "../common/dates-relative.js";
import { periodDateRules } from "../common/dates-periods.js";
import { TIME } from "./lexicon/time.js";

registerRangeWords("en", { from: TIME.rangeFrom, to: TIME.rangeTo, between: TIME.between, and: TIME.and });

export const dates: Rule<DateValue>[] = [...absoluteDateRules(TIME), ...relativeDateRules(TIME), ...periodDateRules(TIME)];
