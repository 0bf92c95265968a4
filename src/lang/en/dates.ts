// Date rules of this language: the shared builders filled with its words, and
// examples (anchor 2013-02-12, a Tuesday) that tests/rules.test.ts runs.
import type { Rule } from "../../rules.js";
import type { DateValue } from "../../entities/dates.js";
import { registerRangeWords, withExamples } from "../common/dates.js";
import { absoluteDateRules } from "../common/dates-absolute.js";
import { relativeDateRules } from "../common/dates-relative.js";
import { periodDateRules } from "../common/dates-periods.js";
import { TIME } from "./lexicon/time.js";
import { lazy } from "../lazy.js";

registerRangeWords("en", { from: TIME.rangeFrom, to: TIME.rangeTo, between: TIME.between, and: TIME.and });

export const dates = lazy((): Rule<DateValue>[] =>
  withExamples<DateValue, Rule<DateValue>>(
    [...absoluteDateRules(TIME), ...relativeDateRules(TIME), ...periodDateRules(TIME)],
    {
      "date.numeric-day": { examples: [{ text: "signed on 20/06/2017", expect: { value: "2017-06-20" } }, { text: "10/31/74", expect: { value: "1974-10-31" } }], negatives: ["a 1.500.000 budget"] },
      "date.numeric-month-year": { examples: [{ text: "in 2/2013", expect: { value: "2013-02", grain: "month" } }], negatives: ["2/15 of the budget"] },
      "date.numeric-day-month": { examples: [{ text: "on 2/15", expect: { value: "2013-02-15", inferred: true } }], negatives: ["open 24/7", "10-20 dollars", "a 3-1 win"] },
      "date.day-month-year": { examples: [{ text: "On 21 June 2017 the forum opened", expect: { value: "2017-06-21" } }, { text: "the 1st of March", expect: { value: "2013-03-01" } }], negatives: ["21 delegates from June"] },
      "date.month-day-year": { examples: [{ text: "June 21, 2017", expect: { value: "2017-06-21" } }, { text: "Fri, Jul 18", expect: { value: "2014-07-18" } }], negatives: ["June 2017"] },
      "date.month-year": { examples: [{ text: "in October 2014", expect: { value: "2014-10", grain: "month" } }], negatives: ["October 45"] },
      "date.weekday-day": { examples: [{ text: "Tuesday the 19th", expect: { value: "2013-02-19" } }], negatives: ["Tuesday 19 companies"] },
      "date.month": {
        examples: [
          { text: "in March", expect: { value: "2013-03", inferred: true } },
          { text: "next March", expect: { value: "2013-03" } },
          { text: "In January, the firm signed a contract.", expect: { value: "2013-01" } },
          { text: "The parties agreed to hold the next round of talks in January.", expect: { value: "2014-01" } },
          { text: "Twenty engineers join a six-week course starting in January.", expect: { value: "2014-01" } },
          { text: "Exports are up 4% from January.", expect: { value: "2013-01" } },
          { text: "Starting in January, the terminal handled more trains.", expect: { value: "2013-01" } },
          // told in the past, a month after the anchor's is last year's; a present or future clause keeps it in the anchor's year
          { text: "In October the terminal operator signed a lease.", expect: { value: "2012-10" } },
          { text: "The fair, which was held in Ghent, returns in October.", expect: { value: "2013-10" } },
          { text: "When October comes and the new trains are launched, trade will grow.", expect: { value: "2013-10" } },
          { text: "It was agreed that a delegation travels to Almaty in May.", expect: { value: "2013-05" } },
        ],
        negatives: ["they march on", "it may rain"],
      },
      "date.season-shift": {
        examples: [
          { text: "next spring", expect: { value: "2013-SP", grain: "season", inferred: true } },
          { text: "last autumn", expect: { value: "2012-FA" } },
          { text: "this summer", expect: { value: "2013-SU" } },
          { text: "The mission returns in the autumn.", expect: { value: "2013-FA", inferred: true } },
        ],
        negatives: ["the spring fair", "next seasons", "in the fall of the old regime"],
      },
      "date.day-word": { examples: [{ text: "yesterday", expect: { value: "2013-02-11" } }], negatives: ["todays"] },
      "date.weekday": { examples: [{ text: "next wednesday", expect: { value: "2013-02-20" } }, { text: "last tuesday", expect: { value: "2013-02-05" } }], negatives: ["the sun rises", "on Sundays", "the newsletter, every Friday in your inbox"] },
      "date.period": {
        examples: [
          { text: "last month", expect: { value: "2013-01", grain: "month" } },
          { text: "next year", expect: { value: "2014" } },
          { text: "talks will continue over the coming months", expect: { value: "FUTURE_REF", grain: null } },
          { text: "exports fell over the past years", expect: { value: "PAST_REF" } },
          { text: "this years’ edition", expect: { value: "2013" } },
          { text: "Exports grew in 2010 compared with the previous year.", expect: { value: "2009" } },
        ],
        negatives: ["last days"],
      },
      "date.count-ago": { examples: [{ text: "three weeks ago", expect: { value: "2013-01-22" } }, { text: "in a week", expect: { value: "2013-02-19" } }, { text: "Twenty years ago the consulate opened.", expect: { value: "1993" } }, { text: "The office employs twice as many people as it did five years ago.", expect: { value: "2008" } }, { text: "Exports rose 12% from a year earlier.", expect: { value: "2012" } }, { text: "The first train leaves in two weeks.", expect: { value: "2013-02-26" } }], negatives: ["in weeks", "salinity rose by a third in thirty years", "the largest lease on the estate in ten years", "Exports grew for the first time in five years.", "The train covers the 6,400 km to Tashkent in 12 days."] },
      "date.span": { examples: [{ text: "last 2 days", expect: { value: "2013-02-10", until: "2013-02-11" } }], negatives: ["over the last two years"] },
      "date.upcoming": { examples: [{ text: "two upcoming months", expect: { value: "2013-04" } }], negatives: ["upcoming months"] },
      "date.nth-in-month": { examples: [{ text: "first tuesday of october", expect: { value: "2013-10-01" } }, { text: "last day of october 2015", expect: { value: "2015-10-31" } }], negatives: ["first of all"] },
      "date.day-of-month": { examples: [{ text: "on the 15th", expect: { value: "2013-02-15" } }, { text: "20th of next month", expect: { value: "2013-03-20" } }], negatives: ["the 15th edition"] },
      "date.preposition-year": { examples: [{ text: "Established in 1979, the firm", expect: { value: "1979" } }, { text: "exports rose by 7% compared to 2021", expect: { value: "2021" } }, { text: "the line will run until at least 2040", expect: { value: "2040" } }, { text: "sales reached 42,000 units, up 6% on 2029", expect: { value: "2029" } }], negatives: ["Expo 2017", "in 2017-tonne lots", "on 2017-tonne barges"] },
      "date.attribute-year": { examples: [{ text: "emissions are 31% below our 2019 baseline", expect: { value: "2019" } }, { text: "the 2025 harvest was a record", expect: { value: "2025" } }], negatives: ["the 2000 employees of the plant", "our 2019 employees"] },
      "date.noun-year": { examples: [{ text: "revenue for the fiscal year 2012 rose", expect: { value: "2012" } }, { text: "Annual Report 2012", expect: { value: "2012" } }], negatives: ["Expo 2017", "the year 20123"] },
      "date.subject-year": { examples: [{ text: "The port grew. 2012 was a record year.", expect: { value: "2012" } }, { text: "\"2012 will be decisive,\" she said.", expect: { value: "2012" } }], negatives: ["Expo 2017 was a success", "2012 delegates came"] },
      "date.year-range-words": { examples: [{ text: "between 2000 and 2007", expect: { value: "2000", until: "2007" } }], negatives: ["between 2007 and 2000"] },
      "date.decade": { examples: [{ text: "in the 1990s", expect: { value: "199X" } }, { text: "the nineties", expect: { value: "199X" } }], negatives: ["1990 s"] },
      "date.season-quarter": { examples: [{ text: "autumn 2021", expect: { value: "2021-FA" } }, { text: "Q1 2022", expect: { value: "2022-Q1" } }, { text: "the first quarter of 2022", expect: { value: "2022-Q1" } }, { text: "Sales in Q2 2026 rose 7% on the same quarter of 2025.", expect: { value: "2025-Q2" } }], negatives: ["Q5 2022", "Sales were flat in the same quarter of 2025."] },
      "date.mod": {
        examples: [
          { text: "by the end of 2020", expect: { value: "2020", mod: "end" } }, { text: "early June", expect: { value: "2013-06", mod: "start" } },
          { text: "she stays on as an adviser until the end of the year", expect: { value: "2013", mod: "end" } },
          { text: "the plant opens at the beginning of next year", expect: { value: "2014", mod: "start" } },
          { text: "Sales fell in 2009, but by the end of the year they recovered.", expect: { value: "2009", mod: "end" } },
        ],
        negatives: ["the end of talks", "the end of the years of war"],
      },
      "date.day-range": { examples: [{ text: "from 13 to 15 July", expect: { value: "2013-07-13", until: "2013-07-15" } }, { text: "a trade mission will visit the region from 3 to 5 June next year", expect: { value: "2014-06-03", until: "2014-06-05" } }, { text: "July 13-15", expect: { until: "2013-07-15" } }, { text: "the fair on 1 and 2 October", expect: { value: "2013-10-01", until: "2013-10-02" } }, { text: "between 12 and 14 May", expect: { until: "2013-05-14" } }], negatives: ["from 13 to 15 delegates", "on 3 and 10 October"] },
      "date.vague": { examples: [{ text: "recently", expect: { value: "PAST_REF" } }], negatives: ["recent"] },
    },
  ),
);
