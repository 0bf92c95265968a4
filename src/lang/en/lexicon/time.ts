// English time words: data only.
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const ORDINAL_SUFFIX = "st|nd|rd|th";
export const YEAR_PREPOSITIONS = ["in", "since", "by", "until", "till", "from", "before", "after", "during", "established in", "founded in", "as of", "of"];
export const RANGE_FROM = ["from", "between"];
export const RANGE_TO = ["to", "until", "till", "through", "and", "-", "–"];
export const YEAR_MODS: Record<string, "start" | "mid" | "end"> = {
  "by the end of": "end", "the end of": "end", "end of": "end", "late": "end",
  "early": "start", "beginning of": "start", "the beginning of": "start", "the start of": "start", "start of": "start",
  "mid": "mid", "mid-": "mid", "the middle of": "mid", "middle of": "mid",
};
export const VAGUE: Record<string, "PAST_REF" | "PRESENT_REF" | "FUTURE_REF"> = {
  recently: "PAST_REF", "in the past": "PAST_REF", "in the near future": "FUTURE_REF", soon: "FUTURE_REF",
  "in the future": "FUTURE_REF", "at present": "PRESENT_REF", currently: "PRESENT_REF", nowadays: "PRESENT_REF",
};
