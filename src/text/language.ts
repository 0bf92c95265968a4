// Language: English or Dutch, from a sample of the text (the cost stays flat,
// and a few kilobytes decide as well as the whole). The function words of each
// language decide a clear case at once; franc, restricted to English and Dutch,
// decides the rest (short, mixed or other-language text).
import { franc } from "franc-min";
import type { Lang } from "../schema.js";
import { isLetter } from "./chars.js";

const SAMPLE = 1500;
const MIN_LETTERS = 24;

// closed-class words of one language that are not words of the other
const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["the", "of", "and", "to", "is", "was", "were", "are", "with", "for", "that", "on", "by", "from", "at", "which", "has", "have", "will", "this", "its", "their", "an", "as", "be"]),
  nl: new Set(["de", "het", "een", "van", "en", "op", "voor", "met", "dat", "zijn", "wordt", "werd", "niet", "ook", "naar", "bij", "uit", "door", "deze", "die", "worden", "heeft", "hebben", "zal", "om"]),
};
/** Function words the sample must hold, and how many times those of the other language, for a decision without franc. */
const CLEAR_COUNT = 12;
const CLEAR_RATIO = 4;

const LETTER = /\p{L}/u;
/** The code units of the letter at `i` (2 for a letter outside the BMP), 0 when none. */
function letterWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = s.codePointAt(i)!;
    return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return isLetter(c) ? 1 : 0;
}

export function detectLanguage(text: string): Lang | "und" {
  // the middle of a document is its body, not the menu or the footer around it
  const from = Math.max(0, Math.floor((text.length - SAMPLE) / 2));
  const sample = text.length > SAMPLE ? text.slice(from, from + SAMPLE) : text;
  let letters = 0;
  let en = 0;
  let nl = 0;
  // the words of the sample, read character by character (a match object per word cost more than the rest)
  for (let i = 0; i < sample.length; ) {
    const width = letterWidth(sample, i);
    if (!width) {
      i++;
      continue;
    }
    const start = i;
    for (let w = width; w; w = letterWidth(sample, i)) i += w;
    letters += i - start;
    if (i - start > 6) continue;
    const lower = sample.slice(start, i).toLowerCase();
    if (FUNCTION_WORDS.en.has(lower)) en++;
    else if (FUNCTION_WORDS.nl.has(lower)) nl++;
  }
  if (letters < MIN_LETTERS) return "und";
  if (en >= CLEAR_COUNT && en >= CLEAR_RATIO * nl) return "en";
  if (nl >= CLEAR_COUNT && nl >= CLEAR_RATIO * en) return "nl";
  const code = franc(sample, { only: ["eng", "nld"], minLength: MIN_LETTERS });
  return code === "eng" ? "en" : code === "nld" ? "nl" : "und";
}
