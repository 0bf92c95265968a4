// Language: English or Dutch, from a sample of the text (the cost stays flat,
// and a few kilobytes decide as well as the whole). The function words of each
// language decide a clear case at once; franc, restricted to English and Dutch,
// decides the rest (short, mixed or other-language text).
import { franc } from "franc-min";
import type { Lang } from "../schema.js";

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

export function detectLanguage(text: string): Lang | "und" {
  // the middle of a document is its body, not the menu or the footer around it
  const from = Math.max(0, Math.floor((text.length - SAMPLE) / 2));
  const sample = text.length > SAMPLE ? text.slice(from, from + SAMPLE) : text;
  let letters = 0;
  let en = 0;
  let nl = 0;
  for (const m of sample.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    letters += w.length;
    if (w.length > 6) continue;
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.en.has(lower)) en++;
    else if (FUNCTION_WORDS.nl.has(lower)) nl++;
  }
  if (letters < MIN_LETTERS) return "und";
  if (en >= CLEAR_COUNT && en >= CLEAR_RATIO * nl) return "en";
  if (nl >= CLEAR_COUNT && nl >= CLEAR_RATIO * en) return "nl";
  const code = franc(sample, { only: ["eng", "nld"], minLength: MIN_LETTERS });
  return code === "eng" ? "en" : code === "nld" ? "nl" : "und";
}
