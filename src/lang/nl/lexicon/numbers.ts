// Dutch number words: data only. Compounds are written as one word (`vijfentwintig`).
import type { NumberWordLexicon } from "../../common/numbers-words.js";

export const NUMBER_WORDS: NumberWordLexicon = {
  units: { een: 1, "één": 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 },
  teens: {
    tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
    achttien: 18, negentien: 19,
  },
  tens: { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 },
  zero: ["nul"],
  hundred: ["honderd"],
  scales: { duizend: 1e3, miljoen: 1e6, miljard: 1e9, biljoen: 1e12, dozijn: 12 },
  bareScales: ["duizend", "dozijn"],
  joiners: ["en"],
  point: ["komma"],
  determiners: ["een", "één"],
  halves: { half: 0.5, anderhalf: 1.5, kwart: 0.25 },
  compounds: true,
};

/** Round counts said with `-tal` (`een twintigtal bedrijven`: about twenty) or a noun. */
export const PHRASE_NUMBERS: Record<string, number> = {
  "een vijftal": 5, "een zestal": 6, "een zevental": 7, "een achttal": 8, "een negental": 9, "een tiental": 10,
  "een twaalftal": 12, "een vijftiental": 15, "een twintigtal": 20, "een dertigtal": 30, "een veertigtal": 40, "een vijftigtal": 50,
  "een zestigtal": 60, "een zeventigtal": 70, "een tachtigtal": 80, "een negentigtal": 90, "een honderdtal": 100,
};
