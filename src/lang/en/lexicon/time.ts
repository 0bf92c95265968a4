// English time words: data only.
import type { TimeLexicon } from "../../common/dates.js";
import { rx } from "../../../text/classes.js";

const ORDINALS = [
  "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
  "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
  "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
];

export const MONTHS: Record<string, number> = {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  };

export const TIME: TimeLexicon = {
  lang: "en",
  months: MONTHS,
  monthNames: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  capitalOnly: ["may", "march", "sun", "sat", "wed"],
  weekdays: {
    monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
    friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
  },
  weekdayParts: [],
  ordinalSuffix: "st|nd|rd|th",
  ordinalWords: Object.fromEntries(ORDINALS.map((w, i) => [w, i + 1])),
  dayWords: {
    today: 0, tomorrow: 1, tomorrows: 1, yesterday: -1, "the day after tomorrow": 2, "day after tomorrow": 2,
    "the day before yesterday": -2, "day before yesterday": -2,
  },
  units: { day: "day", days: "day", week: "week", weeks: "week", month: "month", months: "month", year: "year", years: "year", yr: "year", yrs: "year" },
  counts: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, few: 3, couple: 2,
  },
  roundCounts: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, "a hundred": 100, "one hundred": 100 },
  pluralUnits: ["days", "weeks", "months", "years", "yrs"],
  recurring: ["every", "each"],
  shifts: { last: -1, past: -1, previous: -1, preceding: -1, next: 1, following: 1, coming: 1, upcoming: 1, this: 0, current: 0 },
  seasonPrepositions: ["in", "during", "over"],
  seasonMods: { before: "before", after: "after" },
  // sports news counts a game in quarters (`scored in the third quarter`): a quarter alone is no date in English
  quarterPrepositions: [],
  anaphoricShifts: ["previous", "preceding", "following"],
  upcomingShifts: ["this", "coming", "upcoming"],
  weekRefs: { "next week": 1, "this week": 0, "last week": -1, "the week after": 1, "previous week": -1 },
  of: ["of", "in", "from"],
  afterCount: { ago: -1, back: -1, earlier: -1, hence: 1, "from now": 1, "from today": 1, later: 1 },
  toldTimeCount: ["later", "earlier"],
  yearAttributeNouns: ["baseline", "base year", "level", "levels", "figure", "figures", "harvest", "season", "budget", "edition", "peak", "results", "accounts", "report"],
  yearAttributeDeterminers: ["the", "our", "its", "their", "this", "his", "her", "a"],
  comparisons: ["than", "against", "compared with", "compared to", "versus", "vs", "from"],
  beforeCount: ["in", "within"],
  horizonWords: ["within"],
  afterNext: ["after next"],
  upcoming: ["upcoming"],
  dayPrepositions: ["on"],
  lastWords: ["last"],
  dayWord: ["day"],
  monthWord: ["month"],
  articles: ["the"],
  yearPrepositions: [
    "in", "since", "by", "until", "till", "from", "before", "after", "during", "against", "established in", "founded in", "as of", "of", "throughout",
    "early", "late", "mid", "in early", "in late", "compared to", "compared with", "until at least", "at least until",
    // the year a change is measured against (`up 6% on 2029`)
    "on",
  ],
  yearNouns: [
    "fiscal year", "financial year", "calendar year", "budget year", "the year", "annual report", "annual results", "full-year results",
    "half-year results", "annual accounts", "key figures", "results",
  ],
  yearSubjectVerbs: ["was", "is", "are", "were", "will be", "has been", "had been", "proved", "marked", "saw", "brought", "became", "remains", "promises to be"],
  closingYearPrepositions: ["for"],
  rangeFrom: ["from", "between"],
  rangeTo: ["to", "until", "till", "through", "thru"],
  rangeAnd: ["and"],
  between: ["between"],
  and: ["and"],
  or: ["or"],
  yearMods: {
    "by the end of": "end", "the end of": "end", "end of": "end", "at the end of": "end", late: "end", "towards the end of": "end",
    early: "start", "beginning of": "start", "the beginning of": "start", "the start of": "start", "start of": "start", "at the beginning of": "start",
    mid: "mid", "mid-": "mid", "the middle of": "mid", "middle of": "mid", "in the middle of": "mid", "around": "approx", "circa": "approx",
    before: "before", after: "after",
  },
  seasons: { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" },
  quarters: { first: 1, second: 2, third: 3, fourth: 4, last: 4 },
  quarterWord: ["quarter"],
  sameWords: ["same"],
  halves: { "first half": "start", "second half": "end", H1: "start", H2: "end" },
  decadeWords: { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 },
  decadePrefix: ["the"],
  vague: {
    recently: "PAST_REF", "in the past": "PAST_REF", "in the near future": "FUTURE_REF", soon: "FUTURE_REF", "in the future": "FUTURE_REF",
    "in the coming years": "FUTURE_REF", "in the years ahead": "FUTURE_REF", "at present": "PRESENT_REF", currently: "PRESENT_REF",
    nowadays: "PRESENT_REF", "right now": "PRESENT_REF", "at the moment": "PRESENT_REF",
  },
  pastTense: rx.u`\b(?:was|were|had|did|said|met|held|took|signed|visited|discussed|announced|told|became|went|came|gave|made|rose|fell|grew|sold|bought|built|began|brought|spent|chose|wrote)\b|\bwon(?![\p{L}'’])|\b\p{Ll}{3,}ed\b`,
  complementizers: ["that", "whether"],
  contrastWords: ["but", "while", "whereas", "now"],
  longAgo: ["years ago", "until recently", "in the past", "at first", "used to", "back then", "in those days"],
  presentAuxiliaries: ["is", "are", "am", "be", "being", "will", "shall", "can", "must", "should"],
  // a month a plan starts from (`starting in January`); not bare `from`, which also opens a comparison's base (`up 4% from January`)
  startWords: ["starting", "starting in", "starting from", "as of", "as from", "beginning in"],
  sinceWords: ["since", "ever since"],
  passiveAhead: [],
  journeyWords: ["km", "kilometres", "kilometers", "miles", "distance", "journey", "route", "trip", "voyage", "transit"],
  superlatives: ["largest", "biggest", "highest", "lowest", "best", "worst", "strongest", "weakest", "fastest", "slowest", "greatest", "sharpest", "steepest", "first time"],
  futureMarkers: /\b(?:will|shall|to hold|to be held|to take place|to meet|to visit|to organi[sz]e|to sign|to launch|to start|to open|to begin|to resume|plans? to|planned for|scheduled for|expected in|next)\b/gu,
};
