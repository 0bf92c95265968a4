// Language: franc restricted to English and Dutch, on a sample of the text
// (franc's cost grows with length; a few kilobytes decide as well as the whole).
import { franc } from "franc-min";
import type { Lang } from "../schema.js";

const SAMPLE = 4000;
const MIN_LETTERS = 24;

export function detectLanguage(text: string): Lang | "und" {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return "und";
  const code = franc(sample, { only: ["eng", "nld"], minLength: MIN_LETTERS });
  return code === "eng" ? "en" : code === "nld" ? "nl" : "und";
}
