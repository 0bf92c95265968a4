// Dutch time words: data only.
export const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const ORDINAL_SUFFIX = "e|ste|de";
export const YEAR_PREPOSITIONS = ["in", "sinds", "sedert", "tegen", "tot", "vanaf", "voor", "na", "tijdens", "opgericht in", "anno", "van", "eind", "begin", "medio"];
export const RANGE_FROM = ["van", "vanaf", "tussen"];
export const RANGE_TO = ["tot en met", "t/m", "tot", "en", "-", "–"];
export const YEAR_MODS: Record<string, "start" | "mid" | "end"> = {
  "tegen het einde van": "end", "eind": "end", "einde": "end", "eind van": "end", "het einde van": "end", "eind-": "end",
  "begin": "start", "begin van": "start", "het begin van": "start", "medio": "mid", "half": "mid", "midden": "mid",
};
export const VAGUE: Record<string, "PAST_REF" | "PRESENT_REF" | "FUTURE_REF"> = {
  onlangs: "PAST_REF", recent: "PAST_REF", recentelijk: "PAST_REF", binnenkort: "FUTURE_REF",
  "in de nabije toekomst": "FUTURE_REF", "in de toekomst": "FUTURE_REF", momenteel: "PRESENT_REF", "op dit moment": "PRESENT_REF",
};
