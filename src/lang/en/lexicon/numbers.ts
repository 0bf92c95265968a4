// English number words: data only.
import type { NumberWordLexicon } from "../../common/numbers-words.js";

export const NUMBER_WORDS: NumberWordLexicon = {
  units: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 },
  teens: {
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19,
  },
  tens: { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 },
  zero: ["zero", "nought", "naught", "nil"],
  hundred: ["hundred"],
  scales: {
    thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
    lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, lkh: 1e5, lkhs: 1e5, crore: 1e7, crores: 1e7, cr: 1e7, koti: 1e7, krore: 1e7, krores: 1e7, kr: 1e7,
    dozen: 12, dozens: 12,
  },
  bareScales: [],
  joiners: ["and"],
  point: ["point"],
  determiners: ["a", "an"],
  // a fraction before a scale: `half a million`, `a quarter of a million`, `a quarter million`
  halves: { half: 0.5, "half a": 0.5, quarter: 0.25, "quarter of a": 0.25 },
  compounds: false,
};

/** Counts said with a noun phrase rather than a numeral. */
export const PHRASE_NUMBERS: Record<string, number> = { "a couple of": 2, "a couple": 2, "a pair of": 2, "a pair": 2 };
